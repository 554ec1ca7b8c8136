import { afterEach, describe, expect, it } from 'vitest';
import { today } from '../../src/ui/shared/download';

// Node reads a change of TZ at once: each case is the same instant seen from a different place.
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('today (the date on a CSV file and a printed page)', () => {
  it('is the user’s own day, not UTC’s', () => {
    const lateEveningUtc = new Date('2026-11-28T23:30:00Z');
    process.env.TZ = 'Pacific/Auckland'; // UTC+13 in November: already the 29th there
    expect(today(lateEveningUtc)).toBe('2026-11-29');
    process.env.TZ = 'America/Los_Angeles'; // UTC−8: still the 28th, 3:30 pm
    expect(today(lateEveningUtc)).toBe('2026-11-28');
    expect(today(new Date('2026-11-29T03:00:00Z'))).toBe('2026-11-28'); // 7 pm on the 28th; UTC says 29th
    process.env.TZ = 'UTC';
    expect(today(lateEveningUtc)).toBe('2026-11-28');
  });
});
