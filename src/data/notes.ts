// The "why" of every assumption and modelling choice, and each rule's statement: texts only About and Settings show, so they
// load with those screens rather than with the first one (which reads data/assumptions.json?slim).
import assumptionsJson from '../../data/assumptions.json' with { type: 'json' };

const whyById = new Map<string, string>(
  [...assumptionsJson.assumptions, ...assumptionsJson.rules].map((x) => [x.id, x.rationale]),
);

/** A modelling rule's statement: what the model does, in words. */
export function statement(id: string): string {
  const r = assumptionsJson.rules.find((x) => x.id === id);
  if (!r) throw new Error(`No modelling rule ${id}`);
  return r.value;
}

/** Why an assumption or modelling choice has its value, in a sentence or two. */
export function why(id: string): string {
  const w = whyById.get(id);
  if (w === undefined) throw new Error(`No rationale for ${id}`);
  return w;
}
