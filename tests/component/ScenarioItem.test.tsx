// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { defaultInputs } from '../../src/model/domain';
import { ScenarioItem } from '../../src/ui/estimate/ScenarioItem';

afterEach(cleanup);

// A stranger saved a scenario for Salt Lake City and saw "Entry · metro-salt-lake-city-ut".
it('names a saved scenario’s place, never its id, for a place beyond the seed’s ten', async () => {
  const scenario = {
    id: 's1',
    name: 'Utah',
    inputs: { ...defaultInputs, level: 'entry' as const, location: 'metro-salt-lake-city-ut' },
    createdAt: 1,
    updatedAt: 1,
  };
  render(<ScenarioItem scenario={scenario} onOpen={() => {}} onDelete={() => {}} />);
  const item = screen.getByTestId('scenario');
  expect(item.textContent).not.toContain('metro-');
  await waitFor(() => expect(item.textContent).toContain('Salt Lake City'));
  expect(item.textContent).not.toContain('metro-');
});
