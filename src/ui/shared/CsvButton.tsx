import { toCsv } from '../../model/csv';
import { downloadText, today } from './download';

interface Props {
  /** The table's data-testid. */
  table: string;
  /** The file's name without the date and extension, e.g. "ml-comp-cities". */
  name: string;
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

/** Downloads a table as CSV: its caption, then each row as shown (money as numbers). */
export function CsvButton({ table, name }: Props) {
  const onClick = () => {
    const t = document.querySelector(`table[data-testid="${table}"]`);
    if (!(t instanceof HTMLTableElement)) return;
    const rows = [...t.rows].map((r) => [...r.cells].map(cellText));
    const caption = t.caption ? cellText(t.caption) : '';
    downloadText(`${name}-${today()}.csv`, toCsv(caption ? [[caption], ...rows] : rows), 'text/csv');
  };
  return (
    <button type="button" class="secondary csv" onClick={onClick}>
      Download as CSV
    </button>
  );
}
