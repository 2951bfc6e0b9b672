// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { tiesOf } from '../../../src/data/ties';
import { RegionMatrix } from '../../../src/panels/RegionMatrix';
import { setLang, toggleSector, useStore } from '../../../src/state/store';
import { fixtureData, renderWithData, resetStore } from './render';

/** Ties between each Vietnamese and Japanese region, counted here from the ties themselves. */
function expectedCells(pairs = fixtureData.bundle.pairs): Map<string, number> {
  const regionOf = (id: string) => fixtureData.localityById.get(id)!.regionId;
  const cells = new Map<string, number>();
  for (const tie of tiesOf(pairs)) {
    const jpPrefecture = fixtureData.pairById.get(tie.pairIds[0]!)!.jpPrefectureId;
    const key = `${regionOf(tie.vnId)}~${regionOf(jpPrefecture)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return cells;
}

/** An element's text as a screen reader gets it: without what is hidden from it (a row's short name). */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

/** What the table shows: "<column head>~<row head>" → the number in that cell. */
function shownCells(): Map<string, number> {
  const table = within(screen.getByTestId('region-matrix')).getByRole('table');
  const heads = within(table).getAllByRole('columnheader').map(spokenText);
  const cells = new Map<string, number>();
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const rowName = spokenText(within(row).getByRole('rowheader'));
    within(row)
      .getAllByRole('cell')
      .forEach((cell, column) => {
        const count = cell.querySelector('button')?.textContent;
        if (count) cells.set(`${heads[column]}~${rowName}`, Number(count));
      });
  }
  return cells;
}

/** The expected cells under the names a screen reader hears (English): Vietnam's regions across, Japan's down. */
function named(cells: Map<string, number>): Map<string, number> {
  const region = (id: string) => fixtureData.regionById.get(id)!;
  return new Map([...cells].map(([key, n]) => [`${region(key.split('~')[0]!).names.en}~${region(key.split('~')[1]!).names.en}`, n]));
}

describe('RegionMatrix', () => {
  beforeEach(resetStore);

  it('puts the ties between each Japanese region and each Vietnamese region in their cell', () => {
    renderWithData(<RegionMatrix />);
    const rows = within(screen.getByRole('table')).getAllByRole('rowheader').map(spokenText);
    expect(rows).toEqual(fixtureData.bundle.regions.filter((r) => r.country === 'jp').map((r) => r.names.en));
    expect(shownCells()).toEqual(named(expectedCells()));
  });

  it('says "no tie" in an empty cell, to a screen reader, and the note says what an empty cell means', () => {
    renderWithData(<RegionMatrix />);
    const table = within(screen.getByTestId('region-matrix')).getByRole('table');
    const cells = within(table)
      .getAllByRole('cell')
      .filter((cell) => !cell.getAttribute('aria-hidden'));
    const empty = cells.filter((cell) => !cell.querySelector('button'));
    expect(empty.length).toBe(cells.length - shownCells().size);
    expect(empty.length).toBeGreaterThan(0);
    for (const cell of empty) expect(cell.textContent).toBe('no tie');
    expect(screen.getByText(/an empty cell means no documented tie/)).toBeInTheDocument();
  });

  it('follows the filters, as the map does', async () => {
    renderWithData(<RegionMatrix />);
    const before = shownCells();
    const sector = fixtureData.bundle.pairs[0]!.sectors[0]!;
    toggleSector(sector);
    const visible = fixtureData.bundle.pairs.filter((p) => p.sectors.includes(sector));
    // The table follows in a deferred render (src/view/shown-view.tsx), as the map does.
    await waitFor(() => expect(shownCells()).toEqual(named(expectedCells(visible))));
    expect(shownCells()).not.toEqual(before);
  });

  it('names each cell like the map names its flow, and opens that region pair or region', async () => {
    renderWithData(<RegionMatrix />);
    const cell = within(screen.getByRole('table')).getAllByRole('button', { name: /ties?, \d+ signed documents?$/ })[0]!;
    expect(cell.getAttribute('aria-label')).toMatch(/^.+ – .+: \d+ ties?, \d+ signed documents?$/);
    await userEvent.click(cell);
    const selection = useStore.getState().selection;
    expect(selection.kind).toBe('region');
    expect(selection.kind === 'region' && selection.id).toMatch(/^vn-r-.+~jp-r-.+$/);

    await userEvent.click(within(screen.getByRole('table')).getAllByRole('rowheader')[0]!.querySelector('button')!);
    expect(useStore.getState().selection).toEqual({ kind: 'region', id: fixtureData.bundle.regions.find((r) => r.country === 'jp')!.id });
  });

  it('speaks Japanese', () => {
    setLang('ja');
    renderWithData(<RegionMatrix />);
    expect(screen.getByRole('heading', { name: '地域ごとの協力関係の相手先' })).toBeInTheDocument();
  });

  it('points the map at a region while the pointer or focus is on its name, and at a flow from its cell, and lets go after', async () => {
    const { unmount } = renderWithData(<RegionMatrix />);
    const table = within(screen.getByRole('table'));
    const first = fixtureData.bundle.regions.find((r) => r.country === 'jp')!;
    const name = table.getByRole('button', { name: first.names.en });
    await userEvent.hover(name);
    expect(useStore.getState().pointedAt).toEqual({ kind: 'region', id: first.id });
    await userEvent.unhover(name);
    expect(useStore.getState().pointedAt).toBeNull();
    const cell = table.getAllByRole('button', { name: /ties?, \d+ signed documents?$/ })[0]!;
    cell.focus();
    expect(useStore.getState().pointedAt).toEqual({ kind: 'flow', id: expect.stringMatching(/^vn-r-.+~jp-r-.+$/) });
    // Picking a cell opens the region pair and the table goes: nothing stays lit.
    unmount();
    expect(useStore.getState().pointedAt).toBeNull();
  });
});
