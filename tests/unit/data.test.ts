import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import assumptionsJson from '../../data/assumptions.json' with { type: 'json' };
import salariesJson from '../../data/salaries.json' with { type: 'json' };
import { AssumptionDataSchema, SalaryDataSchema } from '../../src/data/schema';
import { anchors } from '../../src/model/calibration';

const seedPath = fileURLToPath(new URL('../../../shared/seed/000_0573b33375e174a3.txt', import.meta.url));

describe('data/salaries.json', () => {
  it('passes its schema', () => {
    const r = v.safeParse(SalaryDataSchema, salariesJson);
    expect(r.issues?.map((i) => i.message) ?? []).toEqual([]);
  });

  it('rejects a figure without a year or with a negative value', () => {
    const bad = structuredClone(salariesJson) as { figures: Record<string, unknown>[] };
    delete (bad.figures[0] as Record<string, unknown>).year;
    expect(v.safeParse(SalaryDataSchema, bad).success).toBe(false);
    const neg = structuredClone(salariesJson) as { figures: Record<string, unknown>[] };
    (neg.figures[1] as Record<string, unknown>).value = -5;
    expect(v.safeParse(SalaryDataSchema, neg).success).toBe(false);
  });

  it('copies every number from the seed, in the section it names', () => {
    // The seed sits beside the repository (../shared/seed); without it this check cannot run, and a
    // check that quietly skips would pass for the wrong reason, so it fails and says what is missing.
    if (!existsSync(seedPath))
      expect.fail('The seed ../shared/seed/000_0573b33375e174a3.txt is missing; this test needs it.');
    const seed = readFileSync(seedPath, 'utf8');
    for (const f of v.parse(SalaryDataSchema, salariesJson).figures) {
      const heading = (f.section.split(' › ')[1] ?? f.section).trim();
      const at = seed.indexOf(heading);
      expect(at, `section "${heading}" of ${f.id}`).toBeGreaterThanOrEqual(0);
      const nums = f.kind === 'range' ? [f.low, f.high] : [f.value];
      for (const n of nums) {
        const text = f.unit === 'USD/year' ? `$${n.toLocaleString('en-US')}` : `${n}`;
        expect(seed.indexOf(text, at), `${f.id}: ${text} after "${heading}"`).toBeGreaterThan(at);
      }
    }
  });

  it('has every salary figure compared with the model in the calibration table', () => {
    const used = new Set(anchors.map((a) => a.figureId));
    const salaryFigures = salariesJson.figures.filter((f) => f.unit !== 'years').map((f) => f.id);
    expect(salaryFigures.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('data/assumptions.json', () => {
  it('passes its schema', () => {
    const r = v.safeParse(AssumptionDataSchema, assumptionsJson);
    expect(r.issues?.map((i) => i.message) ?? []).toEqual([]);
  });

  it('rejects a default outside its own bounds', () => {
    const bad = structuredClone(assumptionsJson);
    (bad.assumptions[0] as { value: number | null }).value = 1000;
    expect(v.safeParse(AssumptionDataSchema, bad).success).toBe(false);
  });

  it('takes the distinguished years span from the seed figure, and assumes the others', async () => {
    const f = salariesJson.figures.find((x) => x.id === 'years-distinguished') as {
      low: number;
      high: number;
    };
    const { levelSpan, defaultAssumptions } = await import('../../src/model');
    expect(levelSpan('distinguished', defaultAssumptions)).toEqual({
      from: f.low,
      to: f.high,
      fromSeed: true,
    });
    expect(levelSpan('senior', defaultAssumptions)).toEqual({ from: 5, to: 10, fromSeed: false });
  });

  it('lists every modelling choice with its value and why, and every choice with its options', () => {
    const d = v.parse(AssumptionDataSchema, assumptionsJson);
    expect(d.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['band-rule', 'averages-are-mid', 'market-share-every-level', 'us-band-held']),
    );
    const bad = structuredClone(assumptionsJson) as { assumptions: { id: string; value: number | null }[] };
    (bad.assumptions.find((a) => a.id === 'top-tech-reading') as { value: number }).value = 0.5;
    expect(v.safeParse(AssumptionDataSchema, bad).success).toBe(false);
  });
});

describe('data/federal.json, data/states/*.json and data/places.json', () => {
  it('pass their schemas: every state and DC for 2025 and 2026, every part with its source', async () => {
    const { FederalDataSchema, PlacesDataSchema, StateFileSchema } = await import('../../src/data/schema');
    const federal = (await import('../../data/federal.json', { with: { type: 'json' } })).default;
    const places = (await import('../../data/places.json', { with: { type: 'json' } })).default;
    const { stateFiles } = await import('../../src/model/states/data');
    // The files themselves (the app's build strips their source texts, which the schema requires here).
    const stateFile = (st: string): unknown =>
      JSON.parse(
        readFileSync(new URL(`../../data/states/${st.toLowerCase()}.json`, import.meta.url), 'utf8'),
      );
    const issues = (r: { issues?: { path?: { key: unknown }[]; message: string }[] }) =>
      r.issues?.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`) ?? [];
    expect(issues(v.safeParse(FederalDataSchema, federal))).toEqual([]);
    expect(issues(v.safeParse(PlacesDataSchema, places))).toEqual([]);
    const states = places.places.filter((p) => p.kind === 'state').map((p) => p.state as string);
    expect(Object.keys(stateFiles).sort()).toEqual([...states].sort());
    for (const st of states) expect(issues(v.safeParse(StateFileSchema, stateFile(st))), st).toEqual([]);
    // What the model reads (`?nosources`, vite.config.ts) is each file with its texts for the reader
    // (source, note, $comment) left out: every figure, label and projection note the same.
    const texts = new Set(['source', 'note', '$comment']);
    const figures = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(figures)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.entries(x)
                .filter(([k]) => !texts.has(k))
                .map(([k, y]) => [k, figures(y)]),
            )
          : x;
    for (const st of states) expect(stateFiles[st], st).toEqual(figures(stateFile(st)));
    expect(stateFiles.CA).toHaveProperty('years.2025.incomeTax.brackets.single');
    expect(JSON.stringify(stateFiles.NY)).not.toContain('"source"');
  });

  it('names the price parities’ source and year from their file without the place list (?meta)', async () => {
    const { taxSources } = await import('../../src/model/taxSources');
    const { default: meta } = await import('../../data/places.json?meta');
    const file = JSON.parse(readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8'));
    expect(taxSources.parity).toEqual({ source: file.source, dataYear: file.dataYear });
    expect(Object.keys(meta).sort()).toEqual(['dataYear', 'source']);
  });

  it('says of every state payroll program whether federal itemizing counts it, and on what authority', async () => {
    const { stateFiles } = await import('../../src/model/states/data');
    const counted: string[] = [];
    const byId = new Map<string, boolean>();
    for (const st of Object.keys(stateFiles)) {
      const file = JSON.parse(
        readFileSync(new URL(`../../data/states/${st.toLowerCase()}.json`, import.meta.url), 'utf8'),
      ) as {
        years: Record<
          string,
          { payroll: { id: string; federalSalt: { counts: boolean; source: string } }[] }
        >;
      };
      for (const [year, y] of Object.entries(file.years))
        for (const p of y.payroll) {
          const { counts, source } = p.federalSalt;
          // Counted: on the authority of IRS's Schedule A instructions (line 5a), Rev. Rul. 2025-4 or, for
          // a state tax on wages, the statute and the state's word. Left out: says so.
          expect(source, `${p.id} ${year}`).toMatch(
            counts ? /Schedule A|Rev\. Rul\. 2025-4|§164\(a\)\(3\)/ : /^Not counted/,
          );
          // The same answer in every year.
          expect(byId.get(p.id) ?? counts, `${p.id} ${year}`).toBe(counts);
          byId.set(p.id, counts);
          if (counts && year === '2026') counted.push(p.id);
        }
    }
    // The funds line 5a names (disability, unemployment, family leave) and the state PFML funds of the ruling.
    expect(counted.sort()).toEqual(
      [
        'ak-ui',
        'ca-sdi',
        'co-famli',
        'ct-pl',
        'de-pl',
        'ma-pfml',
        'me-pfml',
        'mn-paid-leave',
        'nj-fli',
        'nj-tdi',
        'nj-ui',
        'ny-dbl',
        'ny-pfl',
        'or-pfml',
        'or-transit',
        'pa-uc',
        'ri-tdi',
        'wa-pfml',
      ].sort(),
    );
  });

  it('the About screen names every program federal itemizing counts, and those it leaves out', async () => {
    const { stateFiles } = await import('../../src/model/states/data');
    const about = readFileSync(new URL('../../src/ui/about/AboutPage.tsx', import.meta.url), 'utf8')
      .replace(/\s+/g, ' ')
      .replace(/\{' '\}/g, ' ');
    const names: Record<string, string> = {
      AK: 'Alaska',
      CA: 'California',
      CO: 'Colorado',
      CT: 'Connecticut',
      DE: 'Delaware',
      MA: 'Massachusetts',
      ME: 'Maine',
      MN: 'Minnesota',
      NJ: 'New Jersey',
      NY: 'New York',
      OR: 'Oregon',
      PA: 'Pennsylvania',
      RI: 'Rhode Island',
      WA: 'Washington',
    };
    const kinds = {
      disability: new Set<string>(),
      unemployment: new Set<string>(),
      leave: new Set<string>(),
    };
    const other: string[] = [];
    const leftOut: string[] = [];
    for (const st of Object.keys(stateFiles)) {
      const file = JSON.parse(
        readFileSync(new URL(`../../data/states/${st.toLowerCase()}.json`, import.meta.url), 'utf8'),
      ) as { years: Record<string, { payroll: { id: string; federalSalt: { counts: boolean } }[] }> };
      for (const p of file.years['2026']?.payroll ?? []) {
        if (!p.federalSalt.counts) leftOut.push(p.id);
        else if (/-(sdi|tdi|dbl|fli|pfl)$/.test(p.id)) kinds.disability.add(st);
        else if (/-(ui|uc)$/.test(p.id)) kinds.unemployment.add(st);
        else if (/-(pfml|pl|famli|paid-leave)$/.test(p.id)) kinds.leave.add(st);
        else other.push(p.id);
      }
    }
    const list = (sts: Set<string>) => {
      const n = [...sts].map((st) => names[st] ?? st).sort();
      return n.length > 1 ? `${n.slice(0, -1).join(', ')} and ${n.at(-1)}` : n.join('');
    };
    kinds.disability.delete('CA');
    expect(about).toContain('California’s SDI');
    expect(about).toContain(`the disability and family-leave contributions of ${list(kinds.disability)}`);
    expect(about).toContain(`the employee unemployment contributions of ${list(kinds.unemployment)}`);
    expect(about).toContain(`the paid-leave premiums of ${list(kinds.leave)}`);
    expect(other).toEqual(['or-transit']);
    expect(about).toContain('Oregon’s statewide transit tax');
    const leftOutWords: Record<string, string> = {
      'wa-cares': 'WA Cares',
      'vt-child-care': 'Vermont’s child care contribution',
      'hi-tdi': 'Hawaii’s TDI',
    };
    expect(leftOut.sort()).toEqual(Object.keys(leftOutWords).sort());
    expect(about).toContain(
      `${Object.values(leftOutWords)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')} are left out`,
    );
  });

  it('rejects brackets that do not rise, and a state part without its source', async () => {
    const { FederalDataSchema, StateFileSchema } = await import('../../src/data/schema');
    const federal = structuredClone(
      (await import('../../data/federal.json', { with: { type: 'json' } })).default,
    );
    (federal.years['2025'].brackets.single as number[][])[2] = [1, 22];
    expect(v.safeParse(FederalDataSchema, federal).success).toBe(false);
    const co = JSON.parse(readFileSync(new URL('../../data/states/co.json', import.meta.url), 'utf8')) as {
      years: Record<string, { incomeTax: { source?: string } }>;
    };
    delete (co.years['2026'] as { incomeTax: { source?: string } }).incomeTax.source;
    expect(v.safeParse(StateFileSchema, co).success).toBe(false);
  });
});
