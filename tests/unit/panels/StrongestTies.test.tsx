// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StrongestTies } from '../../../src/panels/StrongestTies';
import { setLang, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';
import { fixtureBundle } from '../../fixtures/bundle';

describe('StrongestTies', () => {
  beforeEach(resetStore);

  it('names the ties with the most documents, most first, each opening that tie', async () => {
    renderWithData(<StrongestTies />);
    const list = screen.getByTestId('strongest-ties');
    const rows = within(list).getAllByRole('button');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    // Fixture: Đà Nẵng–Sakai has three documents, every other tie one.
    expect(rows[0]).toHaveAccessibleName('Da Nang – Sakai 3 documents');
    const counts = rows.map((row) => Number(row.querySelector('.ranking-count')?.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await userEvent.click(rows[0]!);
    const selection = useStore.getState().selection;
    const opened = selection.kind === 'pair' ? fixtureBundle.pairs.find((p) => p.id === selection.id) : undefined;
    expect(opened && [opened.vnId, opened.jpId]).toEqual(['vn-da-nang', expect.stringMatching(/sakai/)]);
  });

  it('gives each tie its dates as a tooltip, a moment after the first view', async () => {
    renderWithData(<StrongestTies />);
    const first = within(screen.getByTestId('strongest-ties')).getAllByRole('button')[0]!;
    expect(first).not.toHaveAttribute('title');
    await waitFor(() => expect(first.getAttribute('title')).toMatch(/\d{4}/));
  });

  it('speaks Japanese', () => {
    setLang('ja');
    renderWithData(<StrongestTies />);
    expect(screen.getByRole('heading', { name: '文書の多い協力関係' })).toBeInTheDocument();
  });
});
