import { describe, expect, it } from 'vitest';
import {
  employee401kLimit,
  formatValue,
  k401WagesError,
  max401k,
  normalizedText,
  offerFieldRules,
  parse401k,
  parseNumber,
  yearsRules,
} from '../../src/model';

const money = { label: 'Base salary', min: 0, max: 10_000_000, money: true };
const pct = { label: 'Target bonus', min: 0, max: 200, percent: true };
const growth = offerFieldRules.growthPct;

describe('parseNumber', () => {
  it('reads plain numbers and treats empty as no value', () => {
    expect(parseNumber('7', yearsRules)).toEqual({ ok: true, value: 7 });
    expect(parseNumber(' 2.5 ', yearsRules)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('.5', yearsRules)).toEqual({ ok: true, value: 0.5 });
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
    ['5k', 'Years of experience must be a number.'],
    ['5%', 'Years of experience must be a number.'],
    ['$5', 'Years of experience must be a number.'],
  ])('rejects %j with a message', (raw, message) => {
    expect(parseNumber(raw, yearsRules)).toEqual({ ok: false, message });
  });

  it.each([
    ['$150,000', 150_000],
    ['150,000', 150_000],
    ['1,234,567', 1_234_567],
    ['250,000.00', 250_000],
    ['$1,234.56', 1234.56],
    ['$250k', 250_000],
    ['250K', 250_000],
    ['250 k', 250_000],
    ['$ 250k', 250_000],
    ['1.2M', 1_200_000],
    ['1.15m', 1_150_000],
    ['$2.5M', 2_500_000],
    ['.5M', 500_000],
    ['1.2345k', 1234.5],
    ['0k', 0],
    ['150000', 150_000],
  ])('money: reads %j as %d', (raw, value) => {
    expect(parseNumber(raw, money)).toEqual({ ok: true, value });
  });

  it('a count reads as money does but shows without a "$"; a sub-dollar price shows to 4 places', () => {
    const count = { label: 'Fully diluted shares', min: 1, max: 1e12, integer: true, count: true };
    expect(parseNumber('40,000,000', count)).toEqual({ ok: true, value: 40_000_000 });
    expect(parseNumber('40M', count)).toEqual({ ok: true, value: 40_000_000 });
    expect(normalizedText('40M', count)).toBe('40,000,000');
    expect(normalizedText('40,000,000', count)).toBeUndefined();
    expect(parseNumber('lots', count)).toEqual({
      ok: false,
      message: 'Fully diluted shares must be a number, like 40,000,000 or 40M.',
    });
    const strike = { label: 'Strike price', min: 0, max: 1e6, money: true };
    expect(normalizedText('.0045', strike)).toBe('$0.0045');
    expect(normalizedText('$4.1', strike)).toBe('$4.10');
  });

  it('money: reads an exit value in billions ("$2B", "0.25b")', () => {
    const exit = { label: 'Exit value', min: 0, max: 1e13, money: true };
    expect(parseNumber('$2B', exit)).toEqual({ ok: true, value: 2_000_000_000 });
    expect(parseNumber('0.25b', exit)).toEqual({ ok: true, value: 250_000_000 });
    expect(parseNumber('250b', money)).toEqual({
      ok: false,
      message: 'Base salary must be between $0 and $10,000,000.',
    });
  });

  it.each([
    ['12..5', 'Base salary must be a number, like 150000 or $150k.'],
    ['1e12', 'Base salary must be a number, like 150000 or $150k.'],
    ['1.2.3k', 'Base salary must be a number, like 150000 or $150k.'],
    ['k', 'Base salary must be a number, like 150000 or $150k.'],
    ['$', 'Base salary must be a number, like 150000 or $150k.'],
    ['$k', 'Base salary must be a number, like 150000 or $150k.'],
    ['lots', 'Base salary must be a number, like 150000 or $150k.'],
    ['250kk', 'Base salary must be a number, like 150000 or $150k.'],
    ['250x', 'Base salary must be a number, like 150000 or $150k.'],
    ['12,34', 'Base salary must be a number, like 150000 or $150k.'],
    ['1,2345', 'Base salary must be a number, like 150000 or $150k.'],
    ['250k$', 'Base salary must be a number, like 150000 or $150k.'],
    ['15%', 'Base salary must be a number, like 150000 or $150k.'],
    ['0x10', 'Base salary must be a number, like 150000 or $150k.'],
    ['--5', 'Base salary can’t be negative.'],
    ['-$5', 'Base salary can’t be negative.'],
    ['20M', 'Base salary must be between $0 and $10,000,000.'],
    ['10,000,001', 'Base salary must be between $0 and $10,000,000.'],
    ['9'.repeat(400), 'Base salary must be between $0 and $10,000,000.'],
    [`${'9'.repeat(400)}k`, 'Base salary must be between $0 and $10,000,000.'],
  ])('money: rejects %j with a message', (raw, message) => {
    expect(parseNumber(raw, money)).toEqual({ ok: false, message });
  });

  it('reads "15%" in percent fields, and negatives where allowed', () => {
    expect(parseNumber('15%', pct)).toEqual({ ok: true, value: 15 });
    expect(parseNumber('15 %', pct)).toEqual({ ok: true, value: 15 });
    expect(parseNumber('12.5%', pct)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('15', pct)).toEqual({ ok: true, value: 15 });
    expect(parseNumber('-5%', growth)).toEqual({ ok: true, value: -5 });
    expect(parseNumber('−5', growth)).toEqual({ ok: true, value: -5 });
    expect(parseNumber('-0', growth)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('%', pct)).toEqual({ ok: false, message: 'Target bonus must be a number.' });
    expect(parseNumber('15%%', pct)).toEqual({ ok: false, message: 'Target bonus must be a number.' });
    expect(parseNumber('$15', pct)).toEqual({ ok: false, message: 'Target bonus must be a number.' });
    expect(parseNumber('15k', pct)).toEqual({ ok: false, message: 'Target bonus must be a number.' });
    expect(parseNumber('--5', growth)).toEqual({ ok: false, message: 'Equity growth must be a number.' });
    expect(parseNumber('-95%', growth)).toEqual({
      ok: false,
      message: 'Equity growth must be between -90% and 100%.',
    });
    expect(parseNumber('250%', pct)).toEqual({
      ok: false,
      message: 'Target bonus must be between 0% and 200%.',
    });
  });

  it('enforces whole numbers where asked', () => {
    expect(parseNumber('2.5', { label: 'Count', min: 0, max: 10, integer: true })).toEqual({
      ok: false,
      message: 'Count must be a whole number.',
    });
  });
});

describe('normalizedText: how a typed value reads once parsed', () => {
  it.each([
    ['$250k', '$250,000'],
    ['250K', '$250,000'],
    ['1.2M', '$1,200,000'],
    ['250,000.00', '$250,000'],
    ['150,000', '$150,000'],
    ['$1234.5', '$1,234.50'],
    ['1.2345k', '$1,234.50'],
  ])('money %j reads as %j', (raw, shown) => {
    expect(normalizedText(raw, money)).toBe(shown);
  });

  it('says nothing when the text already reads that way, is empty or does not parse', () => {
    for (const raw of ['150000', '$150,000', ' 150000 ', '', 'lots', '1e12', '12..5'])
      expect(normalizedText(raw, money)).toBeUndefined();
    for (const raw of ['15', '15%', 'ten']) expect(normalizedText(raw, pct)).toBeUndefined();
    expect(normalizedText('15 %', pct)).toBe('15%');
    expect(normalizedText('-5 %', growth)).toBe('-5%');
    expect(normalizedText('2.50', yearsRules)).toBe('2.5');
  });

  it('formats values as the field shows them', () => {
    expect(formatValue(1_200_000, money)).toBe('$1,200,000');
    expect(formatValue(0.5, money)).toBe('$0.50');
    expect(formatValue(-1250, { ...money, allowNegative: true })).toBe('-$1,250');
    expect(formatValue(15, pct)).toBe('15%');
    expect(formatValue(7, yearsRules)).toBe('7');
  });
});

describe('the 401(k) contribution', () => {
  it('has each year’s limits from the IRS notices', () => {
    expect(employee401kLimit(2025)).toEqual({
      year: 2025,
      employee: 23_500,
      catchUp50: 7_500,
      source: 'IRS Notice 2024-80',
    });
    expect(employee401kLimit(2026)).toEqual({
      year: 2026,
      employee: 24_500,
      catchUp50: 8_000,
      source: 'IRS Notice 2025-67',
    });
    expect(max401k(2025, false)).toBe(23_500);
    expect(max401k(2025, true)).toBe(31_000);
    expect(max401k(2026, false)).toBe(24_500);
    expect(max401k(2026, true)).toBe(32_500);
    expect(() => employee401kLimit(2019)).toThrow(RangeError);
  });

  it('is held to the year’s employee limit, with the catch-up at 50 or older', () => {
    const under50 = { year: 2025, age50OrOver: false };
    const over50 = { year: 2025, age50OrOver: true };
    expect(parse401k('$23.5k', under50)).toEqual({ ok: true, value: 23_500 });
    expect(parse401k('', under50)).toEqual({ ok: true, value: undefined });
    expect(parse401k('23,501', under50)).toEqual({
      ok: false,
      message:
        '401(k) contribution can’t be more than $23,500, the 2025 employee limit ($31,000 at 50 or older).',
    });
    expect(parse401k('31,000', over50)).toEqual({ ok: true, value: 31_000 });
    expect(parse401k('$31.5k', over50)).toEqual({
      ok: false,
      message:
        '401(k) contribution can’t be more than $31,000 in 2025: the $23,500 employee limit plus the $7,500 catch-up at 50 or older.',
    });
    expect(parse401k('24,500', { year: 2026, age50OrOver: false })).toEqual({ ok: true, value: 24_500 });
    expect(parse401k('32,501', { year: 2026, age50OrOver: true }).ok).toBe(false);
    expect(parse401k('1e12', under50)).toEqual({
      ok: false,
      message: '401(k) contribution must be a number, like 23500 or $23.5k.',
    });
    expect(parse401k('-5', under50)).toEqual({
      ok: false,
      message: '401(k) contribution can’t be negative.',
    });
  });

  it('is held to the wages it comes from', () => {
    expect(k401WagesError(20_000, 20_000)).toBeUndefined();
    expect(k401WagesError(20_000, 18_000, 'in Texas')).toBe(
      '401(k) contribution can’t be more than the wages it comes from ($18,000 in Texas).',
    );
    expect(k401WagesError(1, 0)).toBe('401(k) contribution can’t be more than the wages it comes from ($0).');
  });
});
