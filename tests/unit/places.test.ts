import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import placesJson from '../../data/places.json' with { type: 'json' };
import { figureValue } from '../../src/data';
import {
  fitLocationBeta,
  isPlaceId,
  place,
  placeAliases,
  placeParity,
  placePaySource,
  places,
} from '../../src/model/places';
// @ts-expect-error: a plain ES module of the tooling, without types
import { metroId, placesFromCsv } from '../tools/places.mjs';

const csv = readFileSync(
  new URL('../../../shared/reference/price-parities-2023.csv', import.meta.url),
  'utf8',
);

describe('places', () => {
  it('are the nation, every state and DC, and all 384 BEA metros, as the BEA table gives them', () => {
    expect(places.filter((p) => p.kind === 'nation')).toHaveLength(1);
    expect(places.filter((p) => p.kind === 'state')).toHaveLength(51);
    expect(places.filter((p) => p.kind === 'metro')).toHaveLength(384);
    expect(placesJson.places).toEqual(placesFromCsv(csv));
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  it('are named by the issue’s id rule', () => {
    expect(metroId('Raleigh-Cary, NC')).toBe('metro-raleigh-cary-nc');
    expect(place('metro-raleigh-cary-nc')).toMatchObject({
      label: 'Raleigh-Cary, NC',
      state: 'NC',
      rpp: 97.989,
    });
    expect(place('state-co')).toMatchObject({ label: 'Colorado', kind: 'state' });
    expect(place('state-dc')).toMatchObject({ label: 'District of Columbia', rpp: 110.8 });
    // A metro spanning states: the first-named state is its principal one.
    expect(place('metro-philadelphia-camden-wilmington-pa-nj-de-md')).toMatchObject({
      state: 'PA',
      states: ['PA', 'NJ', 'DE', 'MD'],
    });
    for (const p of places) expect(p.id).toMatch(/^(us|state-[a-z]{2}|metro-[a-z0-9]+(-[a-z0-9]+)*)$/);
  });

  it('keep the seed’s ten location ids valid as aliases, each naming a place once', () => {
    expect(placeParity('san-francisco')).toBe(118.225);
    expect(placeParity('texas')).toBe(97.175);
    expect(place('seattle').id).toBe('metro-seattle-tacoma-bellevue-wa');
    for (const id of Object.keys(placeAliases)) expect(isPlaceId(id)).toBe(true);
    const targets = Object.values(placeAliases).map((a) => a.place);
    expect(new Set(targets).size).toBe(targets.length);
    for (const bad of ['', 'mars', 'STATE-CO', '__proto__', 'constructor', 1, null])
      expect(isPlaceId(bad)).toBe(false);
  });

  it('take pay from the seed where it names the place, from its state where the state lends it, else a fit', () => {
    expect(placePaySource('metro-austin-round-rock-georgetown-tx')).toEqual({
      kind: 'seed',
      figureId: 'loc-texas',
    });
    expect(placePaySource('metro-chicago-naperville-elgin-il-in-wi')).toEqual({
      kind: 'seed',
      figureId: 'loc-chicago',
    });
    expect(placePaySource('metro-boston-cambridge-newton-ma-nh')).toEqual({
      kind: 'lent',
      figureId: 'loc-massachusetts',
      state: 'MA',
    });
    // Illinois's figure is Chicago's, not the state's: other Illinois places are fitted.
    expect(placePaySource('state-il')).toEqual({ kind: 'fitted' });
    expect(placePaySource('metro-raleigh-cary-nc')).toEqual({ kind: 'fitted' });
    // A metro spanning states, with the user's state: New York's metro lived in from New Jersey.
    expect(placePaySource('metro-new-york-newark-jersey-city-ny-nj-pa', 'NJ')).toEqual({
      kind: 'seed',
      figureId: 'loc-new-york-city',
    });
  });

  it('fits β ≈ 0.753 to the nine seed locations (least squares on the logs, through the origin)', () => {
    // Worked independently: Σ ln(RPP/100)·ln(avg/157,969) ÷ Σ ln(RPP/100)² over San Francisco (118.225,
    // 179,061), New York City (112.473, 184,982), Seattle (112.991, 173,517), California (112.581, 175,000),
    // New York State (107.626, 165,000), Washington (108.562, 160,000), Texas (97.175, 150,000),
    // Massachusetts (108.238, 155,000), Chicago (102.557, 164,024) = 0.75338.
    const beta = fitLocationBeta((id) => figureValue(id) / figureValue('tc-average-base'));
    expect(beta).toBeCloseTo(0.75338, 5);
  });
});
