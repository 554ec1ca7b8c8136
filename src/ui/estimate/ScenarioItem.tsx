import { useState } from 'preact/hooks';
import type { Scenario } from '../../model/domain';
import { optionLabel } from '../../model/optionChecks';
import { levels } from '../../model/options';
import { placeName } from '../../state/places';
import { persist } from '../../state/saved';
import { describedBy, Field } from '../shared/Field';

interface Props {
  scenario: Scenario;
  onOpen: () => void;
  onDelete: () => void;
}

/** One saved scenario: open it, rename it in place, or delete it (after a confirmation). */
export function ScenarioItem({ scenario: s, onOpen, onDelete }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(s.name);
  const [error, setError] = useState<string | undefined>();
  const id = `rename-${s.id}`;
  const summary = `${optionLabel(levels, s.inputs.level)} · ${placeName(s.inputs.location)}`;

  if (mode === 'rename') {
    return (
      <li class="scenario" data-testid="scenario">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await (await persist()).renameScenario(s.id, name);
            if (r.ok) setMode('view');
            else setError(r.message);
          }}
        >
          <Field id={id} label={`New name for “${s.name}”`} error={error}>
            <input
              id={id}
              type="text"
              value={name}
              aria-describedby={describedBy(id, false, Boolean(error))}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </Field>
          <div class="actions">
            <button type="submit">Rename</button>
            <button type="button" class="secondary" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li class="scenario" data-testid="scenario">
      <p class="scenario-name">{s.name}</p>
      <p class="note">{summary}</p>
      {mode === 'confirm-delete' ? (
        <fieldset class="actions confirm">
          <legend class="visually-hidden">Delete “{s.name}”?</legend>
          <button type="button" class="danger" onClick={onDelete}>
            Delete “{s.name}”
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            Keep
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" onClick={onOpen}>
            Open<span class="visually-hidden"> {s.name}</span>
          </button>
          <button type="button" class="secondary" onClick={() => setMode('rename')}>
            Rename<span class="visually-hidden"> {s.name}</span>
          </button>
          <button type="button" class="secondary" onClick={() => setMode('confirm-delete')}>
            Delete<span class="visually-hidden"> {s.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
