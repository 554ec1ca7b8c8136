import { describe, expect, it } from 'vitest';
import { defaultAssumptions, isLocationId, isSpecializationId, isTierId } from '../../src/model';
import { num } from '../../src/model/assumptions';
import { assumptionId, isAssumptionId } from '../../src/model/ids';

describe('typed ids', () => {
  it('an assumption id is one of data/assumptions.json; a typo throws where it is named', () => {
    expect(isAssumptionId('level-step')).toBe(true);
    expect(isAssumptionId('level-stpe')).toBe(false);
    expect(isAssumptionId(7)).toBe(false);
    expect(() => assumptionId('level-stpe')).toThrow('Unknown assumption: level-stpe');
  });

  it('reads an assumption value by its typed id, and a missing value throws instead of reading undefined', () => {
    const id = assumptionId('level-step');
    expect(num(defaultAssumptions, id)).toBe(defaultAssumptions['level-step']);
    expect(() => num({}, id)).toThrow(RangeError);
  });

  it('places, tiers and specializations are checked before they are typed', () => {
    expect(isLocationId('seattle')).toBe(true);
    expect(isLocationId('mars')).toBe(false);
    expect(isTierId('startup') && isSpecializationId('mlops')).toBe(true);
    expect(isTierId('seattle') || isSpecializationId('startup')).toBe(false);
  });
});
