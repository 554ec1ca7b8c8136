import { canDrawOffThread } from './offThread';

// The charts are drawn in a worker where the browser can (chart.js never on the page's main thread);
// elsewhere their module (and chart.js) loads here on demand. Component tests replace this module.

/** Loads the range chart's drawing. */
export const loadRangeChart = () =>
  canDrawOffThread()
    ? import('./offThread').then((m) => ({
        drawRangeChart: m.drawOffThread<import('./rangeChart').RangeSpec>('range'),
      }))
    : import('./rangeChart');

/** Loads the bar charts' drawing. */
export const loadBarsChart = () =>
  canDrawOffThread()
    ? import('./offThread').then((m) => ({
        drawBars: m.drawOffThread<import('./barsChart').BarsSpec>('bars'),
      }))
    : import('./barsChart');
