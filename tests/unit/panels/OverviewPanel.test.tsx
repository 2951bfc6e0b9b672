// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OverviewPanel } from '../../../src/panels/OverviewPanel';
import { setLang, toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

// The direction lists' titles as data/forum/forum.json gives them (copied into the fixture base).
const SIX = "Prime Minister Pham Minh Chinh's six major directions for local cooperation";
const FIVE = "Deputy Foreign Minister Ngo Le Van's five major cooperation directions";

/** The overview, once its sections below the fold have been drawn (they come after the first view). */
async function renderOverview() {
  renderWithData(<OverviewPanel />);
  await screen.findByTestId('overview:forum');
}

describe('OverviewPanel', () => {
  beforeEach(resetStore);

  it('opens on what the map shows, in ties, before the forum', async () => {
    await renderOverview();
    expect(screen.getByRole('heading', { level: 2, name: 'Vietnam–Japan locality partnerships' })).toBeInTheDocument();
    // Fixture: 12 rows; Đà Nẵng–Sakai's three rows are one tie; Gia Lai (with Bình Định), Quảng
    // Trị, Đà Nẵng, HCMC, Ninh Bình, Huế, Lào Cai; Yamanashi, Nara, Osaka, Gunma, Gifu.
    expect(screen.getByTestId('overview-lead')).toHaveTextContent(/^10 ties join 7 Vietnamese provinces and cities with 5 Japanese prefectures/);
    const panel = screen.getByTestId('panel:overview');
    const forum = screen.getByTestId('overview:forum');
    const lead = screen.getByTestId('overview-lead');
    const ranking = screen.getByTestId('most-connected');
    // The forum comes after the map's own summary and rankings, and says it is not the whole map.
    expect(lead.compareDocumentPosition(forum) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ranking.compareDocumentPosition(forum) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(forum).getByText(/not only those named at the forum/)).toBeInTheDocument();
    expect(panel.firstElementChild).toHaveTextContent('Vietnam–Japan locality partnerships');
  });

  it('says why the sector counts add up to more than the ties', async () => {
    await renderOverview();
    const ranking = screen.getByRole('heading', { name: 'Sectors by number of ties' }).closest('section') as HTMLElement;
    expect(within(ranking).getByText(/can cover several sectors/)).toBeInTheDocument();
  });

  it('presents the forum with its date, theme and sources', async () => {
    await renderOverview();
    expect(screen.getByRole('heading', { level: 3, name: 'First Vietnam–Japan Local Cooperation Forum' })).toBeInTheDocument();
    expect(screen.getByText('25 November 2025')).toBeInTheDocument();
    expect(screen.getByText(/Comprehensive Development Partnership/)).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /Vietnam-Japan Local Cooperation Forum/ });
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toHaveAttribute('target', '_blank');
  });

  it('counts by the one rule, says the rule, aims at no official number, and says how to add one', async () => {
    await renderOverview();
    // Fixture: six government-level documents reported as signed, one council agreement (Sakai),
    // one known only from a mention (Gunma), four records of exchanges and projects with no signed document.
    expect(screen.getByTestId('overview-counts')).toHaveTextContent('By our counting rule, the map lists 6 locality agreements, and 1 agreements between the two localities’ councils.');
    expect(screen.getByText(/Not in that count: 0 renewals, .* 1 documents known only from a mention, .* and 4 records of exchanges and projects with no signed document\./)).toBeInTheDocument();
    expect(screen.getByTestId('how-we-count')).toHaveTextContent(
      /^How we count A locality agreement is a document signed by the governments of the two localities, reported as signed, and not a renewal/,
    );
    expect(screen.getByTestId('panel:overview')).not.toHaveTextContent(/of the over 110|officials count/);
    expect(screen.getByText('How to add an agreement')).toBeInTheDocument();
    expect(screen.getByText(/npm run data:check/)).toBeInTheDocument();
  });

  it('lists the three directions and the key figures', async () => {
    await renderOverview();
    for (const title of [SIX, FIVE, 'Eight areas']) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    expect(screen.getByText('110+')).toBeInTheDocument();
  });

  it('shows only quotes on the chosen sectors and who prioritises them', async () => {
    toggleSector('agriculture');
    await renderOverview();
    expect(screen.getByText(/world-leading technologies/)).toBeInTheDocument();
    expect(screen.queryByText('지역의 활력은 곧 국가의 활력')).toBeNull();
    const priorities = screen.getByRole('heading', { name: 'Localities that name Agriculture as a priority' }).closest('section');
    expect(within(priorities as HTMLElement).getByRole('button', { name: 'Hai Phong' })).toBeInTheDocument();
    expect(within(priorities as HTMLElement).queryByRole('button', { name: 'Yamanashi' })).toBeNull();
  });

  it('ranks sectors by ties, each a toggle for the filter', async () => {
    await renderOverview();
    const ranking = screen.getByRole('heading', { name: 'Sectors by number of ties' }).closest('section') as HTMLElement;
    const rows = within(ranking).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual(['Agriculture4', 'Tourism3', 'Hydrogen2', 'Trade and investment2', 'Culture and people-to-people exchange1', 'Education and human resources1']);
    await userEvent.click(within(ranking).getByRole('button', { name: /Hydrogen/ }));
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
  });

  it('speaks Vietnamese', async () => {
    setLang('vi');
    await renderOverview();
    expect(screen.getByTestId('overview-counts')).toHaveTextContent(
      'Theo cách đếm của chúng tôi, bản đồ ghi nhận 6 thỏa thuận giữa chính quyền hai địa phương và 1 thỏa thuận giữa hội đồng của hai địa phương.',
    );
    expect(screen.getByTestId('how-we-count')).toHaveTextContent(/^Cách chúng tôi đếm Thỏa thuận địa phương là văn kiện do chính quyền hai địa phương ký/);
    expect(screen.getByText('25 tháng 11, 2025')).toBeInTheDocument();
  });
});

describe('OverviewPanel in Japanese', () => {
  beforeEach(resetStore);

  it('gives the counts and the rule in Japanese, with no sentence aimed at the official number', async () => {
    setLang('ja');
    await renderOverview();
    expect(screen.getByTestId('overview-counts')).toHaveTextContent('当サイトの数え方では、この地図に載っている自治体間の協定は6件、両地域の議会間の協定は1件です。');
    expect(screen.getByTestId('how-we-count')).toHaveTextContent(/^数え方 「自治体間の協定」とは/);
    expect(screen.getByTestId('panel:overview')).not.toHaveTextContent(/110件を超える協定のうち/);
  });
});

describe('OverviewPanel in Vietnamese', () => {
  beforeEach(resetStore);

  it('shows a direction list in our Vietnamese translation, labelled, and English where none is written', async () => {
    setLang('vi');
    await renderOverview();
    const heading = screen.getByRole('heading', { level: 4, name: 'Sáu định hướng lớn về hợp tác địa phương của Thủ tướng Phạm Minh Chính' });
    expect(heading).toHaveAttribute('lang', 'vi');
    const section = heading.closest('section') as HTMLElement;
    expect(
      within(section)
        .getByText(/^Lắng nghe doanh nghiệp/)
        .closest('ol'),
    ).toHaveAttribute('lang', 'vi');
    expect(within(section).getByText('Bản dịch của Kizuna')).toBeInTheDocument();
    // Untranslated lists stay English, without the label.
    const five = screen.getByRole('heading', { level: 4, name: FIVE }).closest('section') as HTMLElement;
    expect(within(five).queryByText('Bản dịch của Kizuna')).toBeNull();
  });
});
