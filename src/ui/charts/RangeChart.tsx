import './charts.css';
import { theme } from '../../state/app';
import { usd } from '../shared/format';
import { cssColor } from './cssColor';
import { loadRangeChart } from './loadChart';
import type { BandRow, ChartColors, RangeSpec } from './rangeChart';
import { useLazyChart } from './useLazyChart';

interface Props {
  rows: BandRow[];
  title: string;
}

function colors(el: Element): ChartColors {
  const v = (name: string) => cssColor(el, name);
  return { band: v('--chart-band'), marker: v('--chart-marker'), text: v('--text'), grid: v('--border') };
}

/** A low–typical–high band chart, loaded lazily, with the same numbers as a table. */
export function RangeChart({ rows, title }: Props) {
  const { canvas, state } = useLazyChart<RangeSpec>(
    () => loadRangeChart().then((m) => m.drawRangeChart),
    (el) => ({ rows, colors: colors(el) }),
    [rows, theme.value],
  );

  const summary = rows
    .map((r) => `${r.label}: ${usd(r.low)} to ${usd(r.high)}, typical ${usd(r.typical)}`)
    .join('; ');
  return (
    <figure class="chart" data-state={state}>
      <figcaption>{title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={summary} />
        {state === 'loading' && <p class="chart-status">Loading chart…</p>}
        {state === 'failed' && (
          <p class="chart-status">The chart could not be loaded; the table below has the numbers.</p>
        )}
      </div>
      <details>
        <summary>Chart as a table</summary>
        <table class="band-table">
          <thead>
            <tr>
              <th scope="col">Pay</th>
              <th scope="col">Low</th>
              <th scope="col">Typical</th>
              <th scope="col">High</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{usd(r.low)}</td>
                <td>{usd(r.typical)}</td>
                <td>{usd(r.high)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
