// Importing a file "to add to mine" (Settings): nothing on this device is lost or overwritten.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs, type OfferRecord } from '../../src/model/domain';
import { mergeImport, mergeMessage } from '../../src/storage/mergeImport';

const offer = (id: string, company: string, base: string, updatedAt = 1): OfferRecord =>
  ({
    id,
    company,
    profile: defaultInputs,
    fields: { base } as OfferRecord['fields'],
    createdAt: 1,
    updatedAt,
  }) as OfferRecord;

let k = 0;
const newId = () => `new-${++k}`;

describe('mergeImport', () => {
  it('keeps an offer edited since the export and adds the file’s beside it, marked', () => {
    const mine = [offer('a', 'Series C', '205000', 9), offer('b', 'Databricks', '215000')];
    const file = [
      offer('a', 'Series C', '190000', 1),
      offer('b', 'Databricks', '215000', 5),
      offer('c', 'New', '1'),
    ];
    const r = mergeImport({ scenarios: [], offers: mine }, { scenarios: [], offers: file }, newId);
    expect(r.offers.map((o) => [o.company, o.fields.base])).toEqual([
      ['Series C', '205000'],
      ['Databricks', '215000'],
      ['Series C (imported)', '190000'],
      ['New', '1'],
    ]);
    expect(r.count.offers).toEqual({ added: 1, same: 1, copies: 1 });
    expect(mergeMessage(r.count)).toBe(
      'Added 2 offers. 1 of them, marked “(imported)”, is the file’s version of one that differs from yours. Yours is kept beside it. 1 offer already here, unchanged.',
    );
  });

  it('importing the same file again adds no second copy', () => {
    const mine = [offer('a', 'Series C', '205000', 9)];
    const file = { scenarios: [], offers: [offer('a', 'Series C', '190000', 1)] };
    const once = mergeImport({ scenarios: [], offers: mine }, file, newId);
    const twice = mergeImport(once, file, newId);
    expect(twice.offers.map((o) => o.company)).toEqual(['Series C', 'Series C (imported)']);
    expect(mergeMessage(twice.count)).toBe('Nothing new to add. 1 offer already here, unchanged.');
  });

  it('says when a file adds nothing, and counts copies of scenarios and offers together', () => {
    const none = { added: 0, same: 0, copies: 0 };
    expect(mergeMessage({ scenarios: { ...none, same: 2 }, offers: { ...none, same: 1 } })).toBe(
      'Nothing new to add. 2 scenarios and 1 offer already here, unchanged.',
    );
    expect(mergeMessage({ scenarios: { ...none, copies: 1 }, offers: { ...none, copies: 2 } })).toBe(
      'Added 1 scenario and 2 offers, marked “(imported)”: the file’s versions of ones that differ from yours. Yours are kept beside them.',
    );
  });

  it('marks a copy within the 80-character name limit', () => {
    const long = 'x'.repeat(80);
    const r = mergeImport(
      { scenarios: [], offers: [offer('a', long, '1')] },
      { scenarios: [], offers: [offer('a', long, '2')] },
      newId,
    );
    const copy = r.offers[1] as OfferRecord;
    expect(copy.company).toHaveLength(80);
    expect(copy.company.endsWith(' (imported)')).toBe(true);
  });

  it('never drops or changes a record of this device, and holds every record of the file (random lists)', () => {
    const rec = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      base: fc.constantFrom('1', '2'),
      t: fc.nat(9),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(rec, { selector: (r) => r.id }),
        fc.uniqueArray(rec, { selector: (r) => r.id }),
        (m, t) => {
          const mine = m.map((r) => offer(r.id, r.id, r.base, r.t));
          const theirs = t.map((r) => offer(r.id, r.id, r.base, r.t));
          const r = mergeImport({ scenarios: [], offers: mine }, { scenarios: [], offers: theirs }, newId);
          expect(r.offers.slice(0, mine.length)).toEqual(mine);
          for (const f of theirs)
            expect(
              r.offers.some((o) => o.fields.base === f.fields.base && o.company.startsWith(f.company)),
            ).toBe(true);
          expect(new Set(r.offers.map((o) => o.id)).size).toBe(r.offers.length);
          const c = r.count.offers;
          expect(c.added + c.same + c.copies).toBe(theirs.length);
          expect(r.offers.length).toBe(mine.length + c.added + c.copies);
        },
      ),
      { numRuns: 500 },
    );
  });
});
