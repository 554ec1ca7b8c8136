import { allAssumptions, modelRules } from '../../model';
import { statement, why } from '../../model/notes';
import { assumptions } from '../../state/estimate';

/** Every number assumed and every modelling choice, each with why (an island of the About screen). */
export function Choices() {
  return (
    <>
      <details>
        <summary>
          <h3>All {allAssumptions.length} numbers assumed</h3>
        </summary>
        <ul class="derivations">
          {allAssumptions.map((a) => (
            <li key={a.id}>
              <span class="factor-label">{a.label}</span>{' '}
              <strong>
                {a.choices
                  ? (a.choices.find((c) => c.value === assumptions.value[a.id])?.label ?? '')
                  : Number((assumptions.value[a.id] ?? a.default).toFixed(4))}
              </strong>
              {a.derivation && <span class="sub">Default derived: {a.derivation}</span>}
              <span class="sub">{why(a.id)}</span>
              <span class="source source-assumption">assumption</span>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          <h3>All {modelRules.length} modelling choices</h3>
        </summary>
        <ul class="derivations">
          {modelRules.map((r) => (
            <li key={r.id}>
              <span class="factor-label">{r.label}</span>
              <span class="sub">{statement(r.id)}</span>
              <span class="sub">{why(r.id)}</span>
              <span class="source source-assumption">assumption</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
