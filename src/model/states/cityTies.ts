// A city tax's tie to the user as the taxes read it: who owes each city tax, the user's tie to a city
// (living there, or working there and living elsewhere) and the `cityTaxes` entries that record it.
// No data: ./locals.ts computes the taxes; the Cities choices read these rules too.

/**
 * Who owes a city tax: those who live there (wherever they work), those who work there (wherever they
 * live), or both (residents on all wages, non-residents on the wages earned there).
 */
export type CityTaxWho = 'residents' | 'workers' | 'both';

/**
 * The user's tie to a city: 'live-work' (lives there, and works there where that is what the tax asks),
 * or 'work' (works there, lives elsewhere in the place's state: the non-resident terms). In a
 * `cityTaxes` list an id alone is 'live-work' and `id + ':work'` is 'work'.
 */
export type CityTie = 'live-work' | 'work';

/** A `cityTaxes` entry read as a tax id and a tie. */
export function cityTaxEntry(entry: string): { id: string; tie: CityTie } {
  return entry.endsWith(':work')
    ? { id: entry.slice(0, -':work'.length), tie: 'work' }
    : { id: entry, tie: 'live-work' };
}

/** A local tax as a place offers it: on by default?, the county assumed, who owes it, its group, non-resident terms. */
export interface LocalTaxRef {
  id: string;
  label: string;
  defaultOn: boolean;
  assumption?: string;
  who: CityTaxWho;
  exclusive?: string;
  nonresidentTerms: boolean;
}

/**
 * The user's tie to each of a place's city taxes, as the taxes read it: from the `cityTaxes` entries
 * (none given: those on by default, as 'live-work'); a tie a tax cannot take is read as it would be —
 * working in a city whose tax is on residents only is no tie, and working there for a tax on those who
 * work there with no other terms is its one tie. A tax with no tie is absent.
 */
export function cityTies(
  city: readonly LocalTaxRef[],
  cityTaxes: readonly string[] | undefined,
): Map<string, CityTie> {
  const given = cityTaxes
    ? new Map(cityTaxes.map(cityTaxEntry).map((e) => [e.id, e.tie]))
    : new Map(city.filter((c) => c.defaultOn).map((c) => [c.id, 'live-work' as const]));
  const ties = new Map<string, CityTie>();
  for (const c of city) {
    const tie = given.get(c.id);
    if (!tie || (tie === 'work' && c.who === 'residents')) continue;
    ties.set(c.id, tie === 'work' && c.who === 'workers' && !c.nonresidentTerms ? 'live-work' : tie);
  }
  return ties;
}
