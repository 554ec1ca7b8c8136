// Small functions for states ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN, MO, MS: named in each state's data as `incomeTax.rule`.
import type { StateRule } from '../types';

export const rules: Record<string, StateRule> = {};
