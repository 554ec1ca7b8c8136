// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { theme } from '../../src/state/app';
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

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  theme.value = 'system';
});

it('draws a chart again when the device switches between light and dark with the page open', async () => {
  // The device's setting, as the browser reports it: one listener per chart.
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }));
  const labels = ['Year 1'];
  const series = [{ label: 'Base', values: [150_000], colorVar: '--series-1' }];
  render(
    <BarsChart labels={labels} series={series} stacked caption="Pay" description="Pay by year" testId="c" />,
  );
  await waitFor(() => expect(drawn).toHaveLength(1));
  expect(listeners.size).toBe(1);
  const flip = () =>
    act(() => {
      for (const f of listeners) f();
    });
  flip();
  await waitFor(() => expect(drawn).toHaveLength(2));
  expect(drawn[1]).toMatchObject({ labels, stacked: true });
  // A theme chosen in Settings does not follow the device: nothing to draw again.
  theme.value = 'dark';
  await waitFor(() => expect(drawn).toHaveLength(3)); // the theme's own change draws it once
  flip();
  await new Promise((r) => setTimeout(r, 50));
  expect(drawn).toHaveLength(3);
  // Gone from the page, it stops listening.
  cleanup();
  await waitFor(() => expect(listeners.size).toBe(0));
});
