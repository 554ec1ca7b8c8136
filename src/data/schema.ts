import * as v from 'valibot';

const section = v.pipe(v.string(), v.minLength(3));
const usd = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000));
const common = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  section,
  label: v.pipe(v.string(), v.minLength(2)),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  yearStated: v.boolean(),
  approx: v.optional(v.boolean()),
};
const unit = v.picklist(['USD/year', 'percent', 'years']);

/** One seed figure: a point, a range, or a one-sided bound ("up to", "at least"). */
export const FigureSchema = v.variant('kind', [
  v.strictObject({ ...common, kind: v.literal('point'), value: usd, unit: v.literal('USD/year') }),
  v.strictObject({
    ...common,
    kind: v.literal('range'),
    low: v.pipe(v.number(), v.minValue(0)),
    high: v.pipe(v.number(), v.minValue(0)),
    openHigh: v.optional(v.boolean()),
    unit,
  }),
  v.strictObject({ ...common, kind: v.literal('upTo'), value: v.pipe(v.number(), v.minValue(0)), unit }),
  v.strictObject({ ...common, kind: v.literal('atLeast'), value: v.pipe(v.number(), v.minValue(0)), unit }),
]);

export const SalaryDataSchema = v.pipe(
  v.object({
    source: v.object({ id: v.string(), document: v.string(), title: v.string() }),
    figures: v.pipe(v.array(FigureSchema), v.minLength(1)),
  }),
  v.check((d) => new Set(d.figures.map((f) => f.id)).size === d.figures.length, 'figure ids must be unique'),
  v.check(
    (d) => d.figures.every((f) => f.kind !== 'range' || f.low <= f.high),
    'a range must have low ≤ high',
  ),
);

export const AssumptionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  label: v.pipe(v.string(), v.minLength(2)),
  value: v.nullable(v.number()),
  derivation: v.optional(v.string()),
  unit: v.picklist(['percentile', 'multiplier', 'share', 'years', 'choice']),
  min: v.number(),
  max: v.number(),
  /** For a choice: the values it may take, each with what it means. */
  choices: v.optional(
    v.array(v.strictObject({ value: v.number(), label: v.pipe(v.string(), v.minLength(5)) })),
  ),
  editable: v.boolean(),
  rationale: v.pipe(v.string(), v.minLength(10)),
});

/** A modelling choice that is not a number: named so the app can say where it is used. */
export const RuleSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  label: v.pipe(v.string(), v.minLength(5)),
  value: v.pipe(v.string(), v.minLength(5)),
  rationale: v.pipe(v.string(), v.minLength(10)),
});

export const AssumptionDataSchema = v.object({
  assumptions: v.pipe(
    v.array(AssumptionSchema),
    v.check((a) => a.every((x) => x.value !== null || x.derivation), 'a null value needs a derivation'),
    v.check(
      (a) => a.every((x) => x.value === null || (x.value >= x.min && x.value <= x.max)),
      'value in range',
    ),
    v.check(
      (a) => a.every((x) => (x.unit === 'choice') === Boolean(x.choices?.length)),
      'a choice (and only a choice) lists its choices',
    ),
    v.check(
      (a) => a.every((x) => !x.choices || x.choices.some((c) => c.value === x.value)),
      'a choice defaults to one of its choices',
    ),
    v.check((a) => new Set(a.map((x) => x.id)).size === a.length, 'assumption ids must be unique'),
  ),
  rules: v.array(RuleSchema),
});

export type Figure = v.InferOutput<typeof FigureSchema>;
export type SalaryData = v.InferOutput<typeof SalaryDataSchema>;
export type Assumption = v.InferOutput<typeof AssumptionSchema>;
export type Rule = v.InferOutput<typeof RuleSchema>;
export type AssumptionData = v.InferOutput<typeof AssumptionDataSchema>;

const bracketList = v.pipe(
  v.array(v.tuple([v.pipe(v.number(), v.minValue(0)), v.pipe(v.number(), v.minValue(0), v.maxValue(100))])),
  v.minLength(1),
  v.check(
    (b) => b[0]?.[0] === 0 && b.every((x, i) => i === 0 || x[0] > (b[i - 1] as [number, number])[0]),
    'brackets start at 0 and rise',
  ),
);
const byStatus = <T extends v.GenericSchema>(s: T) => v.strictObject({ single: s, mfj: s });
const money = v.pipe(v.number(), v.minValue(0));
const source = v.pipe(v.string(), v.minLength(5));
const sourced = { source, projected: v.optional(v.pipe(v.string(), v.minLength(5))) };

const federalYear = v.strictObject({
  standardDeduction: v.strictObject({ single: money, mfj: money, source }),
  brackets: v.strictObject({ single: bracketList, mfj: bracketList, source }),
  salt: v.strictObject({
    cap: money,
    phaseDownOver: money,
    phaseDownRatePct: v.number(),
    floor: money,
    source,
  }),
  socialSecurity: v.strictObject({ ratePct: v.number(), wageBase: money, source }),
  medicare: v.strictObject({
    ratePct: v.number(),
    additionalRatePct: v.number(),
    additionalOver: byStatus(money),
    source,
  }),
  supplementalWithholding: v.strictObject({
    ratePct: v.number(),
    highRatePct: v.number(),
    highOver: money,
    source,
  }),
});

/** data/federal.json: federal tax and payroll by tax year, and the 401(k) limits by calendar year. */
export const FederalDataSchema = v.object({
  years: v.object({ '2025': federalYear, '2026': federalYear }),
  /** The employee's 401(k) deferral limit and the catch-up at 50 or older, by calendar year. */
  employee401kLimits: v.strictObject({
    note: v.pipe(v.string(), v.minLength(10)),
    years: v.record(
      v.pipe(v.string(), v.regex(/^20\d\d$/)),
      v.strictObject({
        source: v.pipe(v.string(), v.regex(/^IRS Notice \d{4}-\d+$/)),
        employee: v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(100_000)),
        catchUp50: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000)),
      }),
    ),
  }),
});

const statePayroll = v.object({
  ...sourced,
  id: v.pipe(v.string(), v.minLength(2)),
  label: v.pipe(v.string(), v.minLength(2)),
  ratePct: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  wageBase: v.optional(v.union([money, v.literal('social-security')])),
  maxPerYear: v.optional(money),
  /** Whether federal itemizing counts it as state income tax (Schedule A line 5a), and why. */
  federalSalt: v.strictObject({ counts: v.boolean(), source }),
});
/** Single and joint amounts, optionally with a source of their own (and how a projection was made). */
const byStatusSourced = <T extends v.GenericSchema>(x: T) =>
  v.strictObject({ single: x, mfj: x, source: v.optional(source), projected: v.optional(source) });
const stateYear = v.object({
  incomeTax: v.nullable(
    v.object({
      ...sourced,
      start: v.picklist(['federal-agi', 'federal-taxable-income', 'wages']),
      standardDeduction: v.optional(byStatusSourced(money)),
      exemption: v.optional(byStatusSourced(money)),
      brackets: byStatusSourced(bracketList),
      credit: v.optional(byStatusSourced(money)),
      rule: v.optional(v.string()),
      params: v.optional(v.record(v.string(), v.unknown())),
    }),
  ),
  payroll: v.array(statePayroll),
});

/** data/states/<usps>.json: one state's taxes on wages for tax years 2025 and 2026, each part sourced. */
export const StateFileSchema = v.object({
  state: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  name: v.pipe(v.string(), v.minLength(4)),
  years: v.object({ '2025': stateYear, '2026': stateYear }),
});

/** data/places.json: the nation, every state and DC and every BEA metro with its price parity. */
export const PlacesDataSchema = v.object({
  source: v.pipe(v.string(), v.minLength(10)),
  dataYear: v.literal(2023),
  places: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^(us|state-[a-z]{2}|metro-[a-z0-9-]+)$/)),
      label: v.pipe(v.string(), v.minLength(2)),
      kind: v.picklist(['nation', 'state', 'metro']),
      state: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
      states: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)))),
      rpp: v.pipe(v.number(), v.minValue(50), v.maxValue(200)),
      precision: v.picklist(['exact', 'one decimal', 'rounded to whole number']),
      marked: v.optional(v.string()),
    }),
  ),
});
