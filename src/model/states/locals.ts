// Local income taxes on wages (data/locals.json): city taxes by the user's tie to the city (living there,
// or working there and living elsewhere), and county taxes every resident pays (Maryland, Indiana). One generic computation (a rate or brackets
// on a base, less an exemption, or a flat yearly amount) with a small named function where a tax needs
// more (New York City's school tax credits). Bases on a state's taxable income or tax are read through
// the state engine (data/states), so a local tax follows its state's own rules.
import localsJson from '../../../data/locals.json?nosources' with { type: 'json' };
import { bracketTax } from '../brackets';
import { place } from '../places';
import type { CityTaxWho, CityTie, LocalTaxRef } from './cityTies';
import { stateContext } from './context';
import { stateFiles } from './data';
import { genericIncomeTax, stateIncomeTax } from './engine';
import type { Bracket, ByStatus, StateContext, StateIncomeTax, StateYear } from './types';

export type { CityTaxWho, CityTie, LocalTaxRef } from './cityTies';
export { cityTaxEntry, cityTies } from './cityTies';

/** What a local tax is levied on. */
type Base =
  /** Gross wages: 401(k) deferrals included (Pennsylvania, Ohio, Kentucky, Missouri, … wage taxes). */
  | 'wages'
  /** Wages less the 401(k) deferral (federal AGI). */
  | 'agi'
  /** The state's taxable income by its own rules (NYC, Maryland and Indiana counties, Portland-area taxes). */
  | 'state-taxable'
  /** The state income tax (the Yonkers surcharge). */
  | 'state-tax';

interface LocalPart {
  base?: Base;
  ratePct?: number;
  brackets?: ByStatus<Bracket[]>;
  /** Subtracted from the base first (e.g. Michigan cities' $600 per personal exemption). */
  exemption?: ByStatus<number>;
  /** A flat yearly amount (a head tax), owed once the year's wages reach `minWages`. */
  amount?: number;
  minWages?: number;
  /** A named function in `localRules` for what the fields cannot say, and its parameters. */
  rule?: string;
  params?: Record<string, unknown>;
}

interface LocalYear extends LocalPart {
  source?: string;
  projected?: string;
  /** Further parts, added. */
  plus?: LocalPart[];
  /** What a non-resident who works there owes, where it differs (Philadelphia's lower rate, Yonkers' earnings tax). */
  nonresident?: LocalPart & { source?: string; projected?: string };
}

interface CityTaxData {
  id: string;
  label: string;
  state: string;
  base: Base;
  who: CityTaxWho;
  /** A group of city taxes of which a person lives in at most one and works in at most one. */
  exclusive?: string;
  /** Place id → on by default there (the metro's principal city in that state). */
  places: Record<string, boolean>;
  source: string;
  note?: string;
  years: Record<string, LocalYear>;
}

interface CountyGroupData {
  state: string;
  base: Base;
  source: string;
  projected?: Record<string, string>;
  counties: Record<string, { name: string; ratePct: Record<string, number> }>;
  /** Place id → [county id] or [county id, the assumption made where the county is not known]. */
  places: Record<string, string[]>;
}

interface LocalTax {
  id: string;
  label: string;
  state: string;
  base: Base;
  who: CityTaxWho;
  exclusive?: string;
  years: Record<string, LocalYear>;
}

interface PlaceEntry {
  id: string;
  who: 'resident' | 'city';
  defaultOn: boolean;
  assumption?: string;
}

const data = localsJson as unknown as { taxes: CityTaxData[]; counties: CountyGroupData[] };
const taxes = new Map<string, LocalTax>();
const byPlace = new Map<string, PlaceEntry[]>();
const addToPlace = (placeId: string, e: PlaceEntry) =>
  byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), e]);

for (const t of data.taxes) {
  taxes.set(t.id, { ...t });
  for (const [p, on] of Object.entries(t.places)) addToPlace(p, { id: t.id, who: 'city', defaultOn: on });
}
for (const g of data.counties) {
  for (const [id, c] of Object.entries(g.counties)) {
    const years = Object.fromEntries(
      Object.entries(c.ratePct).map(([y, ratePct]) => [
        y,
        { ratePct, source: g.source, ...(g.projected?.[y] ? { projected: g.projected[y] } : {}) },
      ]),
    );
    taxes.set(id, {
      id,
      label: `${c.name} income tax`,
      state: g.state,
      base: g.base,
      who: 'residents',
      years,
    });
  }
  for (const [p, [id, assumption]] of Object.entries(g.places)) {
    if (id) addToPlace(p, { id, who: 'resident', defaultOn: true, ...(assumption ? { assumption } : {}) });
  }
}

/**
 * The local income taxes of a place for a resident of `usps` (a metro spanning states: the state the user
 * picked): those every resident pays (`always`, e.g. a Maryland or Indiana county), and city taxes the
 * user may opt into (`city`, on by default for the metro's principal city). Throws on an unknown place.
 */
export function localTaxesFor(placeId: string, usps: string): { always: LocalTaxRef[]; city: LocalTaxRef[] } {
  const p = place(placeId);
  const always: LocalTaxRef[] = [];
  const city: LocalTaxRef[] = [];
  const states = p.states ?? (p.state ? [p.state] : []);
  if (!states.includes(usps)) return { always, city };
  for (const e of byPlace.get(p.id) ?? []) {
    const t = taxes.get(e.id);
    if (!t || t.state !== usps) continue;
    const ref: LocalTaxRef = {
      id: t.id,
      label: t.label,
      defaultOn: e.defaultOn,
      who: t.who,
      nonresidentTerms: Object.values(t.years).some((y) => y.nonresident),
    };
    if (t.exclusive) ref.exclusive = t.exclusive;
    if (e.assumption) ref.assumption = e.assumption;
    (e.who === 'resident' ? always : city).push(ref);
  }
  return { always, city };
}

interface NycParams {
  schoolCredit: { single: number; mfj: number; agiLimit: number };
  rateReduction: {
    incomeLimit: number;
    single: { upTo: number; firstPct: number; base: number; restPct: number };
    mfj: { upTo: number; firstPct: number; base: number; restPct: number };
  };
}

/** A local tax's small function: the tax, given the household, the base (after exemption) and the generic tax. */
type LocalRule = (ctx: StateContext, base: number, tax: number, params: Record<string, unknown>) => number;

const localRules: Readonly<Record<string, LocalRule>> = {
  /**
   * New York City (IT-201 lines 69, 69a): the school tax credit's fixed amount (federal AGI at most the
   * limit) and its rate-reduction amount (NYC taxable income at most the limit; the form's table: a rate
   * on the first band, then a fixed sum plus a rate on the rest). Both are taken against the tax here,
   * not paid out beyond it.
   */
  nyc: (ctx, ti, tax, params) => {
    const p = params as unknown as NycParams;
    const school = ctx.agi <= p.schoolCredit.agiLimit ? p.schoolCredit[ctx.status] : 0;
    const r = p.rateReduction[ctx.status];
    const reduction =
      ti > p.rateReduction.incomeLimit
        ? 0
        : ti <= r.upTo
          ? (ti * r.firstPct) / 100
          : r.base + ((ti - r.upTo) * r.restPct) / 100;
    return tax - school - reduction;
  },
};

/** Where a state's rule takes more off its taxable income than the generic steps, the same in its data's terms. */
const stateTaxable: Readonly<
  Record<string, (ctx: StateContext, r: StateIncomeTax, generic: number) => number>
> = {
  /** Maryland (Form 502): the personal exemption per filer steps down as federal AGI rises. */
  MD: (ctx, r, generic) => {
    const steps = (r.params?.exemptionSteps as ByStatus<[number, number][]> | undefined)?.[ctx.status];
    if (!steps) throw new Error('Maryland data: exemptionSteps missing');
    return generic - (steps.find(([upTo]) => ctx.agi <= upTo)?.[1] ?? 0) * ctx.filers;
  },
  /** Oregon (OR-40 line 19): federal income tax is subtracted up to a cap that steps down with AGI. */
  OR: (ctx, r, generic) => {
    const caps = (r.params?.federalTaxCap as ByStatus<[number, number][]> | undefined)?.[ctx.status];
    if (!caps) throw new Error('Oregon data: federalTaxCap missing');
    const cap = caps.filter(([from]) => ctx.agi >= from).at(-1)?.[1] ?? 0;
    return generic - Math.min(ctx.federalIncomeTax, cap);
  },
};

function stateYearOf(usps: string, year: number): StateYear {
  const y = stateFiles[usps]?.years[String(year)];
  if (!y) throw new RangeError(`No tax data for ${usps} in ${year}`);
  return y;
}

function baseValue(base: Base, usps: string, ctx: StateContext): number {
  if (base === 'wages') return ctx.wages;
  if (base === 'agi') return ctx.agi;
  const y = stateYearOf(usps, ctx.year);
  if (base === 'state-tax') return stateIncomeTax(ctx, y);
  if (!y.incomeTax) throw new RangeError(`${usps} has no income tax to base a local tax on`);
  const generic = genericIncomeTax(ctx, y.incomeTax).taxable;
  const adjust = stateTaxable[usps];
  return Math.max(0, adjust ? adjust(ctx, y.incomeTax, generic) : generic);
}

function partTax(t: LocalTax, part: LocalPart, ctx: StateContext): number {
  let tax = 0;
  if (part.ratePct !== undefined || part.brackets || part.rule) {
    const base = Math.max(
      0,
      baseValue(part.base ?? t.base, t.state, ctx) - (part.exemption?.[ctx.status] ?? 0),
    );
    tax = part.brackets ? bracketTax(base, part.brackets[ctx.status]) : (base * (part.ratePct ?? 0)) / 100;
    if (part.rule) {
      const rule = localRules[part.rule];
      if (!rule) throw new Error(`No local rule named ${part.rule}`);
      tax = rule(ctx, base, tax, part.params ?? {});
    }
  }
  if (part.amount !== undefined && ctx.wages >= (part.minWages ?? 0)) tax += part.amount;
  return Math.max(0, tax);
}

type LocalInput = {
  year: number;
  filingStatus: 'single' | 'married-joint';
  wages: number;
  pretax401k?: number;
};

/**
 * One local tax on a year's wages, before rounding, for the user's tie to the city (a county tax: 'live-work').
 * 0 where the tie does not make the tax owed (a residents' tax for one who only works there). Throws on
 * an unknown tax or year.
 */
export function localTaxExact(localId: string, input: LocalInput, tie: CityTie = 'live-work'): number {
  const t = taxes.get(localId);
  if (!t) throw new RangeError(`Unknown local tax: ${localId}`);
  const y = t.years[String(input.year)];
  if (!y) throw new RangeError(`No data for ${localId} in ${input.year}`);
  if (tie === 'work' && t.who === 'residents') return 0;
  const parts = tie === 'work' && y.nonresident ? [y.nonresident] : [y, ...(y.plus ?? [])];
  const ctx = stateContext(input);
  return parts.reduce((sum, part) => sum + partTax(t, part, ctx), 0);
}

/** One local tax on a year's wages (rounded half-up to whole dollars). Throws on an unknown tax or year. */
export function localTaxFor(localId: string, input: LocalInput, tie: CityTie = 'live-work'): number {
  return Math.floor(localTaxExact(localId, input, tie) + 0.5);
}

/** Every local tax's id, label and state (for listing and tests). */
export const localTaxIds: readonly { id: string; label: string; state: string }[] = [...taxes.values()].map(
  ({ id, label, state }) => ({ id, label, state }),
);
