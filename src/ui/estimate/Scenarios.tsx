import { useState } from 'preact/hooks';
import { persist, scenarios } from '../../state/saved';
import { describedBy, Field } from '../shared/Field';
import { ScenarioItem } from './ScenarioItem';

/** Save the current inputs under a name; open, rename or delete saved ones. */
export function Scenarios() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const list = scenarios.value;

  const onSave = async (e: Event) => {
    e.preventDefault();
    // Saved all the same, but said: two scenarios of one name are told apart only by their summaries.
    const key = (x: string) => x.trim().toLowerCase();
    const twin = list.some((x) => key(x.name) === key(name));
    const r = await (await persist()).saveScenario(name);
    if (r.ok) {
      setName('');
      setError(undefined);
      setDone(
        twin
          ? `${r.message} Another saved scenario has this name: rename one to tell them apart.`
          : r.message,
      );
    } else {
      setError(r.message);
      setDone(undefined);
    }
  };

  return (
    <section class="scenarios" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">Saved scenarios</h2>
      <form class="save-scenario" onSubmit={onSave}>
        <Field id="scenario-name" label="Name this scenario" error={error}>
          <div class="with-button">
            <input
              id="scenario-name"
              type="text"
              autoComplete="off"
              placeholder="e.g. Seattle offer"
              value={name}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy('scenario-name', false, Boolean(error))}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            <button type="submit">Save</button>
          </div>
        </Field>
        {done && (
          <p class="note" role="status">
            {done}
          </p>
        )}
      </form>
      {list.length === 0 ? (
        <p class="note">Nothing saved yet. Saved scenarios stay on this device.</p>
      ) : (
        <ul class="scenario-list">
          {list.map((s) => (
            <ScenarioItem
              key={s.id}
              scenario={s}
              onOpen={() => void persist().then((m) => m.openScenario(s.id))}
              onDelete={() => void persist().then((m) => m.deleteScenario(s.id))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
