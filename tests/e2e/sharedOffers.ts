// Offers as a share link carries them (the state in the address's fragment), for opening an offer or a
// comparison with no saved data: the browser tests' screenshots and the bench's Lighthouse runs.
import type { OfferRecord } from '../../src/model/domain';
import { emptyOfferFields } from '../../src/model/offerFields';

/** One senior, top-tech Seattle offer per base salary: "Offer 1", "Offer 2", … */
export const sharedOffers = (bases: readonly number[]): OfferRecord[] =>
  bases.map((base, i) => ({
    id: `b${i}`,
    company: `Offer ${i + 1}`,
    profile: {
      level: 'senior',
      yearsText: '7',
      location: 'seattle',
      tier: 'top-tech',
      specialization: 'general',
    },
    fields: { ...emptyOfferFields, base: String(base), bonusPct: '15', grant: '400000', refresher: '100000' },
    createdAt: i,
    updatedAt: i,
  }));
