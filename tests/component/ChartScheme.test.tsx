// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { BarsChart } from '../../src/ui/charts/BarsChart';

// jsdom has no canvas: the chart module is a stand-in that records what it is asked to draw.
const drawn: unknown[] = [];
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({
    drawBars: (_: HTMLCanvasElement, spec: unknown) => {
      drawn.push(spec);
      return { update: (s: unknown) => drawn.push(s), destroy: () => {} };
    },
  }),
}));

afterEach(cleanup);

it('draws a chart again when the device switches between light and dark with the page open', async () => {
  // The device's setting, as the browser reports it: one listener per chart.
  const listeners: (() => void)[] = [];
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: (_: string, f: () => void) => listeners.push(f),
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
  const labels = ['Year 1'];
  const series = [{ label: 'Base', values: [150_000], colorVar: '--series-1' }];
  render(
    <BarsChart labels={labels} series={series} stacked caption="Pay" description="Pay by year" testId="c" />,
  );
  await waitFor(() => expect(drawn).toHaveLength(1));
  expect(listeners).toHaveLength(1);
  act(() => {
    for (const f of listeners) f();
  });
  await waitFor(() => expect(drawn).toHaveLength(2));
  expect(drawn[1]).toMatchObject({ labels, stacked: true });
});
