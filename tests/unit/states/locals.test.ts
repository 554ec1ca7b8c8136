// Local income taxes on wages, 2025 and 2026: each worked by hand from the tax's own publication (named
// in each case; data/locals.json has the full citations), and which taxes each place offers.
import { describe, expect, it } from 'vitest';
import localsJson from '../../../data/locals.json' with { type: 'json' };
import { place } from '../../../src/model/places';
import { localTaxesFor, localTaxFor, localTaxIds } from '../../../src/model/states/locals';

type Status = 'single' | 'married-joint';
const tax = (id: string, year: number, wages: number, filingStatus: Status = 'single', pretax401k = 0) =>
  localTaxFor(id, { year, filingStatus, wages, pretax401k });

describe('city taxes on gross wages (401(k) deferrals included), single at $150,000', () => {
  it.each([
    // Philadelphia Code § 19-1502; Revenue Dept.: 3.75% to June 2025, 3.74% from July 2025.
    // 2025: 150,000 × (3.75% + 3.74%) ÷ 2 = 5,617.50 → 5,618. 2026: 150,000 × 3.74% = 5,610.
    ['philadelphia', 5_618, 5_610],
    // Pittsburgh: EIT 3.0% (city 1% + schools 2%) = 4,500; the Local Services Tax $52, its own line.
    ['pittsburgh', 4_500, 4_500],
    ['pittsburgh-lst', 52, 52],
    // Detroit (Form 5118): (150,000 − 600 exemption) × 2.4% = 3,585.60 → 3,586.
    ['detroit', 3_586, 3_586],
    // Grand Rapids: (150,000 − 600) × 1.5% = 2,241.
    ['grand-rapids', 2_241, 2_241],
    // Ohio city codes: 150,000 × 2.5% = 3,750; Cincinnati 1.8% = 2,700; Youngstown 2.75% = 4,125.
    ['columbus', 3_750, 3_750],
    ['cleveland', 3_750, 3_750],
    ['cincinnati', 2_700, 2_700],
    ['toledo', 3_750, 3_750],
    ['akron', 3_750, 3_750],
    ['dayton', 3_750, 3_750],
    ['youngstown', 4_125, 4_125],
    // Kansas City and St. Louis earnings taxes: 1% × 150,000 = 1,500.
    ['kansas-city', 1_500, 1_500],
    ['st-louis', 1_500, 1_500],
    // Louisville Metro W-1KJC: residents 1.25% + 0.20% + 0.75% = 2.20% × 150,000 = 3,300.
    ['louisville', 3_300, 3_300],
    // LFUCG: 2.25% × 150,000 = 3,375.
    ['lexington', 3_375, 3_375],
    // Wilmington wage tax 1.25% × 150,000 = 1,875; Birmingham occupational tax 1% = 1,500.
    ['wilmington', 1_875, 1_875],
    ['birmingham', 1_500, 1_500],
    // Denver OPT: 12 months × $5.75 = 69; Aurora OPT: 12 × $2 = 24; Portland Arts Tax: $35.
    ['denver-opt', 69, 69],
    ['aurora-opt', 24, 24],
    ['portland-arts', 35, 35],
  ] as const)('%s: 2025 %i, 2026 %i', (id, y2025, y2026) => {
    expect(tax(id, 2025, 150_000)).toBe(y2025);
    expect(tax(id, 2026, 150_000)).toBe(y2026);
  });

  it('a 401(k) deferral does not lower a wage tax (Ohio qualifying wages are Medicare wages)', () => {
    // Columbus: 2.5% × 150,000 = 3,750 with or without a 23,500 deferral.
    expect(tax('columbus', 2026, 150_000, 'single', 23_500)).toBe(3_750);
  });

  it('married filing jointly at $300,000 (one earner)', () => {
    // Detroit: (300,000 − 2 × 600) × 2.4% = 7,171.20 → 7,171. Pittsburgh EIT: 300,000 × 3% = 9,000.
    expect(tax('detroit', 2025, 300_000, 'married-joint')).toBe(7_171);
    expect(tax('pittsburgh', 2026, 300_000, 'married-joint')).toBe(9_000);
    // Portland Arts Tax: one income-earning adult, one $35 (the non-earning spouse owes none).
    expect(tax('portland-arts', 2026, 300_000, 'married-joint')).toBe(35);
  });

  it('flat head taxes start at their wage floors', () => {
    // Pittsburgh LST: none below $12,000 earned; $52 from 12,000.
    expect([tax('pittsburgh-lst', 2025, 11_999), tax('pittsburgh-lst', 2025, 12_000)]).toEqual([0, 52]);
    // Denver: $500 a month (6,000 a year) before the $5.75 monthly tax is owed.
    expect([tax('denver-opt', 2025, 5_999), tax('denver-opt', 2025, 6_000)]).toEqual([0, 69]);
  });
});

describe('working in a city and living elsewhere: the non-resident terms', () => {
  const work = (id: string, year: number, wages: number, filingStatus: Status = 'single') =>
    localTaxFor(id, { year, filingStatus, wages }, 'work');

  it.each([
    // Philadelphia Revenue Dept. (Wage Tax, non-residents): 3.44% to June 2025, 3.43% from July 2025.
    // 2025: 150,000 × (3.44% + 3.43%) ÷ 2 = 5,152.50 → 5,153. 2026: 150,000 × 3.43% = 5,145.
    ['philadelphia', 5_153, 5_145],
    // Yonkers, Form Y-203 line 6: 0.5% of wages earned there = 750 (no exclusion above $30,000).
    ['yonkers', 750, 750],
    // Detroit, MCL 141.503: non-residents half the resident rate: (150,000 − 600) × 1.2% = 1,792.80 → 1,793.
    ['detroit', 1_793, 1_793],
    // Grand Rapids: (150,000 − 600) × 0.75% = 1,120.50 → 1,121 (half up).
    ['grand-rapids', 1_121, 1_121],
    // Louisville Metro, W-1KJC: non-residents 1.45% = 2,175.
    ['louisville', 2_175, 2_175],
    // Ohio and Missouri cities tax wages earned there at the same rate: Columbus 2.5% = 3,750; KC 1% = 1,500.
    ['columbus', 3_750, 3_750],
    ['kansas-city', 1_500, 1_500],
    // Taxes on residents only: New York City, Pittsburgh's EIT, Portland's Arts Tax owe nothing.
    ['nyc', 0, 0],
    ['pittsburgh', 0, 0],
    ['portland-arts', 0, 0],
    // Taxes on work there: Denver's $69, Pittsburgh's $52 LST, whoever works there.
    ['denver-opt', 69, 69],
    ['pittsburgh-lst', 52, 52],
  ])('%s: 2025 %i, 2026 %i', (id, y2025, y2026) => {
    expect([work(id, 2025, 150_000), work(id, 2026, 150_000)]).toEqual([y2025, y2026]);
  });

  it('married at $300,000: Philadelphia non-resident 300,000 × 3.43% = 10,290; Detroit (300,000 − 1,200) × 1.2% = 3,585.60 → 3,586', () => {
    expect(work('philadelphia', 2026, 300_000, 'married-joint')).toBe(10_290);
    expect(work('detroit', 2026, 300_000, 'married-joint')).toBe(3_586);
  });
});

describe('New York City and Yonkers, on New York taxable income and tax', () => {
  it('NYC, single at $150,000 (IT-201-I 2025 NYC rate schedule, lines 69 and 69a)', () => {
    // NY taxable income 150,000 − 8,000 = 142,000. Tax: 12,000 × 3.078% = 369.36; 13,000 × 3.762% = 489.06;
    // 25,000 × 3.819% = 954.75; 92,000 × 3.876% = 3,565.92; total 5,379.09. School credit 63 (AGI ≤ 250,000);
    // rate reduction 21 + 0.228% × 130,000 = 317.40. 5,379.09 − 63 − 317.40 = 4,998.69 → 4,999.
    // 2026: the same schedule, standard deduction and credits.
    expect(tax('nyc', 2025, 150_000)).toBe(4_999);
    expect(tax('nyc', 2026, 150_000)).toBe(4_999);
  });

  it('NYC, married at $300,000: no fixed school credit above $250,000 AGI; the joint rate reduction', () => {
    // Taxable 300,000 − 16,050 = 283,950. Tax: 21,600 × 3.078% = 664.848; 23,400 × 3.762% = 880.308;
    // 45,000 × 3.819% = 1,718.55; 193,950 × 3.876% = 7,517.502; total 10,781.208. Rate reduction (joint,
    // taxable ≤ 500,000): 37 + 0.228% × 262,350 = 635.158. 10,781.208 − 635.158 = 10,146.05 → 10,146.
    expect(tax('nyc', 2025, 300_000, 'married-joint')).toBe(10_146);
    expect(tax('nyc', 2026, 300_000, 'married-joint')).toBe(10_146);
  });

  it('NYC, single at $600,000: above $500,000 of taxable income no rate reduction', () => {
    // Taxable 592,000: 369.36 + 489.06 + 954.75 + 542,000 × 3.876% (21,007.92) = 22,821.09 → 22,821.
    expect(tax('nyc', 2025, 600_000)).toBe(22_821);
  });

  it('Yonkers surcharge, single at $100,000 (IT-201-I line 55: 16.75% of net New York State tax)', () => {
    // NY taxable 92,000, AGI under 107,650 (no recapture). 2025 (4 / 4.5 / 5.25 / 5.5 / 6%): 340 + 144 +
    // 115.50 + 3,671.25 + 11,350 × 6% (681) = 4,951.75; × 16.75% = 829.42 → 829. 2026 (Tax Law § 601 as
    // amended in 2025: 3.9 / 4.4 / 5.15 / 5.4 / 5.9%): 331.50 + 140.80 + 113.30 + 3,604.50 + 669.65 =
    // 4,859.75; × 16.75% = 814.01 → 814.
    expect(tax('yonkers', 2025, 100_000)).toBe(829);
    expect(tax('yonkers', 2026, 100_000)).toBe(814);
  });
});

describe('Portland: Metro SHS and Multnomah PFA on Oregon taxable income', () => {
  it('single at $150,000: no federal tax subtraction at AGI ≥ 145,000', () => {
    // 2025: Oregon taxable 150,000 − 2,835 = 147,165. SHS 1% × 22,165 = 221.65 → 222; PFA 1.5% × 22,165 =
    // 332.475 → 332. 2026 (standard deduction 2,895, projected by Oregon's indexing): taxable 147,105;
    // SHS 221.05 → 221; PFA 331.575 → 332.
    expect([tax('metro-shs', 2025, 150_000), tax('multnomah-pfa', 2025, 150_000)]).toEqual([222, 332]);
    expect([tax('metro-shs', 2026, 150_000), tax('multnomah-pfa', 2026, 150_000)]).toEqual([221, 332]);
  });

  it('married at $300,000: second PFA band not reached (joint $400,000)', () => {
    // 2025: 300,000 − 5,670 = 294,330; SHS 1% × 94,330 = 943.30 → 943; PFA 1.5% × 94,330 = 1,414.95 → 1,415.
    // 2026: 300,000 − 5,790 = 294,210; SHS 942.10 → 942; PFA 1,413.15 → 1,413.
    expect([
      tax('metro-shs', 2025, 300_000, 'married-joint'),
      tax('multnomah-pfa', 2025, 300_000, 'married-joint'),
    ]).toEqual([943, 1_415]);
    expect([
      tax('metro-shs', 2026, 300_000, 'married-joint'),
      tax('multnomah-pfa', 2026, 300_000, 'married-joint'),
    ]).toEqual([942, 1_413]);
  });

  it('single at $135,000, 2025: Oregon subtracts federal tax up to the $3,400 cap of its AGI band', () => {
    // Federal tax on 119,250: 1,192.50 + 4,386 + 12,072.50 + 3,816 = 21,467 > cap 3,400 (AGI 135,000–139,999).
    // Oregon taxable 135,000 − 3,400 − 2,835 = 128,765; SHS 1% × 3,765 = 37.65 → 38; PFA 1.5% = 56.475 → 56.
    expect([tax('metro-shs', 2025, 135_000), tax('multnomah-pfa', 2025, 135_000)]).toEqual([38, 56]);
  });
});

describe('Maryland counties on Maryland taxable income', () => {
  it('Baltimore City, single at $150,000 (2025 local rate chart: 3.20%)', () => {
    // 2025: 150,000 − 3,350 standard deduction − 800 exemption (AGI 125,001–150,000) = 145,850 × 3.2% =
    // 4,667.20 → 4,667. 2026 (standard deduction 3,400, indexed as projected in data/states/md.json;
    // county rate carried forward): 145,800 × 3.2% = 4,665.60 → 4,666.
    expect(tax('md-baltimore-city', 2025, 150_000)).toBe(4_667);
    expect(tax('md-baltimore-city', 2026, 150_000)).toBe(4_666);
  });

  it('Montgomery County, married at $300,000: no exemption above $200,000 AGI', () => {
    // 2025: 300,000 − 6,700 = 293,300 × 3.2% = 9,385.60 → 9,386. 2026: 300,000 − 6,850 = 293,150 → 9,380.80 → 9,381.
    expect(tax('md-montgomery', 2025, 300_000, 'married-joint')).toBe(9_386);
    expect(tax('md-montgomery', 2026, 300_000, 'married-joint')).toBe(9_381);
  });

  it('Cecil County 2.74%, single at $150,000', () => {
    // 145,850 × 2.74% = 3,996.29 → 3,996.
    expect(tax('md-cecil', 2025, 150_000)).toBe(3_996);
  });
});

describe('Indiana counties on Indiana AGI less exemptions', () => {
  it('Marion County 2.02% (2025 county rate chart), single at $150,000 and married at $300,000', () => {
    // Single: (150,000 − 1,000) × 2.02% = 3,009.80 → 3,010. Married: (300,000 − 2,000) × 2.02% = 6,019.60 → 6,020.
    // 2026: the same exemption; the county rate carried forward (projected).
    expect(tax('in-marion', 2025, 150_000)).toBe(3_010);
    expect(tax('in-marion', 2026, 150_000)).toBe(3_010);
    expect(tax('in-marion', 2025, 300_000, 'married-joint')).toBe(6_020);
    // Allen County 1.59%: 149,000 × 1.59% = 2,369.10 → 2,369; a 401(k) deferral lowers Indiana AGI:
    // (150,000 − 20,000 − 1,000) × 1.59% = 2,051.10 → 2,051.
    expect(tax('in-allen', 2025, 150_000)).toBe(2_369);
    expect(tax('in-allen', 2025, 150_000, 'single', 20_000)).toBe(2_051);
  });
});

describe('which local taxes a place has', () => {
  const ids = (r: { id: string; defaultOn: boolean }[]) => r.map((t) => [t.id, t.defaultOn]);

  it('New York: NYC on by default, Yonkers offered off; none in the New Jersey part', () => {
    const ny = localTaxesFor('metro-new-york-newark-jersey-city-ny-nj-pa', 'NY');
    expect([ny.always, ids(ny.city)]).toEqual([
      [],
      [
        ['nyc', true],
        ['yonkers', false],
      ],
    ]);
    expect(localTaxesFor('new-york-city', 'NY')).toEqual(ny);
    expect(localTaxesFor('metro-new-york-newark-jersey-city-ny-nj-pa', 'NJ')).toEqual({
      always: [],
      city: [],
    });
  });

  it('Philadelphia by state: the wage tax (PA), Wilmington (DE), Cecil County (MD)', () => {
    const id = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';
    expect(ids(localTaxesFor(id, 'PA').city)).toEqual([['philadelphia', true]]);
    expect(ids(localTaxesFor(id, 'DE').city)).toEqual([['wilmington', true]]);
    expect(localTaxesFor(id, 'MD').always.map((t) => t.id)).toEqual(['md-cecil']);
  });

  it('Baltimore: Baltimore City always, said to be an assumption', () => {
    const [t] = localTaxesFor('metro-baltimore-columbia-towson-md', 'MD').always;
    expect([t?.id, t?.assumption]).toEqual([
      'md-baltimore-city',
      "Baltimore City, the metro's principal city",
    ]);
  });

  it('Pittsburgh: the resident EIT and the LST on work there, both on', () => {
    const pgh = localTaxesFor('metro-pittsburgh-pa', 'PA').city;
    expect(pgh.map((t) => [t.id, t.defaultOn, t.who])).toEqual([
      ['pittsburgh', true, 'residents'],
      ['pittsburgh-lst', true, 'workers'],
    ]);
  });

  it('Indianapolis: Marion County always; Portland: Arts Tax, Metro SHS and PFA, all on', () => {
    expect(localTaxesFor('metro-indianapolis-carmel-anderson-in', 'IN').always.map((t) => t.id)).toEqual([
      'in-marion',
    ]);
    const pdx = 'metro-portland-vancouver-hillsboro-or-wa';
    expect(ids(localTaxesFor(pdx, 'OR').city)).toEqual([
      ['portland-arts', true],
      ['metro-shs', true],
      ['multnomah-pfa', true],
    ]);
    expect(localTaxesFor(pdx, 'WA')).toEqual({ always: [], city: [] });
  });

  it('state places: Maryland assumes Montgomery County, Indiana Marion County; others none', () => {
    expect(localTaxesFor('state-md', 'MD').always.map((t) => [t.id, t.assumption])).toEqual([
      ['md-montgomery', "Montgomery County, Maryland's most populous county"],
    ]);
    expect(localTaxesFor('state-in', 'IN').always.map((t) => t.id)).toEqual(['in-marion']);
    for (const [p, s] of [
      ['state-tx', 'TX'],
      ['us', 'CA'],
      ['metro-austin-round-rock-georgetown-tx', 'TX'],
      ['state-ny', 'NY'],
    ]) {
      expect(localTaxesFor(p as string, s as string)).toEqual({ always: [], city: [] });
    }
  });

  it('every place named in the data exists, and lies in the tax’s state', () => {
    const data = localsJson as unknown as {
      taxes: { state: string; places: Record<string, boolean> }[];
      counties: { state: string; places: Record<string, string[]> }[];
    };
    for (const t of [...data.taxes, ...data.counties]) {
      for (const p of Object.keys(t.places)) expect(place(p).states ?? [place(p).state]).toContain(t.state);
    }
  });
});

describe('every local tax', () => {
  it('is finite, whole and never negative, both years and statuses, $0 to $10M', () => {
    for (const { id } of localTaxIds) {
      for (const year of [2025, 2026]) {
        for (const s of ['single', 'married-joint'] as const) {
          for (const w of [0, 1, 5_000, 60_000, 150_000, 499_999, 2_000_000, 10_000_000]) {
            const t = tax(id, year, w, s);
            expect(Number.isInteger(t) && t >= 0 && t <= w, `${id} ${year} ${s} ${w}`).toBe(true);
          }
        }
      }
    }
  });

  it('throws on an unknown tax or year', () => {
    expect(() => tax('gotham', 2025, 1)).toThrow(RangeError);
    expect(() => tax('nyc', 2024, 1)).toThrow(RangeError);
  });
});
