/** Career levels, from the seed's career progression. */
export type LevelId = 'entry' | 'mid' | 'senior' | 'principal' | 'distinguished';

/** Who the estimate is for. `years` (optional) refines pay within the level's band. */
export interface Profile {
  level: LevelId;
  years?: number;
  location: string;
  tier: string;
  specialization: string;
}

/** USD per year. `low` and `high` are percentiles (see `percentiles` on Estimate); typical is the median. */
export interface Range {
  low: number;
  typical: number;
  high: number;
}

/** Where a number comes from: a seed figure (with its section) or a labelled assumption. */
export interface Source {
  kind: 'data' | 'assumption';
  ref: string;
}

/** One step of the estimate: its value, what it means and where it came from. */
export interface Factor {
  id: string;
  label: string;
  value: number;
  /** How to read `value`: dollars a year, a multiplier, or a share of base. */
  unit: 'usd' | 'multiplier' | 'share';
  /** Plain-language formula with the numbers that produce `value`. */
  formula: string;
  source: Source;
  /** Set where the factor is different at the low and high end of the range. */
  spread?: { low: number; high: number };
}

export interface Estimate {
  base: Range;
  additional: Range;
  total: Range;
  factors: Factor[];
  /** 'extrapolated' for levels beyond the seed's bands: lower confidence. */
  confidence: 'data' | 'extrapolated';
  /** The percentiles that low and high stand for (an assumption). */
  percentiles: { low: number; high: number };
}

export interface Option<Id extends string = string> {
  id: Id;
  label: string;
}
