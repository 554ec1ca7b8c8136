// The shape of one tax year in data/taxes.json, and where each location is taxed.
import parities from '../../data/price-parities.json' with { type: 'json' };
import taxes from '../../data/taxes.json' with { type: 'json' };
import type { TaxYear } from './tax';

export type Bracket = [number, number];
export type ByStatus<T> = { single: T; mfj: T };
export interface PayrollRule {
  id: string;
  label: string;
  ratePct: number;
  maxPerYear?: number;
  capAtWageBase?: boolean;
}
export interface YearRules {
  federal: {
    standardDeduction: ByStatus<number>;
    brackets: ByStatus<Bracket[]>;
    supplementalWithholding: { ratePct: number; highRatePct: number; highOver: number };
  };
  payroll: {
    socialSecurity: { ratePct: number; wageBase: number };
    medicare: { ratePct: number; additionalRatePct: number; additionalOver: ByStatus<number> };
  };
  states: {
    CA: {
      standardDeduction: ByStatus<number>;
      brackets: ByStatus<Bracket[]>;
      exemptionCredit: {
        perFiler: number;
        reducePerFiler: number;
        step: number;
        phaseOutOver: ByStatus<number>;
      };
      mentalHealthTax: { ratePct: number; over: number };
      payroll: PayrollRule[];
    };
    NY: {
      standardDeduction: ByStatus<number>;
      brackets: ByStatus<Bracket[]>;
      recapture: {
        agiOver: number;
        phaseIn: number;
        flatOverAgi: number;
        flatRatePct: number;
        rows: ByStatus<[number, number, number][]>;
      };
      payroll: PayrollRule[];
    };
    MA: {
      ratePct: number;
      surtax: { ratePct: number; over: number };
      exemption: ByStatus<number>;
      ficaDeductionMaxPerPerson: number;
      payroll: PayrollRule[];
    };
    IL: {
      ratePct: number;
      exemptionPerFiler: number;
      exemptionAgiLimit: ByStatus<number>;
      payroll: PayrollRule[];
    };
    WA: { payroll: PayrollRule[] };
    TX: { payroll: PayrollRule[] };
  };
  local: {
    NYC: {
      brackets: ByStatus<Bracket[]>;
      schoolCredit: { single: number; mfj: number; agiLimit: number };
      rateReductionCredit: {
        incomeLimit: number;
        single: { firstRatePct: number; first: number; restRatePct: number };
      };
    };
  };
}

export const rulesFor = (year: TaxYear): YearRules => {
  const r = (taxes.years as Record<string, unknown>)[String(year)];
  if (!r) throw new RangeError(`No tax data for ${year}`);
  return r as YearRules;
};

type StateId = keyof YearRules['states'];
export interface LocationTax {
  state: StateId | null;
  local: 'NYC' | null;
  area: string;
}
export const locationTax = (id: string): LocationTax => {
  const l = (parities.locations as Record<string, LocationTax | undefined>)[id];
  if (!l) throw new RangeError(`Unknown location: ${id}`);
  return l;
};
