// The location factor of the estimate for any place: the seed's own average where it names the place,
// its state's average where a seed state lends it, else fitted to the place's price parity.
import { figure, figureValue } from '../data';
import { type AssumptionValues, num } from './assumptions';
import { assumptionSource, dataSource, fix } from './factors';
import { assumptionId } from './ids';
import { formatUsd as usd } from './money';
import { locations } from './options';
import { placeAliases } from './placeAliases';
import { type PlaceInfo, payFrom } from './placePay';
import { placeInfo } from './placeRegistry';
import type { Factor } from './types';

const national = figureValue('tc-average-base');
const BETA = assumptionId('location-beta');

/** The location factor and its explanation for a place id (the seed's ten ids, or any loaded place). */
export function locationFactor(id: string, a: AssumptionValues, state?: string): Factor {
  const seed = locations.find((l) => l.id === id);
  if (seed) {
    const avg = figureValue(seed.figureId);
    return {
      id: 'location',
      label: `Location: ${seed.label}`,
      value: avg / national,
      unit: 'multiplier',
      formula:
        seed.id === 'us'
          ? 'national average: factor 1'
          : `${seed.label} average ${usd(avg)} ÷ national average base ${usd(national)} = ${fix(avg / national)}`,
      source: dataSource(seed.figureId, 'factors-every-level'),
    };
  }
  const p: PlaceInfo | undefined = placeInfo(id);
  if (!p) throw new RangeError(`Unknown place (or the place data has not loaded yet): ${id}`);
  const from = payFrom(p, state);
  const label = `Location: ${p.label}`;
  if (from.kind !== 'fitted') {
    const f = figure(from.figureId);
    const avg = figureValue(from.figureId);
    const lent = from.kind === 'lent';
    return {
      id: 'location',
      label,
      value: avg / national,
      unit: 'multiplier',
      formula: lent
        ? `no seed figure for this place; its state's, ${f.label} ${usd(avg)}, is lent: ÷ national average base ${usd(national)} = ${fix(avg / national)}`
        : `the seed's ${f.label} average ${usd(avg)} ÷ national average base ${usd(national)} = ${fix(avg / national)}`,
      source: lent
        ? dataSource(from.figureId, 'lent-state-figure', 'factors-every-level')
        : dataSource(from.figureId, 'factors-every-level'),
    };
  }
  const beta = num(a, BETA);
  const value = (p.rpp / 100) ** beta;
  return {
    id: 'location',
    label,
    value,
    unit: 'multiplier',
    formula: `no seed figure: (price parity ${p.rpp} ÷ 100)^${fix(beta, 3)} = ${fix(value)}, fitted to the seed's nine locations`,
    source: assumptionSource('location-beta', 'factors-every-level'),
  };
}

/** Whether the estimate can place `id` now: a seed id, or a place whose data has loaded. */
export const canPlace = (id: string): boolean =>
  locations.some((l) => l.id === id) || Object.hasOwn(placeAliases, id) || placeInfo(id) !== undefined;
