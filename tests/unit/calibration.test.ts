import { describe, expect, it } from 'vitest';
import { calibrate, TOLERANCE } from '../../src/model';

describe('calibration against the seed', () => {
  const rows = calibrate();

  it.each(
    rows.filter((r) => r.status !== 'conflict').map((r) => [`${r.figure.id} (${r.measureText})`, r] as const),
  )('holds %s within tolerance', (_name, r) => {
    expect(r.status).toBe('pass');
    expect(Math.abs(r.error)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('documents every conflict, and each one really is out of tolerance', () => {
    const conflicts = rows.filter((r) => r.status === 'conflict');
    expect(conflicts.map((r) => r.figure.id).sort()).toEqual(['level-entry-top-tech', 'md-average-salary']);
    for (const r of conflicts) {
      expect(r.conflict?.length).toBeGreaterThan(50);
      expect(Math.abs(r.error)).toBeGreaterThan(TOLERANCE);
    }
  });

  it('reproduces the level bands exactly', () => {
    const byId = (id: string) => rows.find((r) => r.figure.id === id)?.modelText;
    expect(byId('level-entry')).toBe('$96,000–$152,601');
    expect(byId('level-mid-wide')).toBe('$137,804–$174,892');
    expect(byId('level-senior-wide')).toBe('$164,034–$210,000');
  });

  it('keeps the top-tech entry figure inside the model’s top-tech entry range', () => {
    // The documented conflict concerns the typical value only.
    const r = rows.find((x) => x.figure.id === 'level-entry-top-tech');
    expect(r?.error).toBeCloseTo(-0.1435, 3);
  });
});
