// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_COLUMNS } from '../../../src/data/csv-export';
import { LIST_PAGE, ListView } from '../../../src/panels/ListView';
import { syntheticBundle } from '../../../scripts/lib/bench/synthetic';
import { fixtureBundle } from '../../fixtures/bundle';
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
    const table = screen.getByRole('table', { name: 'Agreements matching the current filters (4)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Vietnamese side', 'Japanese side', 'Relationship', 'Date', 'Sectors', 'Source']);
    expect(firstColumn()).toEqual(['Gia Lai', 'Lao Cai', 'Ninh Binh', 'Quang Tri']);
  });

  it('totals the listed rows by the counting rule, and follows the filters', () => {
    renderWithData(<ListView />);
    expect(screen.getByTestId('list-totals')).toHaveTextContent(
      'By our counting rule: locality agreements 6, council agreements 1, other signed texts not in that count 1, records of exchanges and projects with no signed document 4.',
    );
  });

  it('totals only what the filters leave: Quảng Trị–Yamanashi counts, the Gunma mention does not', () => {
    toggleSector('agriculture');
    renderWithData(<ListView />);
    expect(screen.getByTestId('list-totals')).toHaveTextContent(
      'By our counting rule: locality agreements 1, council agreements 0, other signed texts not in that count 1, records of exchanges and projects with no signed document 2.',
    );
  });

  it('sorts by a column, and reverses on a second press, with aria-sort', async () => {
    // Quảng Trị 2023, Gia Lai–Yoshino 2025, Ninh Bình 2025-10, Lào Cai undated.
    toggleSector('agriculture');
    renderWithData(<ListView />);
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    expect(dateHeader).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Quang Tri', 'Gia Lai', 'Ninh Binh', 'Lao Cai']);
    await userEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    // Undated rows stay last either way.
    expect(firstColumn()).toEqual(['Ninh Binh', 'Gia Lai', 'Quang Tri', 'Lao Cai']);
  });

  it('opens the pair panel from a row', async () => {
    // Education narrows Gia Lai's three documents to the one with Sakai.
    toggleSector('education_hr');
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
    const lines = (text ?? '')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    // The two hydrogen documents, both with Yamanashi, each under the name it was signed as.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^vn-gia-lai--jp-19,Bình Định,Yamanashi,Yamanashi,mou,2024-03,hydrogen,/);
    expect(lines[2]).toMatch(/^vn-quang-tri--jp-19,Quảng Bình,Yamanashi,Yamanashi,sister,2023,"hydrogen;agriculture;tourism",/);
  });

  it('draws a long list a page at a time, and keeps the rows asked for when the reader sorts', async () => {
    const total = 2 * LIST_PAGE + 100;
    renderWithData(<ListView />, syntheticBundle(fixtureBundle, total));
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1;
    expect(rows()).toBe(LIST_PAGE);
    expect(screen.getByTestId('list-more')).toHaveTextContent(`Show ${LIST_PAGE} more ${LIST_PAGE} of ${total} shown`);

    await userEvent.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more` }));
    expect(rows()).toBe(2 * LIST_PAGE);
    await userEvent.click(screen.getByRole('button', { name: /^Date/ }));
    expect(rows()).toBe(2 * LIST_PAGE);

    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toBe(total);
    expect(screen.queryByTestId('list-more')).toBeNull();
  });
});
