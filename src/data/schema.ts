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
const payrollRule = v.strictObject({
  id: v.string(),
  label: v.string(),
  ratePct: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  maxPerYear: v.optional(money),
  capAtWageBase: v.optional(v.boolean()),
});
const sourced = { label: v.string(), source: v.pipe(v.string(), v.minLength(5)) };

/** data/taxes.json: parameters keyed by tax year, each part naming its source. */
export const TaxDataSchema = v.object({
  years: v.record(
    v.pipe(v.string(), v.regex(/^20\d\d$/)),
    v.object({
      federal: v.object({
        source: v.pipe(v.string(), v.minLength(5)),
        standardDeduction: byStatus(money),
        brackets: byStatus(bracketList),
        supplementalWithholding: v.object({
          source: v.string(),
          ratePct: v.number(),
          highRatePct: v.number(),
          highOver: money,
        }),
      }),
      payroll: v.object({
        source: v.pipe(v.string(), v.minLength(5)),
        socialSecurity: v.object({ ratePct: v.number(), wageBase: money }),
        medicare: v.object({
          ratePct: v.number(),
          additionalRatePct: v.number(),
          additionalOver: byStatus(money),
        }),
      }),
      states: v.object({
        CA: v.object({
          ...sourced,
          standardDeduction: byStatus(money),
          brackets: byStatus(bracketList),
          payroll: v.array(payrollRule),
        }),
        NY: v.object({
          ...sourced,
          standardDeduction: byStatus(money),
          brackets: byStatus(bracketList),
          payroll: v.array(payrollRule),
        }),
        MA: v.object({
          ...sourced,
          ratePct: v.number(),
          exemption: byStatus(money),
          payroll: v.array(payrollRule),
        }),
        IL: v.object({
          ...sourced,
          ratePct: v.number(),
          exemptionPerFiler: money,
          payroll: v.array(payrollRule),
        }),
        WA: v.object({ ...sourced, payroll: v.array(payrollRule) }),
        TX: v.object({ ...sourced, payroll: v.array(payrollRule) }),
      }),
      local: v.object({ NYC: v.object({ ...sourced, brackets: byStatus(bracketList) }) }),
    }),
  ),
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

/** data/price-parities.json: one BEA vintage, every location mapped to an area. */
export const ParityDataSchema = v.object({
  source: v.pipe(v.string(), v.minLength(10)),
  dataYear: v.pipe(v.number(), v.integer(), v.minValue(2000)),
  areas: v.array(
    v.strictObject({
      id: v.string(),
      label: v.string(),
      rpp: v.pipe(v.number(), v.minValue(50), v.maxValue(200)),
      kind: v.picklist(['nation', 'state', 'metro']),
    }),
  ),
  locations: v.record(
    v.string(),
    v.strictObject({
      state: v.nullable(v.picklist(['CA', 'NY', 'MA', 'IL', 'WA', 'TX'])),
      local: v.nullable(v.literal('NYC')),
      area: v.string(),
    }),
  ),
});
