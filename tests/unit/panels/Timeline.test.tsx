// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/panels/Timeline';
import { setYears, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

describe('Timeline', () => {
  beforeEach(resetStore);

  it('has a table per year with locality agreements, other rows, the running total and the undated apart', () => {
    renderWithData(<Timeline />);
    const table = screen.getByTestId('timeline-table');
    const rows = within(table).getAllByRole('row');
    const row = (label: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: label })) as HTMLElement;
    const cells = (label: string) =>
      within(row(label))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // 2011 Hồ Chí Minh City–Osaka City; 2019 Đà Nẵng–Sakai ×3; 2023 Quảng Trị–Yamanashi;
    // 2024 Gia Lai–Yamanashi, and –Sakai signed with the city assembly (counted apart); 2025
    // Ninh Bình–Gunma, known only from a mention (counted apart), and the Yoshino project.
    expect(cells('2011')).toEqual(['1', '0', '1']);
    expect(cells('2019')).toEqual(['3', '0', '4']);
    expect(cells('2024')).toEqual(['1', '1', '6']);
    expect(cells('2025')).toEqual(['0', '2', '6']);
    // Undated: Hồ Chí Minh City–Osaka (exchange), Huế–Gifu (other), Lào Cai–Yamanashi (exchange).
    expect(cells('Undated')).toEqual(['0', '3', '—']);
    expect(screen.getByTestId('timeline-undated')).toHaveTextContent('3 undated');
  });

  it('shows the official count with its source beside what the map documents', () => {
    renderWithData(<Timeline />);
    const official = screen.getByTestId('timeline-official');
    expect(within(official).getByRole('link')).toHaveAttribute('href', expect.stringContaining('https://'));
    expect(official).toHaveTextContent(/Up to 2025, the map lists 6 locality agreements by its counting rule/);
    expect(official).toHaveTextContent(/the officials’ figure does not say how it counts/);
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
