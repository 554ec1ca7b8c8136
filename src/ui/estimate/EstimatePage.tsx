import './estimate.css';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { result } from '../../state/app';
import { RangeChart } from '../charts/RangeChart';
import { FactorList } from './FactorList';
import { ProfileForm } from './ProfileForm';
import { ResultCards } from './ResultCards';

/** The saved-scenarios panel sits below the results on phones: load it after the estimate is on screen. */
function LaterScenarios() {
  const [C, setC] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./Scenarios').then((m) => setC(() => m.Scenarios));
  }, []);
  return C ? <C /> : null;
}

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
        <LaterScenarios />
      </div>
    </div>
  );
}
