import type { OfferRecord, Scenario } from '../model/domain';

// Importing a file "to add to mine" never loses what is on this device: a record of the file whose id is
// already here with other content (an offer edited since the export, or another device's) is added
// beside it as a copy, under a new id and a name that says so; one that is the same is left as it is, and
// so is one whose copy an earlier import of the same file already added.

const MAX_NAME = 80; // the names' limit (storage/restoreRecords.ts)
const SUFFIX = ' (imported)';

/** The record as text with its keys sorted, without when it was last saved: two saves of the same are equal. */
const canonical = (x: unknown): string =>
  JSON.stringify(x, (key, value) =>
    key === 'updatedAt'
      ? undefined
      : value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
        : value,
  );

const marked = (name: string) => `${name.slice(0, MAX_NAME - SUFFIX.length)}${SUFFIX}`;

export interface MergeCount {
  added: number;
  /** Already on this device, the same. */
  same: number;
  /** Same id as one here, other content: added as a copy (unless that copy is here: then `same`). */
  copies: number;
}

function mergeList<T extends { id: string }>(
  mine: readonly T[],
  theirs: readonly T[],
  newId: () => string,
  copy: (t: T, id: string) => T,
): { list: T[]; count: MergeCount } {
  const list = [...mine];
  const count: MergeCount = { added: 0, same: 0, copies: 0 };
  for (const t of theirs) {
    const here = list.find((m) => m.id === t.id);
    if (!here) {
      list.push(t);
      count.added++;
    } else if (canonical(here) === canonical(t)) count.same++;
    else {
      // Imported before: its marked copy is here already (under the id it was given then).
      const body = canonical(copy(t, ''));
      if (list.some((m) => canonical({ ...m, id: '' }) === body)) count.same++;
      else {
        list.push(copy(t, newId()));
        count.copies++;
      }
    }
  }
  return { list, count };
}

/** The device's scenarios and offers with the file's added (see above). */
export function mergeImport(
  mine: { scenarios: readonly Scenario[]; offers: readonly OfferRecord[] },
  theirs: { scenarios: readonly Scenario[]; offers: readonly OfferRecord[] },
  newId: () => string,
): { scenarios: Scenario[]; offers: OfferRecord[]; count: { scenarios: MergeCount; offers: MergeCount } } {
  const s = mergeList(mine.scenarios, theirs.scenarios, newId, (t, id) => ({
    ...t,
    id,
    name: marked(t.name),
  }));
  const o = mergeList(mine.offers, theirs.offers, newId, (t, id) => ({
    ...t,
    id,
    company: marked(t.company),
  }));
  return { scenarios: s.list, offers: o.list, count: { scenarios: s.count, offers: o.count } };
}

/** "1 offer", "2 offers". */
export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * What a merge did, in words: "Added 2 offers. 1 of them, marked “(imported)”, is the file’s version of
 * one that differs from yours. Yours is kept beside it. 1 scenario already here, unchanged."
 */
export function mergeMessage(c: { scenarios: MergeCount; offers: MergeCount }): string {
  const what = (n: (m: MergeCount) => number) =>
    [
      n(c.scenarios) ? plural(n(c.scenarios), 'scenario') : '',
      n(c.offers) ? plural(n(c.offers), 'offer') : '',
    ]
      .filter(Boolean)
      .join(' and ');
  const added = what((m) => m.added + m.copies);
  const copies = c.scenarios.copies + c.offers.copies;
  const all = copies === c.scenarios.added + c.offers.added + copies;
  const one = copies === 1;
  const versions = `the file’s ${one ? 'version of one' : 'versions of ones'} that differ${one ? 's' : ''} from yours`;
  const kept = `Yours ${one ? 'is' : 'are'} kept beside ${one ? 'it' : 'them'}.`;
  const parts = [
    !added
      ? 'Nothing new to add.'
      : !copies
        ? `Added ${added}.`
        : all
          ? `Added ${added}, marked “(imported)”: ${versions}. ${kept}`
          : `Added ${added}. ${copies} of them, marked “(imported)”, ${one ? 'is' : 'are'} ${versions}. ${kept}`,
  ];
  const same = what((m) => m.same);
  if (same) parts.push(`${same} already here, unchanged.`);
  return parts.join(' ');
}
