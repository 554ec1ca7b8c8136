import type { Factor } from '../model';
import { factorValue } from './format';

interface Props {
  factors: readonly Factor[];
}

/** Every step of the estimate: its value, its formula and where it came from. */
export function FactorList({ factors }: Props) {
  return (
    <section class="factors" aria-labelledby="factors-title">
      <h2 id="factors-title">How it is worked out</h2>
      <ol>
        {factors.map((f) => (
          <li key={f.id} data-testid={`factor-${f.id}`}>
            <div class="factor-head">
              <span class="factor-label">{f.label}</span>
              <span class="factor-value">{factorValue(f.value, f.unit)}</span>
            </div>
            <p class="factor-formula">{f.formula}</p>
            <p class={`source source-${f.source.kind}`}>
              {f.source.kind === 'data' ? `from data: ${f.source.ref}` : `assumption: ${f.source.ref}`}
            </p>
          </li>
        ))}
      </ol>
      <p class="note">Base = level × years × location × tier × specialization. Total = base + additional.</p>
    </section>
  );
}
