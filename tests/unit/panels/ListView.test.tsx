// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_COLUMNS } from '../../../src/data/csv-export';
import { ListView } from '../../../src/panels/ListView';
import { toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.querySelector('button')?.textContent);

describe('ListView', () => {
  beforeEach(resetStore);
  afterEach(() => vi.restoreAllMocks());

  it('is a captioned table of the partnerships matching the filters', () => {
    toggleSector('agriculture');
    renderWithData(<ListView />);
    const table = screen.getByRole('table', { name: 'Agreements matching the current filters (2)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Vietnamese side',
      'Japanese side',
      'Relationship',
      'Date',
      'Sectors',
      'Source',
    ]);
    expect(firstColumn()).toEqual(['Lao Cai', 'Quang Tri']);
  });

  it('sorts by a column, and reverses on a second press, with aria-sort', async () => {
    renderWithData(<ListView />);
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    expect(dateHeader).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Da Nang', 'Quang Tri', 'Gia Lai', 'Lao Cai']);
    await userEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    // Undated rows stay last either way.
    expect(firstColumn()).toEqual(['Gia Lai', 'Quang Tri', 'Da Nang', 'Lao Cai']);
  });

  it('opens the pair panel from a row', async () => {
    renderWithData(<ListView />);
    await userEvent.click(screen.getByRole('button', { name: 'Gia Lai' }));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-gia-lai--jp-27-sakai' });
  });

  it('downloads exactly the filtered rows, in the pairs.csv column order', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    toggleSector('hydrogen');
    renderWithData(<ListView />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]?.text();
    const lines = (text ?? '').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^vn-quang-tri--jp-19,Quảng Bình,Yamanashi,Yamanashi,sister,2023,hydrogen;agriculture;tourism,/);
  });
});
