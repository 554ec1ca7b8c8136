// The tax a sale of shares adds to a year of W-2 wages: federal income tax (long-term gain at 0/15/20%
// stacked on ordinary income, short-term gain at ordinary rates), the 3.8% net investment income tax,
// and state and local income tax; no payroll tax. Whole dollars, like takeHome().
import localsJson from '../../../data/locals.json?nosources' with { type: 'json' };
import { federalYear, stateContext } from '../states/context';
import { stateFiles } from '../states/data';
import { payrollAsIncomeTax, stateIncomeTax } from '../states/engine';
import { cityTaxEntry, localTaxExact } from '../states/locals';
import type { StateFile } from '../states/types';
import { exact, saltCap, type TakeHomeInput, takeHome } from '../tax';
import { niitExact, nonNegative, regularTaxWithGain, statusKey } from './equityFigures';

export type SaleTaxInput = TakeHomeInput & {
  /** Sale price − basis, in USD (for ISO shares: isoDisposition's capitalGain). A loss is taxed as 0. */
  gain: number;
  /** 'long': held more than a year (IRC §1222(3)). */
  holding: 'long' | 'short';
  /**
   * Compensation recognised at the sale without payroll tax: an ISO disqualifying disposition's
   * ordinary income (isoDisposition's ordinaryIncome). Taxed at ordinary rates, not investment income.
   */
  ordinaryIncome?: number;
};

/** The tax a sale adds to the year, line by line (whole dollars). */
export interface SaleTax {
  gain: number;
  ordinaryIncome: number;
  holding: 'long' | 'short';
  /** Added regular federal income tax (Qualified Dividends and Capital Gain Tax Worksheet for 'long'). */
  federalIncomeTax: number;
  /** Net investment income tax (Form 8960) on the gain. */
  netInvestmentIncomeTax: number;
  stateIncomeTax: number;
  /** Added residents' local income taxes on state taxable income (NYC, Maryland and Indiana counties, …). */
  localIncomeTax: number;
  /** The sum of the four taxes above. */
  total: number;
  /** The federal deduction in the year of the sale: the state tax on a gain can change it (SALT). */
  federalDeduction: { kind: 'standard' | 'salt'; amount: number };
}

type LocalsData = { taxes: { id: string; base: string }[]; counties: { base: string; counties: object }[] };
const locals = localsJson as unknown as LocalsData;
const onIncome = (base: string) => base === 'state-taxable' || base === 'state-tax';
/**
 * Local taxes levied on the state's taxable income or tax (data/locals.json `base`), which reach a
 * resident's gain; the rest are taxes on wages, which do not.
 */
const incomeBasedLocals = new Set([
  ...locals.taxes.filter((t) => onIncome(t.base)).map((t) => t.id),
  ...locals.counties.filter((g) => onIncome(g.base)).flatMap((g) => Object.keys(g.counties)),
]);

/**
 * The tax a sale of shares adds in its year, for a household with W-2 wages.
 * - Federal: the AGI grows by the gain and `ordinaryIncome`. Long-term gain is taxed at 0/15/20% stacked
 *   on top of ordinary taxable income; short-term gain and `ordinaryIncome` at ordinary rates. The
 *   deduction is taken again (state and local income tax, with the wages' state payroll contributions
 *   that count as such, under the SALT cap, or the standard one), since
 *   the state tax on the gain and the cap's phase-down both move with it; the state tax is taken as paid
 *   in the year. Added tax = round(tax with the sale) − takeHome's federal income tax.
 * - Net investment income tax: 3.8% of the lesser of the gain and modified AGI over $200,000 ($250,000
 *   joint); `ordinaryIncome` raises the AGI but is not investment income.
 * - State: its income tax computed by the state engine on wages + gain + ordinaryIncome, less on wages
 *   alone, with Social Security and Medicare still those of the wages (no payroll tax on a sale) and the
 *   federal tax the state may deduct (standard deduction, as for wages) including the gain's rates.
 * - Local: residents' taxes on state taxable income or state tax (New York City, Yonkers, Maryland and
 *   Indiana counties, Portland-area taxes) recomputed by the local engine on wages + the sale (there the
 *   federal tax Oregon lets its taxable income subtract is read at ordinary rates); taxes on wages and
 *   non-residents' terms: none.
 * Throws RangeError on a gain that is not a number or a negative ordinaryIncome.
 */
export function saleTax(input: SaleTaxInput): SaleTax {
  const { gain: rawGain, holding, ordinaryIncome: rawOrdinary, ...household } = input;
  if (!Number.isFinite(rawGain)) throw new RangeError('gain must be a number');
  const gain = Math.round(Math.max(0, rawGain));
  const ordinaryIncome = Math.round(nonNegative(rawOrdinary ?? 0, 'ordinaryIncome'));
  const { year, filingStatus } = household;
  const before = exact(household);
  const shown = takeHome(household);
  const added = gain + ordinaryIncome;
  const longGain = holding === 'long' ? gain : 0;
  const base = { year, filingStatus, pretax401k: before.pretax401k };

  // State: the engine's context on the larger income, payroll figures from the wages alone.
  const wagesCtx = stateContext({ ...base, wages: household.wages, payrollExempt: household.payrollExempt });
  const larger = stateContext({ ...base, wages: household.wages + added });
  const saleCtx = {
    ...larger,
    socialSecurity: wagesCtx.socialSecurity,
    medicare: wagesCtx.medicare,
    federalIncomeTax: regularTaxWithGain(larger.federalTaxableIncome, longGain, filingStatus, year),
  };
  // exact() has already thrown for a state without data for the year.
  const rules =
    before.state === null ? undefined : (stateFiles[before.state] as StateFile).years[String(year)];
  const stateTax = rules ? stateIncomeTax(saleCtx, rules) : 0;

  // Local: each residents' tax on state income, recomputed; each line rounded as takeHome rounds it.
  const workOnly = new Set(
    (household.cityTaxes ?? [])
      .map(cityTaxEntry)
      .filter((e) => e.tie === 'work')
      .map((e) => e.id),
  );
  let localExact = 0;
  let localAdded = 0;
  for (const l of before.localTaxes) {
    const reaches = incomeBasedLocals.has(l.id) && !workOnly.has(l.id);
    const amount = reaches ? localTaxExact(l.id, { ...base, wages: household.wages + added }) : l.amount;
    localExact += amount;
    localAdded += Math.round(amount) - Math.round(l.amount);
  }

  // Federal: AGI with the sale, the deduction taken again, the worksheet.
  const agi = household.wages - before.pretax401k + added;
  // State payroll contributions that count as income tax: on the wages, which the sale leaves alone.
  const payrollSalt = rules ? payrollAsIncomeTax(wagesCtx, rules) : 0;
  const salt = Math.min(saltCap(year, agi), stateTax + localExact + payrollSalt);
  const standard = federalYear(year).standardDeduction[statusKey(filingStatus)];
  const federalDeduction =
    salt > standard
      ? { kind: 'salt' as const, amount: Math.round(salt) }
      : { kind: 'standard' as const, amount: standard };
  const federalTax = regularTaxWithGain(agi - Math.max(salt, standard), longGain, filingStatus, year);

  const lines = {
    federalIncomeTax: Math.round(federalTax) - shown.federalIncomeTax,
    netInvestmentIncomeTax: Math.round(niitExact(gain, agi, filingStatus, year)),
    stateIncomeTax: Math.round(stateTax) - shown.stateIncomeTax,
    localIncomeTax: localAdded,
  };
  const total = Object.values(lines).reduce((s, x) => s + x, 0);
  return { gain, ordinaryIncome, holding, ...lines, total, federalDeduction };
}
