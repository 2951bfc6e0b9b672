// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/panels/SearchBox';
import { setLang, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

const box = () => screen.getByRole('combobox', { name: 'Search places and agreements' });
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');

describe('SearchBox', () => {
  beforeEach(resetStore);

  it('finds Đà Nẵng typed without diacritics', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'da nang');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(options()[0]).toHaveTextContent('Da Nang');
    expect(options()[0]).toHaveTextContent('Centrally-run city · Vietnam');
  });

  it('finds Yamanashi from its kanji', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), '山梨');
    expect(options()[0]).toHaveTextContent('Yamanashi');
  });

  it('finds a Vietnamese unit from its name in hiragana', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'だなん');
    expect(options()[0]).toHaveTextContent('Da Nang');
  });

  it('finds Gia Lai from the pre-merger name Binh Dinh, saying why', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'Binh Dinh');
    expect(options()[0]).toHaveTextContent('Gia Lai');
    expect(options()[0]).toHaveTextContent('formerly Bình Định, merged into Gia Lai on 1 July 2025');
    // Both ties with a document signed as Bình Định follow the unit.
    const pairs = options().slice(1, 3);
    expect(pairs.map((o) => o.textContent)).toEqual([expect.stringContaining('Gia Lai – Yamanashi'), expect.stringContaining('Gia Lai – Sakai')]);
    for (const option of pairs) expect(option).toHaveTextContent('signed as Bình Định');
  });

  it('gives the reason in Vietnamese and Japanese too', async () => {
    setLang('vi');
    const { unmount } = renderWithData(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'binh dinh');
    expect(options()[0]).toHaveTextContent('trước đây là Bình Định, sáp nhập vào Gia Lai từ ngày 1 tháng 7, 2025');
    unmount();
    resetStore();
    setLang('ja');
    renderWithData(<SearchBox />);
    // A Japanese reader typing romaji finds Bình Định under its Japanese name from the merger table.
    await userEvent.type(screen.getByRole('combobox'), 'binh dinh');
    expect(options()[0]).toHaveTextContent('旧ビンディン省。2025年7月1日にザライ省へ統合');
  });

  it('is operated with the keyboard: arrows move, Enter selects, Escape closes', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'sakai');
    await userEvent.keyboard('{ArrowDown}');
    const first = options()[0];
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', first?.id);
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-27-sakai' });
    expect(useStore.getState().query).toBe('');
    expect(box()).toHaveAttribute('aria-expanded', 'false');

    await userEvent.type(box(), 'quang tri yamanashi');
    expect(options()).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-27-sakai' });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
  });

  it('shows a tie once, with its kinds, its dates and its number of documents, and opens its first document', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'da nang sakai');
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveTextContent('Da Nang – Sakai');
    expect(options()[0]).toHaveTextContent('Friendship agreement, Memorandum of understanding · 2019 · 3 documents');
    await userEvent.click(options()[0]!);
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-friendship' });
  });

  it('says a one-document tie’s date and count in Vietnamese and Japanese', async () => {
    setLang('vi');
    const { unmount } = renderWithData(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'ninh binh gunma');
    expect(options()[0]).toHaveTextContent('Thỏa thuận hợp tác · tháng 10 năm 2025 · 1 văn bản');
    unmount();
    resetStore();
    setLang('ja');
    renderWithData(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'ninh binh gunma');
    expect(options()[0]).toHaveTextContent('2025年10月 · 文書1件');
  });

  it('keeps the text in the store and says when nothing matches', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'zzz');
    expect(useStore.getState().query).toBe('zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No place or agreement matches “zzz”.');
  });

  it('turns on a sector filter from its name', async () => {
    renderWithData(<SearchBox />);
    await userEvent.type(box(), 'hydro');
    await userEvent.click(screen.getByRole('option', { name: /Hydrogen/ }));
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
  });
});
