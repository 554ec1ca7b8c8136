// Typed access to data/*.json. The JSON is validated against ./schema.ts in the tests
// (tests/unit/data.test.ts), so a wrong or missing figure fails CI rather than a user;
// at run time the files are trusted and only typed.
// The assumptions without their rationale paragraphs (see ./notes.ts for those).
import assumptionsSlim from '../../data/assumptions.json?slim' with { type: 'json' };
import salariesJson from '../../data/salaries.json' with { type: 'json' };
import type { Assumption, Figure, Rule, SalaryData } from './schema';

export type { Assumption, AssumptionData, Figure, Rule, SalaryData } from './schema';

export const salaryData = salariesJson as unknown as SalaryData;
/** An assumption as the model reads it: everything but the rationale (./notes.ts has that). */
export type AssumptionCore = Omit<Assumption, 'rationale'>;
export type RuleCore = Omit<Rule, 'rationale' | 'value'>;
export const assumptionData = assumptionsSlim as {
  assumptions: AssumptionCore[];
  rules: RuleCore[];
};

const byId = new Map<string, Figure>(salaryData.figures.map((f) => [f.id, f]));

/** The seed figure with this id; throws on a typo so it fails in tests, not silently. */
export function figure(id: string): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`Unknown seed figure: ${id}`);
  return f;
}

/** A point / bound figure's value. */
export function figureValue(id: string): number {
  const f = figure(id);
  if (f.kind === 'range') throw new Error(`Figure ${id} is a range`);
  return f.value;
}

/** A range figure's ends. */
export function figureRange(id: string): { low: number; high: number } {
  const f = figure(id);
  if (f.kind !== 'range') throw new Error(`Figure ${id} is not a range`);
  return { low: f.low, high: f.high };
}

/** The assumption with this id. */
export function assumption(id: string): AssumptionCore {
  const a = assumptionData.assumptions.find((x) => x.id === id);
  if (!a) throw new Error(`Unknown assumption: ${id}`);
  return a;
}

/** The modelling choice (a rule that is not a number) with this id. */
export function rule(id: string): RuleCore {
  const r = assumptionData.rules.find((x) => x.id === id);
  if (!r) throw new Error(`Unknown modelling rule: ${id}`);
  return r;
}
