import './estimate.css';
import { result } from '../../state/app';
import { island } from '../shared/island';
import { ProfileForm } from './ProfileForm';
import { ResultCards } from './ResultCards';

// The form and the numbers answer at once; the chart, the worked explanation and the saved scenarios
// (below the numbers on a phone) are prerendered and their code loads once the screen is interactive.
const RangeChart = island(() => import('../charts/RangeChart').then((m) => m.RangeChart));
const FactorList = island(() => import('./FactorList').then((m) => m.FactorList));
const Scenarios = island(() => import('./Scenarios').then((m) => m.Scenarios));

/** The first screen: who you are → what the market pays, explained. */
export function EstimatePage() {
  const r = result.value;
  return (
    <div class="page estimate">
      <h1 class="visually-hidden">Estimate your pay</h1>
      <div class="estimate-inputs">
        <ProfileForm />
      </div>
      <div class="estimate-results">
        {r.ok ? (
          <>
            <ResultCards estimate={r.estimate} />
            <RangeChart
              title="Pay range, low to high, with the typical value marked"
              rows={[
                { label: 'Total', ...r.estimate.total },
                { label: 'Base', ...r.estimate.base },
                { label: 'Additional', ...r.estimate.additional },
              ]}
            />
            <FactorList factors={r.estimate.factors} />
          </>
        ) : r.loading ? (
          <p class="note" role="status">
            {r.message}
          </p>
        ) : (
          <p class="error" role="alert">
            We could not make an estimate for these inputs: {r.message}
          </p>
        )}
      </div>
      <div class="estimate-scenarios">
        <Scenarios />
      </div>
    </div>
  );
}
