// The user's tie to a city that taxes wages: which ties each tax offers, how one city's tie displaces
// another's in an exclusive group, and what takeHome() does with them.
import { describe, expect, it } from 'vitest';
import { takeHome } from '../../src/model';
import { cityTieOptions, placeTaxChoices, withCityTie } from '../../src/model/placeTax';

const nyMetro = 'metro-new-york-newark-jersey-city-ny-nj-pa';
const denver = 'metro-denver-aurora-lakewood-co';
const choices = (id: string, cityTaxes?: string[]) =>
  placeTaxChoices(id, cityTaxes ? { cityTaxes } : undefined).city;

describe('ties to a city', () => {
  it('a residents’ tax asks only about living there; a tax on both, also about working there only', () => {
    const [nyc, yonkers] = choices(nyMetro);
    expect(nyc && cityTieOptions(nyc)).toEqual(['live-work', 'none']);
    expect(yonkers && cityTieOptions(yonkers)).toEqual(['live-work', 'work', 'none']);
    const [den] = choices(denver);
    expect(den && cityTieOptions(den)).toEqual(['live-work', 'none']);
    const [louisville] = choices('metro-louisville-jefferson-county-ky-in');
    expect(louisville && cityTieOptions(louisville)).toEqual(['live-work', 'work', 'none']);
  });

  it('New York City and Yonkers: one lives in one of them at most, and may work in the other', () => {
    // Defaults: NYC lived in, Yonkers not.
    expect(withCityTie(choices(nyMetro), 'yonkers', 'work')).toEqual(['nyc', 'yonkers:work']);
    // Living in Yonkers means not living in New York City.
    expect(withCityTie(choices(nyMetro), 'yonkers', 'live-work')).toEqual(['yonkers']);
    expect(withCityTie(choices(nyMetro, ['yonkers']), 'nyc', 'live-work')).toEqual(['nyc']);
    // A tie a tax cannot take counts as none: New York City has no tax on those who only work there.
    expect(withCityTie(choices(nyMetro), 'nyc', 'work')).toEqual([]);
  });

  it('Denver and Aurora: one works in one of them', () => {
    expect(withCityTie(choices(denver), 'aurora-opt', 'live-work')).toEqual(['aurora-opt']);
    expect(withCityTie(choices(denver, ['aurora-opt']), 'denver-opt', 'live-work')).toEqual(['denver-opt']);
  });

  it('a hand-edited tie shows as takeHome() reads it', () => {
    // New York City taxes residents only: 'nyc:work' owes nothing, so it shows as none.
    expect(choices(nyMetro, ['nyc:work'])[0]?.tie).toBe('none');
    // Denver's tax is on work there, on one set of terms: 'denver-opt:work' is working there.
    expect(choices(denver, ['denver-opt:work'])[0]?.tie).toBe('live-work');
  });

  it('an unknown tax changes nothing', () => {
    expect(withCityTie(choices(nyMetro, ['nyc', 'yonkers:work']), 'detroit', 'live-work')).toEqual([
      'nyc',
      'yonkers:work',
    ]);
  });
});

describe('takeHome with ties', () => {
  const base = { wages: 150_000, location: nyMetro, filingStatus: 'single' as const, year: 2026 as const };

  it('names the non-resident terms and skips a residents’ tax for one who only works there', () => {
    const t = takeHome({ ...base, cityTaxes: ['nyc:work', 'yonkers:work'] });
    // Yonkers Form Y-203 line 6: 150,000 × 0.5% = 750; New York City taxes residents only.
    expect(t.localTaxes).toEqual([
      { id: 'yonkers', label: 'Yonkers income tax (non-resident)', amount: 750 },
    ]);
    expect(t.localIncomeTax).toBe(750);
  });

  it('living in the city: the resident terms, as by default', () => {
    const lived = takeHome({ ...base, cityTaxes: ['nyc'] });
    expect(lived).toEqual(takeHome(base));
    expect(lived.localTaxes.map((l) => l.label)).toEqual(['New York City income tax']);
  });
});
