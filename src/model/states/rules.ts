// Each state's small function, by the name its data gives in `incomeTax.rule`. A rule receives the
// generic computation and returns the income tax; its parameters are in the state's data (`params`).
import { rules as a } from './rules/group-a';
import { rules as b } from './rules/group-b';
import { rules as c } from './rules/group-c';
import { rules as d } from './rules/group-d';
import type { StateRule } from './types';

export const stateRules: Readonly<Record<string, StateRule>> = { ...a, ...b, ...c, ...d };
