import type { CalibrationRow } from '../model';
import { signedPct } from './format';

interface Props {
  rows: readonly CalibrationRow[];
}

const statusText = { pass: 'within tolerance', fail: 'out of tolerance', conflict: 'conflict (documented)' };

/** Each seed figure beside the model's value for the profile it describes, with the error. */
export function CalibrationTable({ rows }: Props) {
  return (
    <table class="calibration stacked">
      <caption class="visually-hidden">Calibration: seed figures against the model</caption>
      <thead>
        <tr>
          <th scope="col">Seed figure</th>
          <th scope="col">Seed</th>
          <th scope="col">Profile</th>
          <th scope="col">Model</th>
          <th scope="col">Error</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.figure.id}-${i}`} class={`status-${r.status}`} data-testid="calibration-row">
            <th scope="row" data-label="Seed figure">
              {r.figure.label}
              <span class="sub">{r.figure.section}</span>
            </th>
            <td data-label="Seed">{r.seedText}</td>
            <td data-label="Profile">
              {r.profileText}
              <span class="sub">{r.measureText}</span>
            </td>
            <td data-label="Model">{r.modelText}</td>
            <td data-label="Error">{signedPct(r.error)}</td>
            <td data-label="Status">
              {statusText[r.status]}
              {r.conflict && <span class="sub">{r.conflict}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
