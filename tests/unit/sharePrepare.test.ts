// A shared link's offers worked out ahead of its screen (src/state/shareOpen.ts, prepareComparison): the
// screen then draws exactly what it would have worked out itself, and each link is read once.
import { describe, expect, it } from 'vitest';
import { breakEvenBase, offerOnBasis } from '../../src/model';
import { defaultInputs, type OfferRecord } from '../../src/model/domain';
import { emptyOfferFields } from '../../src/model/offerFields';
import { basisOpts, compareBasis, compareOffers, prepareComparison } from '../../src/state/compare';
import { cachedView, type OfferReady, viewOf } from '../../src/state/offers';
import { encodeShare } from '../../src/state/share';
import { openShare, prepareShare } from '../../src/state/shareOpen';

const rec = (company: string, location: string, base: string): OfferRecord => ({
  id: company,
  company,
  profile: { ...defaultInputs, location },
  fields: { ...emptyOfferFields, base, bonusPct: '10', grant: '$200k' },
  createdAt: 1,
  updatedAt: 1,
});
const offers = [rec('A', 'seattle', '$200k'), rec('B', 'san-francisco', '$215k'), rec('C', 'texas', '$185k')];

describe('a comparison worked out ahead', () => {
  it('is the comparison worked out at once, break-evens included', async () => {
    const o = {
      basis: 'after-tax' as const,
      filingStatus: 'single' as const,
      year: 2026 as const,
      pretax401k: 0,
    };
    const ahead = offers.map(viewOf) as OfferReady[];
    await prepareComparison(ahead, o);
    const fresh = offers.map(viewOf) as OfferReady[];
    const a = compareOffers(ahead, o);
    const b = compareOffers(fresh, o);
    expect(a.best).toBe(b.best);
    expect(a.offers.map((x) => [x.onBasis.fourYearAverage, x.breakEven])).toEqual(
      b.offers.map((x) => [x.onBasis.fourYearAverage, x.breakEven]),
    );
    // And each figure is the model's own.
    const best = fresh.find((v) => v.record.id === b.best) as OfferReady;
    for (const x of b.offers) {
      expect(x.onBasis.fourYearAverage).toBe(offerOnBasis(x.view.offer, o, x.view.years).fourYearAverage);
      if (x.view !== best) expect(x.breakEven).toBe(breakEvenBase(best.offer, x.view.offer, o));
    }
  });

  it('a link is read once; its offers, views and basis are the ones the screen draws', async () => {
    const hash = `#${encodeShare(offers, { basis: 'pre-tax', years: 4 })}`;
    compareBasis.value = 'after-tax-and-prices';
    await prepareShare(hash);
    const { opened } = openShare(hash);
    expect(openShare(hash).opened).toBe(opened);
    expect(opened.map((r) => r.company)).toEqual(['A', 'B', 'C']);
    expect(compareBasis.value).toBe('pre-tax');
    expect(basisOpts.value).toEqual({ basis: 'pre-tax' });
    // Another link is read anew.
    const other = `#${encodeShare(offers.slice(0, 2))}`;
    expect(openShare(other).opened).toHaveLength(2);
    expect(cachedView(opened[0] as OfferRecord).ok).toBe(true);
  });
});
