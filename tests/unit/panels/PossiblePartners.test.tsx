// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalityPanel } from '../../../src/panels/LocalityPanel';
import { LookingForPartnersList } from '../../../src/panels/PossiblePartners';
import { selectLocality, setLang, setSectors, useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';
import { renderWithData, resetStore } from './render';

/** The locality panel of whatever the store has selected, as the side panel shows it. */
function SelectedLocality() {
  const selection = useStore((s) => s.selection);
  return selection.kind === 'locality' ? <LocalityPanel id={selection.id} /> : null;
}

const section = () => screen.getByTestId('possible-partners');
const tiedToYamanashi = new Set(fixtureBundle.pairs.filter((p) => p.jpPrefectureId === 'jp-19').map((p) => p.vnId));

describe('Possible partners', () => {
  beforeEach(resetStore);

  it('lists only untied Vietnamese units for Yamanashi, each with a shared sector and its sources, as a suggestion', async () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    const items = within(section()).getAllByTestId('suggestion');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const id = item.getAttribute('data-locality') ?? '';
      expect(id.startsWith('vn-')).toBe(true);
      expect(tiedToYamanashi.has(id)).toBe(false);
      // The reasons are built when the reader opens them.
      expect(within(item).queryAllByTestId('shared-sector')).toHaveLength(0);
      await userEvent.click(within(item).getByText(/^Shared sectors/));
      expect(within(item).getAllByTestId('shared-sector').length).toBeGreaterThan(0);
      expect(within(item).getAllByRole('link', { hidden: true }).length).toBeGreaterThan(0);
    }
    // Highest score first: Hai Phong shares a priority sector (agriculture) on both sides.
    expect(items[0]).toHaveAttribute('data-locality', 'vn-hai-phong');
    expect(within(section()).getAllByText(/A suggestion computed by Kizuna, not an agreement/).length).toBeGreaterThan(0);
    expect(within(section()).getByTestId('partners-method')).toHaveTextContent(/Ranked by shared sectors/);
  });

  it('marks a counterpart looking for partners', () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    const haiPhong = within(section()).getAllByTestId('suggestion')[0] as HTMLElement;
    expect(within(haiPhong).getByText('Looking for partners')).toBeInTheDocument();
  });

  it('selects the suggested locality on click (keyboard: a real button)', async () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    await userEvent.click(within(section()).getByRole('button', { name: 'Hai Phong' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'vn-hai-phong' });
  });

  it('takes keyboard focus to the panel’s heading, which then names the suggested locality', async () => {
    selectLocality('jp-19');
    renderWithData(<SelectedLocality />);
    within(section()).getByRole('button', { name: 'Hai Phong' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(document.activeElement).toHaveTextContent('Hai Phong');
  });

  it('with a sector filter the locality has nothing for, says there is no profile for those sectors', () => {
    setSectors(['healthcare']);
    renderWithData(<LocalityPanel id="jp-19" />);
    expect(within(section()).queryAllByTestId('suggestion')).toHaveLength(0);
    expect(within(section()).getByTestId('partners-empty')).toHaveTextContent(/No profile for these sectors/);
  });

  it('is translated into Vietnamese and Japanese', () => {
    setLang('vi');
    const { unmount } = renderWithData(<LocalityPanel id="jp-19" />);
    expect(within(section()).getByRole('heading', { name: 'Đối tác tiềm năng' })).toBeInTheDocument();
    unmount();
    setLang('ja');
    renderWithData(<LocalityPanel id="jp-19" />);
    expect(within(section()).getByRole('heading', { name: 'パートナー候補' })).toBeInTheDocument();
  });
});

describe('Looking for partners list', () => {
  beforeEach(resetStore);

  it('lists the forum declarations with sources; an entry selects the locality', async () => {
    renderWithData(<LookingForPartnersList />);
    const list = screen.getByTestId('looking-list');
    expect(within(list).getByRole('heading', { name: 'Localities looking for partners' })).toBeInTheDocument();
    expect(within(list).getAllByRole('link').length).toBeGreaterThan(0);
    await userEvent.click(within(list).getByRole('button', { name: 'Hai Phong' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'vn-hai-phong' });
  });
});

describe('List view possible-partners table', () => {
  beforeEach(resetStore);

  it('shows the selected locality’s possible partners with a CSV button', async () => {
    const { ListView } = await import('../../../src/panels/ListView');
    const { selectLocality } = await import('../../../src/state/store');
    selectLocality('jp-19');
    renderWithData(<ListView />);
    const table = screen.getByTestId('partners-table');
    expect(within(table).getByRole('table', { name: /Possible partners for Yamanashi/ })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Hai Phong');
    expect(within(table).getByRole('button', { name: 'Download as CSV' })).toBeInTheDocument();
  });
});
