// @vitest-environment jsdom
// Settings: a level's years span that ends before it starts is named on both its fields, with the
// defaults the estimate uses until it is fixed.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { editableAssumptions } from '../../src/model';
import { assumptionText } from '../../src/state/app';
import { AssumptionField } from '../../src/ui/settings/AssumptionField';

afterEach(() => {
  cleanup();
  assumptionText.value = {};
});

const field = (id: string) => {
  const a = editableAssumptions.find((x) => x.id === id);
  if (!a) throw new Error(`no assumption ${id}`);
  return <AssumptionField assumption={a} />;
};

describe('a years span that ends before it starts', () => {
  it('is named on both fields, with the defaults used meanwhile', () => {
    assumptionText.value = { 'years-mid-from': '8', 'years-mid-to': '5' };
    render(
      <ul>
        {field('years-mid-from')}
        {field('years-mid-to')}
      </ul>,
    );
    const alerts = screen.getAllByText(/must end after they start/);
    // The mid span's defaults are 2 to 5 years (data/assumptions.json).
    expect(alerts.map((e) => e.textContent)).toEqual([
      'The mid level’s years must end after they start (8 to 5). Until then, the estimate uses the defaults, 2 to 5.',
      'The mid level’s years must end after they start (8 to 5). Until then, the estimate uses the defaults, 2 to 5.',
    ]);
    cleanup();
    assumptionText.value = { 'years-mid-from': '3' };
    render(field('years-mid-from'));
    expect(screen.queryByText(/must end after they start/)).toBeNull();
  });
});
