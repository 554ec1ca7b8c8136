import { cities } from '../../state/app';
import { pretax401kAmount } from '../../state/cities';
import { usd } from './format';

/** The federal deduction every after-tax figure itemizes where it beats the standard one (model/tax.ts). */
export const SALT_TEXT =
  'state and local income taxes (with the state payroll taxes and contributions that count as such) under the SALT cap';

/** The household the after-tax figures assume, as a line: "single, tax year 2026 rules, no pre-tax 401(k)". */
export function householdText(): string {
  const set = cities.value;
  const k = pretax401kAmount.value;
  return `${set.filingStatus === 'single' ? 'single' : 'married filing jointly (one earner)'}, tax year ${set.taxYear} rules, ${k ? `${usd(k)} pre-tax 401(k)` : 'no pre-tax 401(k)'}`;
}
