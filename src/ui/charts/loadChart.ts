/** Loads the chart module (and chart.js) on demand; component tests replace this module. */
export const loadRangeChart = () => import('./rangeChart');

/** Loads the stacked offer chart (and chart.js) on demand. */
export const loadStackChart = () => import('./offerChart');
