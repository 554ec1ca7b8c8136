// The seed's ten places by the ids the app has always kept (the first screen reads this: small, no data).

/**
 * The seed's ten location ids, kept valid wherever a place is taken (saved data, links, imports): each
 * names a place and the seed figure that gives its average pay.
 */
export const placeAliases: Readonly<Record<string, { place: string; figureId: string }>> = {
  us: { place: 'us', figureId: 'tc-average-base' },
  'san-francisco': { place: 'metro-san-francisco-oakland-berkeley-ca', figureId: 'loc-san-francisco' },
  'new-york-city': { place: 'metro-new-york-newark-jersey-city-ny-nj-pa', figureId: 'loc-new-york-city' },
  seattle: { place: 'metro-seattle-tacoma-bellevue-wa', figureId: 'loc-seattle' },
  california: { place: 'state-ca', figureId: 'loc-california' },
  'new-york-state': { place: 'state-ny', figureId: 'loc-new-york-state' },
  'washington-state': { place: 'state-wa', figureId: 'loc-washington-state' },
  texas: { place: 'state-tx', figureId: 'loc-texas' },
  massachusetts: { place: 'state-ma', figureId: 'loc-massachusetts' },
  chicago: { place: 'metro-chicago-naperville-elgin-il-in-wi', figureId: 'loc-chicago' },
};
