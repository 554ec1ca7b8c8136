import { describe, expect, it } from 'vitest';
import { parseNumber, yearsRules } from '../../src/model';

const money = { label: 'Base salary', min: 0, max: 10_000_000, money: true };

describe('parseNumber', () => {
  it('reads plain numbers and treats empty as no value', () => {
    expect(parseNumber('7', yearsRules)).toEqual({ ok: true, value: 7 });
    expect(parseNumber(' 2.5 ', yearsRules)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('', yearsRules)).toEqual({ ok: true, value: undefined });
    expect(parseNumber('   ', yearsRules)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-3', 'Years of experience can’t be negative.'],
    ['abc', 'Years of experience must be a number.'],
    ['1e12', 'Years of experience must be a number.'],
    ['12abc', 'Years of experience must be a number.'],
    ['NaN', 'Years of experience must be a number.'],
    ['Infinity', 'Years of experience must be a number.'],
    ['51', 'Years of experience must be between 0 and 50.'],
    ['1,5', 'Years of experience must be a number.'],
  ])('rejects %j with a message', (raw, message) => {
    expect(parseNumber(raw, yearsRules)).toEqual({ ok: false, message });
  });

  it('accepts dollar signs and thousands separators in money fields only', () => {
    expect(parseNumber('$150,000', money)).toEqual({ ok: true, value: 150000 });
    expect(parseNumber('1,234,567', money)).toEqual({ ok: true, value: 1234567 });
    expect(parseNumber('$150,000', yearsRules).ok).toBe(false);
    expect(parseNumber('1e12', money)).toEqual({
      ok: false,
      message: 'Base salary must be a number, like 150000.',
    });
    expect(parseNumber('12,34', money).ok).toBe(false);
  });

  it('enforces whole numbers where asked', () => {
    expect(parseNumber('2.5', { label: 'Count', min: 0, max: 10, integer: true })).toEqual({
      ok: false,
      message: 'Count must be a whole number.',
    });
  });
});
