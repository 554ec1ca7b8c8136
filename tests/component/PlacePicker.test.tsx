// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPlaces } from '../../src/state/places';
import { recentPlaces } from '../../src/state/recentPlaces';
import { PlacePicker } from '../../src/ui/shared/PlacePicker';

beforeEach(() => {
  recentPlaces.value = [];
});
afterEach(cleanup);

describe('PlacePicker', () => {
  it('finds Raleigh from “rale” and picks it with the keyboard', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(<PlacePicker id="p" label="Location" value="us" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Location' });
    expect((input as HTMLInputElement).value).toBe('United States (national average)');
    fireEvent.input(input, { target: { value: 'rale' } });
    await waitFor(() => expect(screen.getByRole('listbox')).toBeTruthy());
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    expect(first.textContent).toContain('Raleigh-Cary, NC');
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('metro-raleigh-cary-nc');
    expect(recentPlaces.value[0]).toBe('metro-raleigh-cary-nc');
  });

  it('says which listed places the salary data names, by the name the box will show', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(<PlacePicker id="p" label="Location" value="us" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Location' });
    fireEvent.input(input, { target: { value: 'nyc' } });
    const [nyc] = await screen.findAllByRole('option');
    expect(nyc?.textContent).toBe(
      'New York-Newark-Jersey City, NY-NJ-PA' + 'metro area · “New York City, NY” in the salary data',
    );
    fireEvent.input(input, { target: { value: 'texas' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toBe(
      'Texas' + 'state · “Texas (Austin, Dallas)” in the salary data',
    );
    fireEvent.input(input, { target: { value: 'rale' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toBe('Raleigh-Cary, NC' + 'metro area');
  });

  it('moves through the options with the arrow keys, closes on Escape, and says when nothing matches', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(<PlacePicker id="p" label="Location" value="seattle" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Location' });
    // A seed location shows the seed's own name for it.
    expect((input as HTMLInputElement).value).toBe('Seattle, WA');
    fireEvent.input(input, { target: { value: 'portland' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.input(input, { target: { value: 'zzzz' } });
    expect(screen.getByRole('listbox').textContent).toBe('No place matches “zzzz”.');
    fireEvent.input(input, { target: { value: '94105' } });
    expect(screen.getByRole('listbox').textContent).toBe(
      'No place matches “94105”. A ZIP code is not searchable: type the city, metro area or state.',
    );
    fireEvent.input(input, { target: { value: 'NYC' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('New York-Newark-Jersey City');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('picks with a tap', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(<PlacePicker id="p" label="Location" value="us" onChange={onChange} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'denver' } });
    fireEvent.click(screen.getAllByRole('option')[0] as HTMLElement);
    expect(onChange).toHaveBeenCalledWith('metro-denver-aurora-lakewood-co');
  });
});
