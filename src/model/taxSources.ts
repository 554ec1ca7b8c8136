// The price parities' source and data year, without the place list (`?meta`, a plugin in vite.config.ts):
// About and Cities name them before, or without, loading the places and the tax model.
import parity from '../../data/places.json?meta' with { type: 'json' };
import type { TaxYear } from './tax';

/** Where the tax figures come from, for the screens: the default tax year and the price parities. */
export const taxSources = {
  year: 2026 as TaxYear,
  parity: { source: parity.source, dataYear: parity.dataYear },
};
