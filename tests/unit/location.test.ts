import { describe, expect, it } from 'vitest';
import { figureValue } from '../../src/data';
import { defaultAssumptions, resolveAssumptions } from '../../src/model/assumptions';
import { estimate } from '../../src/model/estimate';
import type { Profile } from '../../src/model/types';

const p = (location: string, over: Partial<Profile> = {}): Profile => ({
  level: 'mid',
  location,
  tier: 'market',
  specialization: 'general',
  ...over,
});
const factor = (location: string, over: Partial<Profile> = {}, a = defaultAssumptions) =>
  estimate(p(location, over), a).factors.find((f) => f.id === 'location');

describe('the location factor for any place', () => {
  it('needs the place data for a place beyond the seed’s ten, and says so', () => {
    // This file has not loaded src/model/places.ts yet: only the seed's ten ids are known.
    expect(() => estimate(p('metro-raleigh-cary-nc'))).toThrow(/not loaded yet/);
    expect(factor('seattle')?.value).toBeCloseTo(173_517 / 157_969, 12);
  });

  it('fits places the seed does not name to their price parity: (RPP ÷ 100)^β', async () => {
    const { fitLocationBeta } = await import('../../src/model/places');
    // Raleigh-Cary, NC: RPP 97.989 → 0.97989^0.7534 = 0.98481; mid typical 155,199.5 × 0.98481 = 152,842.
    const raleigh = factor('metro-raleigh-cary-nc');
    expect(raleigh?.value).toBeCloseTo(0.97989 ** 0.7534, 12);
    expect(raleigh?.source).toMatchObject({ kind: 'assumption' });
    expect(raleigh?.formula).toContain('price parity 97.989');
    expect(estimate(p('metro-raleigh-cary-nc')).base.typical).toBe(Math.round(155_199.5 * 0.97989 ** 0.7534));
    // β is the assumption's value, and its default is the least-squares fit (to four decimals).
    const fit = fitLocationBeta((id) => figureValue(id) / figureValue('tc-average-base'));
    expect(defaultAssumptions['location-beta']).toBeCloseTo(fit, 4);
    const steep = factor('metro-raleigh-cary-nc', {}, resolveAssumptions({ 'location-beta': 1 }));
    expect(steep?.value).toBeCloseTo(0.97989, 12);
  });

  it('uses the seed’s own figure where it names the place, and a seed state’s figure for its other places', async () => {
    await import('../../src/model/places');
    // "Texas (Austin, Dallas)": Austin's metro takes the Texas figure, as data.
    expect(factor('metro-austin-round-rock-georgetown-tx')).toMatchObject({
      value: 150_000 / 157_969,
      source: { kind: 'data' },
    });
    // Boston is in Massachusetts: the state's figure is lent, labelled as such.
    const boston = factor('metro-boston-cambridge-newton-ma-nh');
    expect(boston?.value).toBeCloseTo(155_000 / 157_969, 12);
    expect(boston?.formula).toContain('lent');
    expect(boston?.source.assumptions).toContain("A seed state's figure is lent to its other places");
    // Illinois's figure is Chicago's: the rest of Illinois is fitted.
    expect(factor('state-il')?.source.kind).toBe('assumption');
    // A metro spanning states lends the figure of the state lived in: Philadelphia's metro from New
    // Jersey has none (fitted); Portland-Vancouver from Washington takes Washington's.
    expect(factor('metro-portland-vancouver-hillsboro-or-wa')?.source.kind).toBe('assumption');
    expect(factor('metro-portland-vancouver-hillsboro-or-wa', { state: 'WA' })?.value).toBeCloseTo(
      160_000 / 157_969,
      12,
    );
  });
});
