// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { PrintNote } from '../../src/ui/app/PrintNote';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('prints the day of printing, not the day the page was drawn', () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 28, 23, 50)); // 28 Nov 2026, 23:50 local
  render(<PrintNote />);
  expect(screen.getByTestId('print-note').textContent).toContain('From ML Comp on 2026-11-28:');
  vi.setSystemTime(new Date(2026, 10, 29, 8, 0)); // left open overnight
  dispatchEvent(new Event('beforeprint'));
  expect(screen.getByTestId('print-note').textContent).toContain('From ML Comp on 2026-11-29:');
});
