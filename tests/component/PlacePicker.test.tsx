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

  it('picks the one place typed text matches when the field is left, and says when it cannot', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(
      <PlacePicker
        id="p"
        label="Location"
        value="metro-austin-round-rock-georgetown-tx"
        onChange={onChange}
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Location' });
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: 'Saint Louis' } });
    fireEvent.blur(input);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('metro-st-louis-mo-il'));
    onChange.mockClear();
    fireEvent.input(input, { target: { value: 'Portland' } });
    fireEvent.blur(input);
    await waitFor(() =>
      expect(screen.getByTestId('p-left').textContent).toBe(
        '“Portland” matches several places: Austin-Round Rock-Georgetown, TX is still chosen. Pick one from the list.',
      ),
    );
    expect(onChange).not.toHaveBeenCalled();
    expect((input as HTMLInputElement).value).toBe('Austin-Round Rock-Georgetown, TX');
    fireEvent.input(input, { target: { value: 'zzzz' } });
    expect(screen.queryByTestId('p-left')).toBeNull();
    fireEvent.blur(input);
    await waitFor(() =>
      expect(screen.getByTestId('p-left').textContent).toBe(
        'No place matches “zzzz”: Austin-Round Rock-Georgetown, TX is still chosen.',
      ),
    );
  });

  it('adds nothing on its own when it adds places, and says the text was not added', async () => {
    await loadPlaces();
    const onChange = vi.fn();
    render(<PlacePicker id="add" label="Add a place" value="" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Add a place' });
    fireEvent.input(input, { target: { value: 'Saint Louis' } });
    fireEvent.blur(input);
    await waitFor(() =>
      expect(screen.getByTestId('add-left').textContent).toBe(
        '“Saint Louis” was not added. Pick one from the list.',
      ),
    );
    expect(onChange).not.toHaveBeenCalled();
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
