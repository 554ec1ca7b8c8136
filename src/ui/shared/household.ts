import { cities } from '../../state/app';
import { pretax401kAmount } from '../../state/cities';
import { usd } from './format';

/** The household the after-tax figures assume, as a line: "single, tax year 2026 rules, no pre-tax 401(k)". */
export function householdText(): string {
  const set = cities.value;
  const k = pretax401kAmount.value;
  return `${set.filingStatus === 'single' ? 'single' : 'married filing jointly (one earner)'}, tax year ${set.taxYear} rules, ${k ? `${usd(k)} pre-tax 401(k)` : 'no pre-tax 401(k)'}`;
}
