// Type-ahead search over places: what a user types ("rale", "austin", "NC", "new york") against each
// place's name, its states' codes and names; best matches first, recently used places ahead of others.
import type { Place } from './places';

export interface PlaceMatch {
  place: Place;
  /** Lower is better. */
  rank: number;
}

// Accents dropped ("Tennessée" as typed either way).
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Words typed short that the BEA names write out ("Saint Louis": St. Louis; "Ft Worth", "Mt Vernon"). */
const spelled: Readonly<Record<string, string>> = { saint: 'st', ft: 'fort', mt: 'mount' };
const own = <T>(o: Readonly<Record<string, T>>, k: string): T | undefined =>
  Object.hasOwn(o, k) ? o[k] : undefined;

/** A place's state codes, lower case. */
const codesOf = (p: Place) => (p.states ?? (p.state ? [p.state] : [])).map((s) => s.toLowerCase());

/**
 * What people type for a few metros whose BEA names do not contain it: the words searched instead. Names
 * in common use, not figures; a ZIP code is not searchable (the app has no ZIP-to-metro table).
 */
export const nicknames: Readonly<Record<string, string>> = {
  nyc: 'new york newark',
  sf: 'san francisco',
  'bay area': 'san francisco',
  'silicon valley': 'san jose',
  la: 'los angeles',
  dc: 'washington arlington',
  philly: 'philadelphia',
  // New York City's boroughs: the New York metro (Manhattan also names a metro in Kansas, listed after).
  manhattan: 'new york newark',
  brooklyn: 'new york newark',
  queens: 'new york newark',
  bronx: 'new york newark',
  'the bronx': 'new york newark',
  'staten island': 'new york newark',
  // Tech towns inside a metro named for other cities: Santa Clara County (San Jose's metro), San Mateo
  // County (San Francisco's), King County (Seattle's), Los Angeles County.
  'palo alto': 'san jose',
  'mountain view': 'san jose',
  cupertino: 'san jose',
  'menlo park': 'san francisco',
  'redwood city': 'san francisco',
  redmond: 'seattle',
  kirkland: 'seattle',
  'santa monica': 'los angeles',
};

/**
 * Places whose label, or state code, matches every word typed (each word at the start of a word of the
 * label, or anywhere in it for 3 letters or more), ranked: the label starting with the text, then a
 * word starting with it, then the rest; recent places first within a rank, then states before metros,
 * then alphabetical. A nickname ("NYC", "Brooklyn, NY") finds its metro first; one partly typed ("Brookl")
 * adds it after the rest. An empty query lists the recent places,
 * then the nation and the states.
 */
export function searchPlaces(
  all: readonly Place[],
  query: string,
  opts: { recent?: readonly string[]; limit?: number } = {},
): Place[] {
  const recent = opts.recent ?? [];
  const limit = opts.limit ?? 12;
  const typed = norm(query);
  const recentRank = (p: Place) => {
    const i = recent.indexOf(p.id);
    return i < 0 ? recent.length : i;
  };
  if (!typed) {
    const first = recent.map((id) => all.find((p) => p.id === id)).filter((p): p is Place => Boolean(p));
    const rest = all.filter((p) => p.kind !== 'metro' && !recent.includes(p.id));
    return [...first, ...rest].slice(0, limit);
  }
  const kindOrder = { nation: 0, state: 1, metro: 2 };
  const matching = (q: string): Place[] => {
    const words = q.split(' ');
    // The words as the names write them ("mt" also as "mount"; "MT" still Montana's code).
    const spelledOut = words.map((w) => own(spelled, w) ?? w);
    const q2 = spelledOut.join(' ');
    const out: PlaceMatch[] = [];
    for (const p of all) {
      const label = norm(p.label);
      const labelWords = label.split(' ');
      const codes = codesOf(p);
      const hit = (w: string) =>
        labelWords.some((lw) => lw.startsWith(w)) ||
        (w.length >= 3 && label.includes(w)) ||
        codes.includes(w);
      if (!words.every((w, i) => hit(w) || (spelledOut[i] !== w && hit(spelledOut[i] as string)))) continue;
      // A state's own code typed ("LA", "CA") ranks it with the labels that start with the text.
      const first = (lw: string) =>
        lw.startsWith(words[0] as string) || lw.startsWith(spelledOut[0] as string);
      const rank =
        (p.kind === 'state' && codes.includes(q)) || label.startsWith(q) || label.startsWith(q2)
          ? 0
          : labelWords.some(first)
            ? 1
            : 2;
      out.push({ place: p, rank });
    }
    out.sort(
      (a, b) =>
        a.rank - b.rank ||
        recentRank(a.place) - recentRank(b.place) ||
        kindOrder[a.place.kind] - kindOrder[b.place.kind] ||
        a.place.label.localeCompare(b.place.label),
    );
    return out.map((m) => m.place);
  };
  // A nickname's place first, then what the letters match as typed ("LA": Los Angeles, then Louisiana).
  // A nickname with its state ("Brooklyn, NY", or its first letter while typing) finds its place only
  // where that is one of the place's states.
  const [, named = '', code = ''] = /^(.+) ([a-z]{1,2})$/.exec(typed) ?? [];
  const exact = own(nicknames, typed);
  const withState = own(nicknames, named);
  const nick = exact
    ? matching(exact)
    : withState
      ? matching(withState).filter((p) => codesOf(p).some((c) => c.startsWith(code)))
      : [];
  // A nickname partly typed ("brookl", 4 letters or more) adds its place after what the letters match.
  const partly =
    typed.length >= 4 && !exact
      ? Object.keys(nicknames)
          .filter((k) => k.startsWith(typed))
          .flatMap((k) => matching(nicknames[k] as string))
      : [];
  return [...new Set([...nick, ...matching(typed), ...partly])].slice(0, limit);
}
