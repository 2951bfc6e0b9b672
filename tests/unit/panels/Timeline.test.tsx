// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/panels/Timeline';
import { setYears, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

describe('Timeline', () => {
  beforeEach(resetStore);

  it('has a table per year with signed documents, other ties, the running total and the undated apart', () => {
    renderWithData(<Timeline />);
    const table = screen.getByTestId('timeline-table');
    const rows = within(table).getAllByRole('row');
    const row = (label: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: label })) as HTMLElement;
    expect(within(row('2018')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '1']);
    expect(within(row('2024')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '3']);
    expect(within(row('Undated')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1', '—']);
    expect(screen.getByTestId('timeline-undated')).toHaveTextContent('1 undated');
  });

  it('shows the official count with its source beside what the map documents', () => {
    renderWithData(<Timeline />);
    const official = screen.getByTestId('timeline-official');
    expect(within(official).getByRole('link')).toHaveAttribute('href', expect.stringContaining('https://'));
    expect(official).toHaveTextContent(/the map documents 3 signed documents/);
  });

  it('sets the year range from the two sliders (keyboard-operable inputs)', () => {
    renderWithData(<Timeline />);
    fireEvent.change(screen.getByTestId('years-from'), { target: { value: '2020' } });
    expect(useStore.getState().years).toEqual([2020, 2025]);
    fireEvent.change(screen.getByTestId('years-to'), { target: { value: '2023' } });
    expect(useStore.getState().years).toEqual([2020, 2023]);
    expect(screen.getByTestId('years-status')).toHaveTextContent('Showing 2020-2023');
  });

  it('tells keyboard users how the range moves', () => {
    renderWithData(<Timeline />);
    expect(screen.getByRole('group', { name: /year/i })).toHaveAccessibleDescription(/arrow keys on each slider/);
  });

  it('clears the range', () => {
    setYears([2018, 2019]);
    renderWithData(<Timeline />);
    fireEvent.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(useStore.getState().years).toBeNull();
  });
});
