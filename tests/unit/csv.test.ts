// CSV export: numbers a spreadsheet reads as numbers, text it never runs as a formula.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/model/csv';

describe('CSV cells', () => {
  it.each([
    ['$250,000', '250000'],
    ['−$1,200', '-1200'],
    ['-$35.50', '-35.50'],
    ['$0', '0'],
    ['96.4', '96.4'],
    ['Seattle-Tacoma-Bellevue, WA', '"Seattle-Tacoma-Bellevue, WA"'],
    ['He said "hi"', '"He said ""hi"""'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['Amazon', 'Amazon'],
  ])('%s → %s', (text, csv) => {
    expect(csvCell(text)).toBe(csv);
  });

  it('joins rows with commas and CRLF', () => {
    expect(
      toCsv([
        ['Place', 'Take-home'],
        ['Denver', '$180,000'],
      ]),
    ).toBe('Place,Take-home\r\nDenver,180000\r\n');
  });
});
