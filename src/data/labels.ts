// The seed's names for its places, without the figures (the first screen's form names the places; the
// salary figures load with the estimate: ./index.ts).
import seedLocations from '../../data/salaries.json?labels=loc-' with { type: 'json' };

/** The label of the seed's location figure `id` ("Seattle, WA"); throws on a typo, so it fails in tests. */
export function seedLabel(id: string): string {
  const label = seedLocations.figures.find((f) => f.id === id)?.label;
  if (label === undefined) throw new Error(`Unknown seed location figure: ${id}`);
  return label;
}
