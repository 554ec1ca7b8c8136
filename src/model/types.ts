/** Career levels, from the seed's career progression. */
export type LevelId = 'entry' | 'mid' | 'senior' | 'principal' | 'distinguished';

/** Who the estimate is for. `years` (optional) refines pay within the level's band. */
export interface Profile {
  level: LevelId;
  years?: number;
  location: string;
  /** For a place spanning states, the state lived in (USPS code); it decides which state's figure is lent. */
  state?: string;
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
  /** The labelled assumptions and modelling choices the value also rests on. */
  assumptions?: readonly string[];
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

/** One way an estimate goes past what the seed's figures support. */
export type Extrapolation =
  | { limit: 'level'; level: LevelId; text: string }
  | {
      limit: 'base-high' | 'total-high';
      /** The seed figure that marks the limit, and its value. */
      figureId: string;
      seedValue: number;
      value: number;
      /** value − seedValue, dollars a year (> 0). */
      over: number;
      text: string;
    };

export interface Estimate {
  base: Range;
  additional: Range;
  total: Range;
  /** What the additional pay holds: cash (bonus) for the market, bonus and stock for the Meta example. */
  additionalKind: 'cash' | 'cash-and-stock';
  factors: Factor[];
  /**
   * True when the level is above senior, the base's high passes the seed's "senior roles up to
   * $289,000", or the total's high passes the top of its top-tech total range ($338,000).
   */
  extrapolated: boolean;
  /** Why `extrapolated` is true: each limit passed, with the value and by how much. Empty otherwise. */
  extrapolation: Extrapolation[];
  /** 'extrapolated' whenever `extrapolated` is true: lower confidence. */
  confidence: 'data' | 'extrapolated';
  /** The percentiles that low and high stand for (an assumption that places offers; it moves no dollar). */
  percentiles: { low: number; high: number };
  /**
   * Years of experience outside the level's span: pay stays at the span's end, so more (or fewer) years
   * change nothing at this level. Absent when no years are given or they are within the span.
   */
  yearsOutside?: {
    years: number;
    from: number;
    to: number;
    levelLabel: string;
    /** The span is an assumption (the seed gives one only for distinguished). */
    assumed: boolean;
    /** The level where those years count: the next above (past the span) or below (short of it). */
    where?: string;
  };
}

export interface Option<Id extends string = string> {
  id: Id;
  label: string;
}
