// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ListView } from '../../../src/panels/ListView';
import { OverviewPanel } from '../../../src/panels/OverviewPanel';
import { setLang, toggleSector, useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';
import { renderWithData, resetStore } from './render';

const side = (section: HTMLElement, name: string) => within(within(section).getByRole('heading', { level: 4, name }).closest('section') as HTMLElement);
// What a screen reader names each row (the ranking's rows say what their number counts).
const rows = (section: HTMLElement, name: string) =>
  side(section, name)
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent);

// The fixture's ties per side: Gia Lai 3, Hồ Chí Minh City 2, five units with one; Osaka 4 (Sakai
// and Osaka City included), Yamanashi 3, Gifu, Gunma and Nara one each.
describe('Most connected and No documented tie yet', () => {
  beforeEach(resetStore);

  it('ranks both sides by ties, top five each, in the overview; a name opens the locality', async () => {
    renderWithData(<OverviewPanel />);
    // Below the fold, drawn a moment after the first view.
    const ranking = await screen.findByTestId('most-connected');
    expect(within(ranking).getByRole('heading', { level: 3 })).toHaveTextContent('Most connected');
    expect(rows(ranking, 'Vietnamese provinces and cities')).toEqual(['Gia Lai: 3 ties', 'Ho Chi Minh City: 2 ties', 'Da Nang: 1 tie', 'Hue: 1 tie', 'Lao Cai: 1 tie']);
    expect(rows(ranking, 'Japanese prefectures')).toEqual(['Osaka: 4 ties', 'Yamanashi: 3 ties', 'Gifu: 1 tie', 'Gunma: 1 tie', 'Nara: 1 tie']);
    await userEvent.click(within(ranking).getByRole('button', { name: /^Osaka/ }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-27' });
  });

  it('lists every unit and prefecture with no tie, and none with one, whatever the filters', async () => {
    toggleSector('hydrogen');
    renderWithData(<OverviewPanel />);
    const none = await screen.findByTestId('no-tie-yet');
    expect(within(none).getByRole('heading', { level: 3 })).toHaveTextContent('No documented tie yet');
    const vn = rows(none, 'Vietnamese provinces and cities');
    expect(vn).toContain('Hai Phong');
    expect(vn).toContain('Hanoi');
    expect(vn).not.toContain('Lao Cai');
    expect(vn).toHaveLength(34 - 7);
    const jp = rows(none, 'Japanese prefectures');
    expect(jp).toContain('Hokkaido');
    expect(jp).not.toContain('Osaka');
    expect(jp).toHaveLength(47 - 5);
  });

  it('is in the list view too, and in Vietnamese and Japanese', () => {
    setLang('vi');
    const { unmount } = renderWithData(<ListView />);
    const ranking = screen.getByTestId('most-connected');
    expect(within(ranking).getByRole('heading', { level: 3 })).toHaveTextContent('Nhiều quan hệ hợp tác nhất');
    expect(rows(ranking, 'Các tỉnh Nhật Bản')[0]).toBe('Osaka: 4 quan hệ hợp tác');
    expect(within(screen.getByTestId('no-tie-yet')).getByRole('heading', { level: 3 })).toHaveTextContent('Chưa ghi nhận quan hệ hợp tác nào');
    unmount();
    setLang('ja');
    renderWithData(<ListView />);
    expect(rows(screen.getByTestId('most-connected'), 'ベトナムの省・市')[0]).toBe('ザライ省：協力関係3件');
    expect(within(screen.getByTestId('no-tie-yet')).getByRole('heading', { level: 3 })).toHaveTextContent('記録された協力関係がまだない地域');
  });

  it('shows, under a place with no tie, the searches recorded for it: the day, the query in its own language and what came back', async () => {
    setLang('en');
    const tieSearches = [
      { localityId: 'vn-hai-phong', searchedOn: '2026-11-30', queries: ['Hải Phòng Nhật Bản ký kết', 'Haiphong Japan MoU'], finding: 'nothing' as const },
      { localityId: 'jp-01', searchedOn: '2026-12-06', queries: ['北海道 ベトナム 覚書'], finding: 'contacts' as const },
    ];
    renderWithData(<OverviewPanel />, { ...fixtureBundle, tieSearches });
    const none = await screen.findByTestId('no-tie-yet');
    const searches = within(none).getAllByTestId('tie-searches');
    expect(searches).toHaveLength(2);
    const haiPhong = within(none).getByRole('button', { name: 'Hai Phong' }).closest('li') as HTMLElement;
    await userEvent.click(within(haiPhong).getByText('Searches recorded: 1'));
    expect(haiPhong).toHaveTextContent('30 November 2026: news pages searched for Hải Phòng Nhật Bản ký kết, Haiphong Japan MoU. No report of a document with a locality in the other country.');
    expect(within(haiPhong).getByText('Hải Phòng Nhật Bản ký kết')).toHaveAttribute('lang', 'vi');
    expect(within(haiPhong).getByText('Haiphong Japan MoU')).toHaveAttribute('lang', 'en');
    const hokkaido = within(none).getByRole('button', { name: 'Hokkaido' }).closest('li') as HTMLElement;
    expect(within(hokkaido).getByText('北海道 ベトナム 覚書')).toHaveAttribute('lang', 'ja');
    expect(hokkaido).toHaveTextContent('Only visits or talks were reported');
    // A place without a recorded search shows no empty fold.
    const hanoi = within(none).getByRole('button', { name: 'Hanoi' }).closest('li') as HTMLElement;
    expect(within(hanoi).queryByTestId('tie-searches')).toBeNull();
  });
});
