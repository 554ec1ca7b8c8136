import { editableAssumptions, parseNumber } from '../../model';
import { why } from '../../model/notes';
import { assumptionRules, assumptionText } from '../../state/app';
import { assumptionProblems, assumptions } from '../../state/estimate';
import { describedBy, Field } from '../shared/Field';

interface Props {
  assumption: (typeof editableAssumptions)[number];
}

const show = (n: number) => String(Number(n.toFixed(4)));
const byId = (id: string) => editableAssumptions.find((x) => x.id === id);

/** A span that ends before it starts, and what the estimate uses meanwhile: the span's defaults. */
function spanProblem(id: string): string | undefined {
  const problem = assumptionProblems.value[id];
  const level = /^years-(\w+)-(from|to)$/.exec(id)?.[1];
  const [from, to] = [byId(`years-${level}-from`), byId(`years-${level}-to`)];
  return problem && from && to
    ? `${problem} Until then, the estimate uses the defaults, ${show(from.default)} to ${show(to.default)}.`
    : problem;
}

/** One labelled assumption: its value (typed or chosen by the user, or the default), bounds and reset. */
export function AssumptionField({ assumption: a }: Props) {
  const id = `a-${a.id}`;
  const typed = assumptionText.value[a.id];
  const parsed = typed === undefined ? undefined : parseNumber(typed, assumptionRules(a));
  const error = parsed && !parsed.ok ? parsed.message : spanProblem(a.id);
  const set = (text: string | undefined) => {
    const next = { ...assumptionText.value };
    if (text === undefined) delete next[a.id];
    else next[a.id] = text;
    assumptionText.value = next;
  };
  if (a.choices) {
    return (
      <li class="assumption" data-testid={id}>
        <fieldset class="choice">
          <legend>{a.label}</legend>
          {a.choices.map((c) => (
            <label key={c.value} class="radio">
              <input
                type="radio"
                name={id}
                value={String(c.value)}
                checked={assumptions.value[a.id] === c.value}
                onChange={() => set(c.value === a.default ? undefined : String(c.value))}
              />
              {c.label}
              {c.value === a.default && ' (default)'}
            </label>
          ))}
        </fieldset>
        <p class="rationale">{why(a.id)}</p>
      </li>
    );
  }
  return (
    <li class="assumption" data-testid={id}>
      <Field id={id} label={a.label} hint={`Default ${show(a.default)}; ${a.min} to ${a.max}.`} error={error}>
        <div class="with-button">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typed ?? show(a.default)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy(id, true, Boolean(error))}
            onInput={(e) => set(e.currentTarget.value)}
          />
          <button
            type="button"
            class="secondary"
            disabled={typed === undefined}
            onClick={() => set(undefined)}
          >
            Reset<span class="visually-hidden"> {a.label}</span>
          </button>
        </div>
      </Field>
      <p class="rationale">{why(a.id)}</p>
    </li>
  );
}

/** Every assumption the user can change (an island of the Settings screen: drawn in a task of its own). */
export function AssumptionList() {
  return (
    <ul class="assumptions">
      {editableAssumptions.map((a) => (
        <AssumptionField key={a.id} assumption={a} />
      ))}
    </ul>
  );
}
