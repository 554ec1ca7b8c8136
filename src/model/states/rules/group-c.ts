// Small functions for states MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA: named in each state's data as `incomeTax.rule`.
import type { StateRule } from '../types';

export const rules: Record<string, StateRule> = {};
