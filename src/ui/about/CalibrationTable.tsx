import {
  type AnchorKind,
  type CalibrationRow,
  calibrate,
  calibrationSummary,
  TOLERANCE,
} from '../../model/calibration';
import { assumptions } from '../../state/estimate';
import { signedPct } from '../shared/format';

interface Props {
  rows: readonly CalibrationRow[];
}

const kindText: Record<AnchorKind, string> = {
  construction: 'reproduced by construction',
  checked: 'checked',
  ceiling: 'ceiling',
  floor: 'floor',
};
const statusText = { reproduced: 'not evidence', pass: 'holds', miss: 'miss' };

/** Each seed figure beside the model's value for the profile(s) it describes, its kind and status. */
export function CalibrationTable({ rows }: Props) {
  return (
    <table class="calibration stacked">
      <caption class="visually-hidden">Calibration: seed figures against the model</caption>
      <thead>
        <tr>
          <th scope="col">Seed figure</th>
          <th scope="col">Seed</th>
          <th scope="col">Kind</th>
          <th scope="col">Profile</th>
          <th scope="col">Model</th>
          <th scope="col">Model vs seed</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr
            key={`${r.figure.id}-${i}`}
            class={`status-${r.status} kind-${r.kind}`}
            data-testid="calibration-row"
            data-figure={r.figure.id}
            data-kind={r.kind}
            data-status={r.status}
          >
            <th scope="row" data-label="Seed figure">
              {r.figure.label}
              <span class="sub">{r.figure.section}</span>
            </th>
            <td data-label="Seed">{r.seedText}</td>
            <td data-label="Kind">{kindText[r.kind]}</td>
            <td data-label="Profile">
              {r.profileCount > 1 ? `${r.profileCount} profiles; deciding: ${r.profileText}` : r.profileText}
              <span class="sub">{r.measureText}</span>
              <span class="sub">{r.why}</span>
            </td>
            <td data-label="Model">{r.modelText}</td>
            <td data-label="Model vs seed">{signedPct(r.error)}</td>
            <td data-label="Status">
              <strong>{statusText[r.status]}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The last calibration worked out, with the assumptions it was worked out under. */
let worked: { under: unknown; rows: CalibrationRow[] } | undefined;
const rowsFor = (a: typeof assumptions.value) => {
  if (worked?.under !== a) worked = { under: a, rows: calibrate(a) };
  return worked.rows;
};

/**
 * The calibration's island (AboutPage.tsx): the rows are worked out (a few hundred estimates) in a task of
 * their own, before the task that draws them, so neither holds the page up for long.
 */
export const loadCalibration = () =>
  new Promise<typeof Calibration>((done) =>
    setTimeout(() => {
      rowsFor(assumptions.value);
      done(Calibration);
    }),
  );

/** The seed's figures held against the model under the current assumptions: the count, then the table. */
export function Calibration() {
  const rows = rowsFor(assumptions.value);
  const sum = calibrationSummary(rows);
  return (
    <>
      <p data-testid="calibration-summary">
        Each seed figure is held against the model, and each row says what it is worth as evidence.{' '}
        {sum.construction} rows are figures the model is computed from, shown but not counted: they agree by
        construction, or, where only a ratio to the national average is built in, differ from the seed by the
        same share as the model’s mid-level base. Of the {sum.evidence} that can fail — {sum.checked} checked
        against the profile they describe (within ±{TOLERANCE * 100}%, or inside the seed’s range),{' '}
        {sum.ceilings} ceilings and {sum.floors} floors, each held over every profile it covers with no
        tolerance —{' '}
        <strong>
          {sum.pass} hold and {sum.miss} {sum.miss === 1 ? 'is a miss' : 'are misses'}
        </strong>
        . A miss is shown as a miss: it marks where the model and the seed disagree.
      </p>
      <CalibrationTable rows={rows} />
    </>
  );
}
