// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ListView } from '../../../src/panels/ListView';
import { setLang, setYears, toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

/** The table's body groups (not its header), each as its heading row and its document rows. */
function groups() {
  const [, ...bodies] = within(screen.getByRole('table')).getAllByRole('rowgroup');
  return bodies.map((body) => {
    const [head, ...documents] = within(body).getAllByRole('row');
    return { head: head?.textContent ?? '', documents };
  });
}

describe('ListView grouped by tie', () => {
  beforeEach(resetStore);

  it('puts each tie under one heading row with its documents beneath, and ungroups again', async () => {
    renderWithData(<ListView />);
    const toggle = screen.getByRole('checkbox', { name: 'Group by tie' });
    expect(within(screen.getByRole('table')).getAllByRole('rowgroup')).toHaveLength(2);
    await userEvent.click(toggle);
    const grouped = groups();
    // Twelve documents, ten ties.
    expect(grouped).toHaveLength(10);
    expect(grouped.reduce((n, g) => n + g.documents.length, 0)).toBe(12);
    const daNang = grouped.find((g) => g.head.startsWith('Da Nang – Sakai (Osaka)'));
    expect(daNang?.head).toBe('Da Nang – Sakai (Osaka) 3 documents · 2019');
    expect(daNang?.documents).toHaveLength(3);
    await userEvent.click(within(daNang!.documents[2]!).getAllByRole('cell')[0]!.querySelector('button')!);
    expect(useStore.getState().selection.kind).toBe('pair');
    await userEvent.click(toggle);
    expect(within(screen.getByRole('table')).getAllByRole('rowgroup')).toHaveLength(2);
  });

  it('groups only the documents the filters show, with their dates', async () => {
    toggleSector('tourism');
    setYears([2019, 2025]);
    renderWithData(<ListView />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Group by tie' }));
    expect(groups().map((g) => g.head)).toEqual(['Da Nang – Sakai (Osaka) 1 document · 2019', 'Gia Lai – Yoshino (Nara) 1 document · 2025', 'Quang Tri – Yamanashi 1 document · 2023']);
  });

  it('says it in Vietnamese and Japanese', async () => {
    setLang('vi');
    const { unmount } = renderWithData(<ListView />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Nhóm theo quan hệ hợp tác' }));
    expect(groups().find((g) => g.head.startsWith('Đà Nẵng'))?.head).toContain('3 văn bản · 2019');
    unmount();
    setLang('ja');
    renderWithData(<ListView />);
    await userEvent.click(screen.getByRole('checkbox', { name: '協力関係ごとにまとめる' }));
    expect(groups().find((g) => g.head.startsWith('ダナン市'))?.head).toContain('文書3件 · 2019年');
  });
});
