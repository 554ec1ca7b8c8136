// Small functions for states AK, AL, AR, AZ, CA, CO, CT, DC, DE, FL, GA, HI, IA: named in each state's data as `incomeTax.rule`.
import type { StateRule } from '../types';

export const rules: Record<string, StateRule> = {};
