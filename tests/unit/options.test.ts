// The first screen's options name seed figures and assumptions without loading the data (src/model/options.ts):
// every name they use is checked here against data/salaries.json and data/assumptions.json.
import { describe, expect, it } from 'vitest';
import { figure } from '../../src/data';
import { isAssumptionId } from '../../src/model/ids';
import { locations, specializations, tiers } from '../../src/model/options';

describe('the estimate options', () => {
  it('name each seed place as its salary figure does', () => {
    for (const l of locations.filter((x) => x.id !== 'us')) expect(l.label).toBe(figure(l.figureId).label);
    expect(locations.find((l) => l.id === 'seattle')?.label).toBe('Seattle, WA');
    expect(figure(locations[0]?.figureId ?? '').kind).toBe('point');
  });

  it('name only assumptions that data/assumptions.json has', () => {
    const named = [...tiers, ...specializations].flatMap((o) => [
      'assumption' in o ? o.assumption : undefined,
      'shareAssumption' in o ? o.shareAssumption : undefined,
    ]);
    const ids = named.filter((x): x is NonNullable<typeof x> => x !== undefined);
    expect(ids).toHaveLength(7);
    for (const id of ids) expect(isAssumptionId(id), id).toBe(true);
    expect(isAssumptionId('tier-startups')).toBe(false);
  });
});
