// What a share link carries besides its offers: how the sender compared them (the basis and the years)
// and the household the after-tax figures used (filing status, tax year, 401(k), catch-up age, and the
// state and city taxes chosen for the offers' places). Opening a link shows the comparison on the
// sender's basis and years; the household stays the recipient's own unless they choose the sender's,
// since it is also their Cities setting.
import { formatUsd, k401Rules, parseNumber } from '../model';
import type { CitySet, PlaceOptions } from '../model/domain';
import { place } from '../model/places';
import { isObject, own } from '../storage/restoreCommon';
import { restoreCitySet } from '../storage/restoreSettings';
import { cities } from './app';
import { setCities } from './cities';
import { type Basis, compareBasis, compareHorizon, horizonChoices, isBasis } from './compare';

export type SharedHousehold = Pick<
  CitySet,
  'filingStatus' | 'taxYear' | 'pretax401kText' | 'age50OrOver' | 'placeOptions'
>;

export interface ShareSettings {
  basis?: Basis;
  years?: number;
  household?: SharedHousehold;
  /** What the link carried but did not read ("the basis", "the years", "the household"): left out. */
  dropped?: string[];
}

/** The settings a link made now carries: the household always, the basis and years for a comparison. */
export function currentShareSettings(places: readonly string[], comparison: boolean): ShareSettings {
  const c = cities.value;
  const placeOptions: Record<string, PlaceOptions> = {};
  for (const id of places) placeOptions[id] = c.placeOptions[id] ?? {};
  const household: SharedHousehold = {
    filingStatus: c.filingStatus,
    taxYear: c.taxYear,
    pretax401kText: c.pretax401kText,
    age50OrOver: c.age50OrOver,
    placeOptions,
  };
  return comparison ? { basis: compareBasis.value, years: compareHorizon.value, household } : { household };
}

/** A link's settings as far as they read; what does not read is left out (the recipient's own is used). */
export function readShareSettings(raw: unknown): ShareSettings {
  if (!isObject(raw)) return {};
  const out: ShareSettings = {};
  const dropped: string[] = [];
  const basis = own(raw, 'basis');
  if (isBasis(basis)) out.basis = basis;
  else if (basis !== undefined) dropped.push('the basis');
  const years = own(raw, 'years');
  if (typeof years === 'number' && (horizonChoices as readonly number[]).includes(years)) out.years = years;
  else if (years !== undefined) dropped.push('the years');
  const h = own(raw, 'household');
  // Every part is checked as a saved Cities setting is; a household that does not read is not carried over.
  const r = isObject(h) ? restoreCitySet(h, 'link') : undefined;
  if (r && r.problems.length === 0) {
    const { filingStatus, taxYear, pretax401kText, age50OrOver, placeOptions } = r.value;
    out.household = { filingStatus, taxYear, pretax401kText, age50OrOver, placeOptions };
  } else if (h !== undefined) dropped.push('the household');
  if (dropped.length) out.dropped = dropped;
  return out;
}

/** Shows a link's comparison on the sender's basis and years (what the comparison screen's address does). */
export function applySharedView(s: ShareSettings): void {
  if (s.basis) compareBasis.value = s.basis;
  if (s.years) compareHorizon.value = s.years;
}

const filingWords = { single: 'single', 'married-joint': 'married filing jointly' } as const;
/** The 401(k) as the Cities screen reads it ("$23,500" for "23500"), or as typed when it does not read. */
const k401Words = (text: string) => {
  if (text.trim() === '') return 'no pre-tax 401(k)';
  const n = parseNumber(text, k401Rules);
  return `${n.ok && n.value !== undefined ? formatUsd(n.value) : text.trim()} pre-tax 401(k)`;
};
const sameOptions = (a: PlaceOptions = {}, b: PlaceOptions = {}) =>
  (a.state ?? '') === (b.state ?? '') &&
  [...(a.cityTaxes ?? [])].sort().join() === [...(b.cityTaxes ?? [])].sort().join();

export interface HouseholdDifference {
  /** The sender's choices, in words, where they differ from the recipient's. */
  sent: string[];
  /** The recipient's choices for the same things. */
  yours: string[];
}

/** Where the link's household differs from the recipient's, in words; undefined when they agree. */
export function householdDifference(h: SharedHousehold, mine: CitySet): HouseholdDifference | undefined {
  const sent: string[] = [];
  const yours: string[] = [];
  const differ = (a: string, b: string) => {
    sent.push(a);
    yours.push(b);
  };
  if (h.filingStatus !== mine.filingStatus)
    differ(filingWords[h.filingStatus], filingWords[mine.filingStatus]);
  if (h.taxYear !== mine.taxYear) differ(`tax year ${h.taxYear}`, `tax year ${mine.taxYear}`);
  if (h.pretax401kText.trim() !== mine.pretax401kText.trim())
    differ(k401Words(h.pretax401kText), k401Words(mine.pretax401kText));
  if (h.age50OrOver !== mine.age50OrOver)
    differ(h.age50OrOver ? '50 or older' : 'under 50', mine.age50OrOver ? '50 or older' : 'under 50');
  const places = Object.keys(h.placeOptions).filter(
    (id) => !sameOptions(h.placeOptions[id], mine.placeOptions[id]),
  );
  if (places.length) {
    const names = places.map((id) => place(id).label).join(', ');
    differ(`their state and city-tax choices for ${names}`, `yours for ${names}`);
  }
  return sent.length ? { sent, yours } : undefined;
}

/** Uses the sender's household here and on Cities (the recipient chose to). */
export function adoptSenderHousehold(h: SharedHousehold): void {
  const { placeOptions, ...rest } = h;
  setCities({ ...rest, placeOptions: { ...cities.value.placeOptions, ...placeOptions } });
}
