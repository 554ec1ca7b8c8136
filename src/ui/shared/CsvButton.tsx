import { toCsv } from '../../model/csv';
import { downloadText, today } from './download';

interface Props {
  /** The table's data-testid. */
  table: string;
  /** Further tables (data-testids) on the screen, each after an empty row, where they are drawn. */
  more?: readonly string[];
  /** The file's name without the date and extension, e.g. "ml-comp-cities". */
  name: string;
  /** What the numbers assume (basis, household, tax year), read when the file is made: after the rows. */
  basis?: () => string;
  /** While the table is being redrawn for new settings: its rows and the basis would not match. */
  disabled?: boolean;
}

/** A cell's own text: without the small print under it and without sort arrows or the "best" star. */
function cellText(cell: Element): string {
  const c = cell.cloneNode(true) as Element;
  for (const sub of c.querySelectorAll('.sub')) sub.remove();
  return (c.textContent ?? '')
    .replace(/★( best)?|[▲▼]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The small print under the table's cells (a city's payroll programs, where in a metro one lives): after
 * an empty row, one row each of the row's name, the column's and the text.
 */
function smallPrint(t: HTMLTableElement): string[][] {
  const head = t.tHead?.rows[0];
  const out: string[][] = [];
  for (const body of t.tBodies)
    for (const r of body.rows)
      [...r.cells].forEach((c, i) => {
        const col = i === 0 ? '' : cellText(head?.cells[i] ?? c);
        for (const sub of c.querySelectorAll('.sub')) {
          const text = (sub.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) out.push([cellText(r.cells[0] ?? c), col, text]);
        }
      });
  return out.length ? [[], ['Details', 'Column', 'Small print'], ...out] : [];
}

/**
 * Downloads a table as CSV: its caption, then each row as shown (money as numbers), the further tables
 * likewise, then after an empty row what the numbers assume and where and when they were made.
 */
export function CsvButton({ table, more = [], name, basis, disabled }: Props) {
  const onClick = () => {
    // A table as drawn: its caption, its rows, its small print; null where it is not on the screen.
    const tableRows = (id: string) => {
      const t = document.querySelector(`table[data-testid="${id}"]`);
      if (!(t instanceof HTMLTableElement)) return null;
      const caption = t.caption ? cellText(t.caption) : '';
      const rows = [...t.rows].map((r) => [...r.cells].map(cellText));
      return [...(caption ? [[caption]] : []), ...rows, ...smallPrint(t)];
    };
    const first = tableRows(table);
    if (!first) return;
    const rest = more.flatMap((id) => {
      const rows = tableRows(id);
      return rows ? [[], ...rows] : [];
    });
    const after = [[], ...(basis ? [[basis()]] : []), [`From ML Comp on ${today()}`]];
    downloadText(`${name}-${today()}.csv`, toCsv([...first, ...rest, ...after]), 'text/csv');
  };
  return (
    <button type="button" class="secondary csv" disabled={disabled} onClick={onClick}>
      Download as CSV
    </button>
  );
}
