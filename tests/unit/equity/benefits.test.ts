import { describe, expect, it } from 'vitest';
import benefitsJson from '../../../data/benefits.json' with { type: 'json' };
import {
  type ClawbackRule,
  clawback,
  clawbackRules,
  esppDisqualifyingExplanation,
  esppPayrollTaxNote,
  esppQualifyingExplanation,
  esppYear,
  hsaContribution,
} from '../../../src/model/equity/benefits';

// IRC §423(b)(6): price ≥ 85% of the lower of the grant-date and purchase-date values (the lookback);
// §423(b)(8): at most $25,000 of stock a calendar year at its grant-date value.
const plan = { discountPct: 15, lookback: true, offeringPrice: 100, year: 2026 };

describe('esppYear, worked by hand', () => {
  it('lookback, price up from $100 to $150: pays $85, 100 shares, $6,500 of wages on a sale at purchase', () => {
    // Price paid 85% × min(100, 150) = 85; 8,500 / 85 = 100 shares (cap 25,000 / 100 = 250 shares).
    // Worth 100 × 150 = 15,000; spread 15,000 − 8,500 = 6,500, all ordinary income when sold at once
    // (a disqualifying disposition, Treas. Reg. §1.421-2(b)); no capital gain; no FICA.
    const y = esppYear({ ...plan, contributionUsd: 8500, purchasePrice: 150 });
    expect(y).toMatchObject({
      pricePaid: 85,
      shares: 100,
      maxShares: 250,
      capped: false,
      contributionUsed: 8500,
      refunded: 0,
      valueAtPurchase: 15000,
      spread: 6500,
      disposition: 'disqualifying',
      proceeds: 15000,
      ordinaryIncome: 6500,
      capitalGain: 0,
      capitalGainTerm: 'none',
      payrollTax: 0,
    });
    expect(y.explanation).toBe(esppDisqualifyingExplanation);
    expect(esppPayrollTaxNote).toMatch(/3121\(a\)\(22\).*Notice 2002-47/);
  });

  it('lookback, price down from $100 to $80: pays 85% of 80 = $68; spread 100 × 12 = $1,200', () => {
    const y = esppYear({ ...plan, contributionUsd: 6800, purchasePrice: 80 });
    expect(y).toMatchObject({ pricePaid: 68, shares: 100, spread: 1200, ordinaryIncome: 1200 });
  });

  it('no lookback: pays 85% of the purchase price, 127.50; spread 100 × 22.50 = $2,250', () => {
    const y = esppYear({ ...plan, lookback: false, contributionUsd: 12750, purchasePrice: 150 });
    expect(y).toMatchObject({ pricePaid: 127.5, shares: 100, spread: 2250 });
  });

  it('caps the shares at $25,000 of offering-date value and refunds the rest of the contribution', () => {
    // 25,500 / 85 = 300 shares wanted = $30,000 at the $100 offering price > 25,000 → 250 shares;
    // used 250 × 85 = 21,250; refunded 4,250; spread 250 × (200 − 85) = 28,750.
    const y = esppYear({ ...plan, contributionUsd: 25500, purchasePrice: 200 });
    expect(y).toMatchObject({
      capped: true,
      shares: 250,
      contributionUsed: 21250,
      refunded: 4250,
      spread: 28750,
      ordinaryIncome: 28750,
    });
  });

  it('qualifying sale: ordinary income is the lesser of the gain and the offering-date discount', () => {
    // 100 shares bought at 85 (offering 100). Discount at the offering date: 15% × 100 × 100 = 1,500.
    // Sold at 160: gain 16,000 − 8,500 = 7,500 → ordinary 1,500, long-term 6,000.
    const buy = { ...plan, contributionUsd: 8500, purchasePrice: 150 };
    const high = esppYear({ ...buy, sale: { price: 160, qualifying: true } });
    expect(high).toMatchObject({
      disposition: 'qualifying',
      proceeds: 16000,
      ordinaryIncome: 1500,
      capitalGain: 6000,
      capitalGainTerm: 'long',
    });
    expect(high.explanation).toBe(esppQualifyingExplanation);
    // Sold at 90: gain 500 < 1,500 → ordinary 500, capital 0.
    expect(esppYear({ ...buy, sale: { price: 90, qualifying: true } })).toMatchObject({
      ordinaryIncome: 500,
      capitalGain: 0,
    });
    // Sold at 70: a loss of 8,500 − 7,000 = 1,500 → ordinary 0, long-term loss 1,500.
    expect(esppYear({ ...buy, sale: { price: 70, qualifying: true } })).toMatchObject({
      ordinaryIncome: 0,
      capitalGain: -1500,
    });
  });

  it('disqualifying sale later at $170: the purchase spread is wages, the rise after it capital gain', () => {
    // Ordinary 6,500 (as at purchase); basis 8,500 + 6,500 = 15,000; 17,000 − 15,000 = 2,000 capital.
    const y = esppYear({
      ...plan,
      contributionUsd: 8500,
      purchasePrice: 150,
      sale: { price: 170, qualifying: false },
    });
    expect(y).toMatchObject({ ordinaryIncome: 6500, capitalGain: 2000, capitalGainTerm: 'short-or-long' });
  });

  it('rejects a discount above 15%, a zero price and a negative contribution', () => {
    const ok = { ...plan, contributionUsd: 1000, purchasePrice: 100 };
    expect(() => esppYear({ ...ok, discountPct: 20 })).toThrow(RangeError);
    expect(() => esppYear({ ...ok, offeringPrice: 0 })).toThrow(RangeError);
    expect(() => esppYear({ ...ok, contributionUsd: -1 })).toThrow(RangeError);
    expect(() => esppYear({ ...ok, sale: { price: Number.NaN, qualifying: true } })).toThrow(RangeError);
  });
});

describe('clawback, worked by hand', () => {
  const signOn = { year1: 40000, year2: 20000 };
  const at = (leaveAfterMonths: number, rule: ClawbackRule) => clawback({ signOn, leaveAfterMonths, rule });

  it('leaving at month 9 under each rule (year 2’s $20,000 not yet paid)', () => {
    // full-12: all 40,000. prorated-12: 40,000 × (12 − 9)/12 = 10,000.
    // full-24: all 40,000 received. prorated-24: 40,000 × (24 − 9)/24 = 25,000.
    expect(at(9, 'full-12')).toEqual({ received: 40000, repay: 40000, keep: 0, windowMonths: 12 });
    expect(at(9, 'prorated-12')).toEqual({ received: 40000, repay: 10000, keep: 30000, windowMonths: 12 });
    expect(at(9, 'full-24')).toEqual({ received: 40000, repay: 40000, keep: 0, windowMonths: 24 });
    expect(at(9, 'prorated-24')).toEqual({ received: 40000, repay: 25000, keep: 15000, windowMonths: 24 });
  });

  it('leaving at month 18: nothing under the 12-month rules; 60,000 or 60,000 × 6/24 = 15,000 under 24', () => {
    expect(at(18, 'full-12').repay).toBe(0);
    expect(at(18, 'prorated-12').repay).toBe(0);
    expect(at(18, 'full-24').repay).toBe(60000);
    expect(at(18, 'prorated-24').repay).toBe(15000);
  });

  it('leaving after the window repays nothing', () => {
    for (const rule of Object.keys(clawbackRules) as ClawbackRule[]) {
      expect(at(24, rule)).toMatchObject({ received: 60000, repay: 0, keep: 60000 });
    }
    expect(at(12, 'full-12')).toMatchObject({ received: 60000, repay: 0 });
  });

  it('rejects part months, negative amounts and an unknown rule', () => {
    expect(() => at(9.5, 'full-12')).toThrow(RangeError);
    expect(() => clawback({ signOn: { year1: -1, year2: 0 }, leaveAfterMonths: 1, rule: 'full-12' })).toThrow(
      RangeError,
    );
    expect(() => at(1, 'full-36' as ClawbackRule)).toThrow(RangeError);
  });
});

describe('hsaContribution', () => {
  it('2025 self-only: $5,000 against the $4,300 limit → 4,300 tax-free, 700 taxable (Rev. Proc. 2024-25)', () => {
    expect(hsaContribution({ amount: 5000, coverage: 'self', year: 2025 })).toMatchObject({
      limit: 4300,
      limitYear: 2025,
      taxFree: 4300,
      taxable: 700,
      overLimit: true,
    });
  });

  it('2026 family: $1,500 is within the $8,750 limit (Rev. Proc. 2025-19)', () => {
    const h = hsaContribution({ amount: 1500, coverage: 'family', year: 2026 });
    expect(h).toMatchObject({ limit: 8750, taxFree: 1500, taxable: 0, overLimit: false });
    expect(h.source).toMatch(/2025-19/);
  });

  it('a later year takes the latest published limit (2026: $4,400 self-only)', () => {
    expect(hsaContribution({ amount: 4400, coverage: 'self', year: 2030 })).toMatchObject({
      limit: 4400,
      limitYear: 2026,
      taxable: 0,
    });
  });

  it('rejects a year before the data, an unknown coverage and a negative amount', () => {
    expect(() => hsaContribution({ amount: 1, coverage: 'self', year: 2024 })).toThrow(RangeError);
    expect(() => hsaContribution({ amount: 1, coverage: 'couple' as 'self', year: 2025 })).toThrow(
      RangeError,
    );
    expect(() => hsaContribution({ amount: -1, coverage: 'self', year: 2025 })).toThrow(RangeError);
  });

  it('data/benefits.json: every HSA limit with its year and source; family above self', () => {
    for (const [y, l] of Object.entries(benefitsJson.hsaLimits)) {
      expect(l.year).toBe(Number(y));
      expect(l.family).toBeGreaterThan(l.self);
      expect(l.source).toMatch(/Rev\. Proc\. 20\d\d-\d+/);
    }
    expect(benefitsJson.espp).toMatchObject({ annualLimitUsd: 25000, maxDiscountPct: 15 });
  });
});
