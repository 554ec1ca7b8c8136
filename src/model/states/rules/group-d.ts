// Small functions for states RI, SC, SD, TN, TX, UT, VA, VT, WA, WI, WV, WY: named in each state's data as `incomeTax.rule`.
import type { StateRule } from '../types';

export const rules: Record<string, StateRule> = {};
