/** Loads the chart module (and chart.js) on demand; component tests replace this module. */
export const loadRangeChart = () => import('./rangeChart');

/** Loads the bar charts (and chart.js) on demand. */
export const loadBarsChart = () => import('./barsChart');
