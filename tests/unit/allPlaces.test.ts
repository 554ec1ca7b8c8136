import { describe, expect, it } from 'vitest';
import { places } from '../../src/model/places';
import { stateFiles } from '../../src/model/states/data';
import { type FilingStatus, saltCap, type TaxYear, takeHome } from '../../src/model/tax';

const years: TaxYear[] = [2025, 2026];
const statuses: FilingStatus[] = ['single', 'married-joint'];

/**
 * Where take-home may fall as wages rise, and by at most how much, because the state's own rule makes it
 * (seen on a $500 grid to $2 million): Colorado's deduction add-back from $300,000 of AGI (2026), New
 * York's recapture of the lower brackets, Oregon's exemption credit ending at $200,000 (joint), and Rhode
 * Island's stepped phase-out of its deduction and exemptions.
 */
const allowedDrops: Readonly<Record<string, number>> = { CO: 1_000, NY: 5_000, OR: 200, RI: 100 };

describe('take-home in every place, both tax years, both filing statuses', () => {
  it('is finite, at most the wages and never negative, from $0 to $10 million', () => {
    for (const p of places)
      for (const year of years)
        for (const filingStatus of statuses)
          for (const wages of [0, 1, 12_000, 150_000, 300_000, 1_000_000, 10_000_000]) {
            const t = takeHome({ wages, location: p.id, filingStatus, year });
            const where = `${p.id} ${year} ${filingStatus} ${wages}`;
            expect(Number.isFinite(t.net), where).toBe(true);
            expect(t.net, where).toBeLessThanOrEqual(wages);
            expect(t.net, where).toBeGreaterThanOrEqual(0);
            for (const x of [t.federalIncomeTax, t.stateIncomeTax, t.localIncomeTax, t.totalTax])
              expect(x, where).toBeGreaterThanOrEqual(0);
          }
  }, 60_000);

  it('itemizes exactly the state, city and counted payroll lines shown beside it, unless capped', () => {
    // Schedule A line 5a adds the state and local income taxes (and the payroll contributions that count
    // as such) as written on the lines; the deduction shown must be that sum, not the rounded exact sum a
    // dollar away (a stranger saw $39,850 beside $39,849). Over the cap it is the cap.
    let itemized = 0;
    for (const p of places)
      for (const year of years)
        for (const filingStatus of statuses)
          for (const wages of [180_000, 333_333, 987_654]) {
            const t = takeHome({ wages, location: p.id, filingStatus, year });
            if (t.federalDeduction.kind !== 'salt' || !t.state) continue;
            itemized++;
            const counts = stateFiles[t.state]?.years[String(year)]?.payroll.filter(
              (x) => x.federalSalt.counts,
            );
            const payroll = t.statePayroll.filter((x) => counts?.some((c) => c.id === x.id));
            const lines = t.stateIncomeTax + t.localIncomeTax + payroll.reduce((a, x) => a + x.amount, 0);
            const cap = Math.round(saltCap(year, wages));
            const where = `${p.id} ${year} ${filingStatus} ${wages}`;
            const amount = t.federalDeduction.amount;
            // Never over the cap; the lines themselves unless they are within rounding of it, the cap over it.
            expect(amount, where).toBeLessThanOrEqual(cap);
            if (lines <= cap - 2) expect(amount, where).toBe(lines);
            else if (lines >= cap + 2) expect(amount, where).toBe(cap);
            else expect(Math.abs(amount - lines), where).toBeLessThanOrEqual(1);
          }
    expect(itemized).toBeGreaterThan(300);
  }, 60_000);

  it('never falls as wages rise, except where a listed state rule makes it', () => {
    for (const p of places.filter((x) => x.kind !== 'metro'))
      for (const year of years)
        for (const filingStatus of statuses) {
          let prev = -1;
          for (let wages = 0; wages <= 1_500_000; wages += 2_500) {
            const net = takeHome({ wages, location: p.id, filingStatus, year }).net;
            if (prev >= 0 && net < prev - 1) {
              const st = p.state ?? 'US';
              const where = `${p.id} ${year} ${filingStatus} at ${wages}: ${prev} → ${net}`;
              expect(allowedDrops[st], where).toBeDefined();
              expect(prev - net, where).toBeLessThanOrEqual(allowedDrops[st] as number);
            }
            prev = net;
          }
        }
  }, 60_000);

  it('names the state and the federal deduction taken, itemizing state and local tax where it is larger', () => {
    // New York City, single, $300,000 in 2026: NY and NYC income tax together pass the 16,100 standard
    // deduction, so they are itemized (under the $40,400 cap), with NY's Paid Family Leave ($411.91) and
    // disability ($31.20) contributions, which IRS's Instructions for Schedule A (line 5a) count as state
    // income tax: 20,002 + 10,534 + 412 + 31 = 30,979.
    const t = takeHome({ wages: 300_000, location: 'new-york-city', filingStatus: 'single', year: 2026 });
    expect(t.state).toBe('NY');
    expect(t.federalDeduction.kind).toBe('salt');
    expect([t.stateIncomeTax, t.localIncomeTax, t.statePayroll.map((p) => p.amount)]).toEqual([
      20_002,
      10_534,
      [412, 31],
    ]);
    expect(t.federalDeduction.amount).toBe(30_979);
    expect(t.localTaxes.map((l) => l.id)).toContain('nyc');
    // Texas has no income tax: the standard deduction.
    expect(
      takeHome({ wages: 300_000, location: 'texas', filingStatus: 'single', year: 2026 }).federalDeduction,
    ).toEqual({
      kind: 'standard',
      amount: 16_100,
    });
  });
});

describe('federal tax for 2026, worked by hand (IRS Rev. Proc. 2025-32; SSA 2026 wage base $184,500)', () => {
  it('single, $150,000 in Texas', () => {
    // Taxable 150,000 − 16,100 = 133,900: 1,240 + 4,560 + 12,166 + 24% × 28,200 = 6,768 → 24,734.
    const t = takeHome({ wages: 150_000, location: 'texas', filingStatus: 'single', year: 2026 });
    expect([t.federalIncomeTax, t.socialSecurity, t.medicare, t.net]).toEqual([
      24_734, 9_300, 2_175, 113_791,
    ]);
  });

  it('married filing jointly, $300,000 in Texas (one earner)', () => {
    // Taxable 300,000 − 32,200 = 267,800: 2,480 + 9,120 + 24,332 + 24% × 56,400 = 13,536 → 49,468.
    // Social Security 6.2% × 184,500 = 11,439; Medicare 1.45% × 300,000 + 0.9% × 50,000 = 4,800.
    const t = takeHome({ wages: 300_000, location: 'texas', filingStatus: 'married-joint', year: 2026 });
    expect([t.federalIncomeTax, t.socialSecurity, t.medicare]).toEqual([49_468, 11_439, 4_800]);
  });

  it('single, $209,000 in San Francisco: CA SDI counts with the state tax, so SALT beats the standard', () => {
    // CA (FTB 2026 schedule X): taxable 209,000 − 5,877 = 203,123 → 114.11 + 312.82 + 625.76 + 994.32 +
    // 1,251.04 + 9.3% × 128,217 = 11,924.18 → 15,222.23, less the 158 exemption credit = 15,064.23.
    // SDI 1.3% × 209,000 = 2,717 (Schedule A line 5a: the CA disability fund counts as income tax).
    // SALT 17,781.23 > 16,100 standard. Federal: taxable 191,218.77 → 1,240 + 4,560 + 12,166 +
    // 24% × 85,518.77 = 20,524.50 → 38,490.50 → 38,491; with the standard deduction alone it was 38,894.
    const t = takeHome({ wages: 209_000, location: 'san-francisco', filingStatus: 'single', year: 2026 });
    expect([t.stateIncomeTax, t.statePayroll[0]?.amount]).toEqual([15_064, 2_717]);
    expect(t.federalDeduction).toEqual({ kind: 'salt', amount: 17_781 });
    expect(t.federalIncomeTax).toBe(38_491);
  });

  it('itemizes Paid Leave Oregon (Rev. Rul. 2025-4) and the statewide transit tax (ORS 320.550) in SALT', () => {
    // Portland, single, $200,000 in 2026: Oregon's income tax is well over the 16,100 standard deduction,
    // so SALT is itemized: the state and local income taxes, Paid Leave Oregon (0.6% × the 184,500 wage
    // base = 1,107) and the 0.1% statewide transit tax (200), a state tax on wages that Oregon DOR says
    // goes on federal Schedule A.
    const p = takeHome({
      wages: 200_000,
      location: 'metro-portland-vancouver-hillsboro-or-wa',
      filingStatus: 'single',
      year: 2026,
    });
    const amount = (id: string) => p.statePayroll.find((x) => x.id === id)?.amount;
    expect([amount('or-pfml'), amount('or-transit')]).toEqual([1_107, 200]);
    expect(p.federalDeduction.kind).toBe('salt');
    const counted = p.stateIncomeTax + p.localIncomeTax + 1_107 + 200;
    expect(p.federalDeduction.amount).toBe(counted);
  });

  it('phases the SALT cap down over $505,000 of AGI, not below $10,000', async () => {
    const { saltCap } = await import('../../src/model/tax');
    // 40,400 − 30% × (520,000 − 505,000) = 35,900; at $1 million: 40,400 − 148,500 < 10,000 → 10,000.
    expect(saltCap(2026, 520_000)).toBe(35_900);
    expect(saltCap(2026, 1_000_000)).toBe(10_000);
    // 2025: 40,000 − 30% × (600,000 − 500,000) = 10,000.
    expect(saltCap(2025, 600_000)).toBe(10_000);
    const nyc = takeHome({ wages: 520_000, location: 'new-york-city', filingStatus: 'single', year: 2026 });
    expect(nyc.federalDeduction).toEqual({ kind: 'salt', amount: 35_900 });
  });
});
