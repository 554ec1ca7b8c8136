import type { Factor } from '../../model';
import { years } from '../../state/app';
import { factorValue } from '../shared/format';
import { SourceLabel } from '../shared/SourceLabel';

interface Props {
  factors: readonly Factor[];
}

/** Every step of the estimate: its value, its formula and where it came from. */
export function FactorList({ factors }: Props) {
  return (
    <section class="factors" aria-labelledby="factors-title">
      <h2 id="factors-title">How it is worked out</h2>
      {!years.value.ok && (
        <p class="note" data-testid="years-ignored">
          Years of experience are left out until that field is fixed (above).
        </p>
      )}
      <ol>
        {factors.map((f) => (
          <li key={f.id} data-testid={`factor-${f.id}`}>
            <div class="factor-head">
              <span class="factor-label">{f.label}</span>
              <span class="factor-value">{factorValue(f.value, f.unit)}</span>
            </div>
            <p class="factor-formula">{f.formula}</p>
            <SourceLabel source={f.source} as="p" />
          </li>
        ))}
      </ol>
      <p class="note">Base = level × years × location × tier × specialization. Total = base + additional.</p>
    </section>
  );
}
