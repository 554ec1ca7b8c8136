import { result } from '../../state/estimate';
import { island } from '../shared/island';
import { ResultCards } from './ResultCards';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

// Below the numbers on a phone: the chart and the worked explanation load after the numbers' code.
const RangeChart = island(() => import('../charts/RangeChart').then((m) => m.RangeChart));
const FactorList = island(() => import('./FactorList').then((m) => m.FactorList));

// Once this code is here, the estimate is worked out in a task of its own, before the one that draws it
// (island's): one long task would be two shorter ones.
if (typeof window !== 'undefined') setTimeout(() => result.value);

/** The market estimate for the inputs: the numbers, their range and how they were made. */
export function EstimateResults() {
  const r = result.value;
  if (r.ok)
    return (
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
    );
  return r.loading ? (
    <p class="note" role="status">
      {r.message}
    </p>
  ) : (
    <p class="error" role="alert">
      We could not make an estimate for these inputs: {r.message}
    </p>
  );
}
