/** Loads the chart module (and chart.js) on demand; component tests replace this module. */
export const loadRangeChart = () => import('./rangeChart');
