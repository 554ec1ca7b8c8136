import './settings.css';
import '../app/theme';
import { assumptionText, type Theme, theme } from '../../state/app';
import { island } from '../shared/island';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

// Most of the screen, drawn over its prerendered HTML each in a task of its own once the screen is up
// (src/ui/shared/island.tsx): drawn with it, they were one long task on a phone.
const AssumptionList = island(() => import('./AssumptionField').then((m) => m.AssumptionList));
const DataPanel = island(() => import('./DataPanel').then((m) => m.DataPanel));

const themes: { id: Theme; label: string }[] = [
  { id: 'system', label: 'Same as the device' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** Theme and the labelled assumptions the estimate uses where the seed is silent. */
export function SettingsPage() {
  const changed = Object.keys(assumptionText.value).length;
  return (
    <section class="page settings">
      <h1>Settings</h1>
      <fieldset class="theme">
        <legend>Theme</legend>
        {themes.map((t) => (
          <label key={t.id} class="radio">
            <input
              type="radio"
              name="theme"
              value={t.id}
              checked={theme.value === t.id}
              onChange={() => {
                theme.value = t.id;
              }}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <h2>Assumptions</h2>
      <p>
        The seed document is silent on these, so the model assumes a value. Each is labelled “assumption”
        wherever it is used; change any of them here and every estimate follows.
      </p>
      <button
        type="button"
        class="secondary"
        disabled={changed === 0}
        onClick={() => {
          assumptionText.value = {};
        }}
      >
        Reset all assumptions
      </button>
      <AssumptionList />
      <DataPanel />
    </section>
  );
}
