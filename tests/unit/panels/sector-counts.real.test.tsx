// @vitest-environment happy-dom
// The committed data/bundle.json: the overview's sector ranking and the chips count the same ties.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import bundleJson from '../../../data/bundle.json';
import { indexBundle } from '../../../src/data/selectors';
import type { Bundle } from '../../../src/data/types';
import { BundleProvider } from '../../../src/view/bundle-context';
import { OverviewPanel } from '../../../src/panels/OverviewPanel';
import { SectorChips } from '../../../src/panels/SectorChips';
import { resetStore } from './render';

const bundle = bundleJson as unknown as Bundle;
const data = indexBundle(bundle);

describe('sector counts on the real data', () => {
  beforeEach(resetStore);

  it('the overview ranking says for each sector what its chip says', () => {
    render(
      <BundleProvider data={data}>
        <SectorChips />
        <OverviewPanel />
      </BundleProvider>,
    );
    const chips = within(screen.getByRole('list', { name: 'Sectors' }))
      .getAllByRole('button')
      .map((b) => [b.querySelector('.chip-label')?.textContent, b.querySelector('.chip-count')?.textContent]);
    const ranking = screen.getByRole('heading', { name: 'Sectors by number of ties' }).closest('section') as HTMLElement;
    const rows = Object.fromEntries(
      within(ranking)
        .getAllByRole('button')
        .map((b) => [b.querySelector('.ranking-label')?.textContent, b.querySelector('.ranking-count')?.textContent]),
    );
    // Trade and investment has several documents in some ties: a count of documents would differ.
    const trade = bundle.pairs.filter((p) => p.sectors.includes('trade_investment'));
    expect(new Set(trade.map((p) => `${p.vnId}~${p.jpId}`)).size).toBeLessThan(trade.length);
    for (const [label, count] of chips) if (count !== '0') expect(rows[label ?? ''], label ?? '').toBe(count);
  });
});
