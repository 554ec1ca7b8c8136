import './estimate.css';
import { island } from '../shared/island';
import { ProfileForm } from './ProfileForm';

// The form answers at once. The numbers are prerendered for the default inputs, and their code (the
// model and its data) loads once the screen is interactive, as do the saved scenarios below them; a
// returning user's screen waits for it (main.tsx), so the defaults' numbers are never shown to them.
/** The estimate's code, fetched early when the saved inputs are being restored. */
export const loadResults = () => import('./EstimateResults').then((m) => m.EstimateResults);
const EstimateResults = island(loadResults);
const Scenarios = island(() => import('./Scenarios').then((m) => m.Scenarios));

/** The first screen: who you are → what the market pays, explained. */
export function EstimatePage() {
  return (
    <div class="page estimate">
      <h1 class="visually-hidden">Estimate your pay</h1>
      <div class="estimate-inputs">
        <ProfileForm />
      </div>
      <div class="estimate-results">
        <EstimateResults />
      </div>
      <div class="estimate-scenarios">
        <Scenarios />
      </div>
    </div>
  );
}
