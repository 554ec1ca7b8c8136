// Tables as CSV a spreadsheet opens with the same numbers: money ("$250,000", "−$1,200") becomes a plain
// number; text that a spreadsheet would run as a formula (starting =, +, −, @, a tab or a carriage
// return) is prefixed with an apostrophe (OWASP's CSV injection advice); fields are quoted as RFC 4180 asks.

const MONEY = /^([-−])?\$(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/;

/** One cell as CSV: a number from money or a plain number, else guarded and quoted text. */
export function csvCell(text: string): string {
  const t = text.trim();
  const m = MONEY.exec(t);
  if (m) return `${m[1] ? '-' : ''}${t.replace(/^[-−]?\$/, '').replace(/,/g, '')}`;
  if (/^-?\d+(\.\d+)?$/.test(t)) return t;
  const guarded = /^[=+\-@\t\r−]/.test(t) ? `'${t}` : t;
  return /[",\n\r]/.test(guarded) || guarded !== t ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows of cell texts as CSV, lines ending CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
