// @vitest-environment happy-dom
// The committed data/bundle.json: a Vietnamese unit's panel counts its partners, not its documents.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import bundleJson from '../../../data/bundle.json';
import { indexBundle } from '../../../src/data/selectors';
import type { Bundle } from '../../../src/data/types';
import { BundleProvider } from '../../../src/view/bundle-context';
import { LocalityPanel } from '../../../src/panels/LocalityPanel';
import { resetStore } from './render';

const bundle = bundleJson as unknown as Bundle;
const data = indexBundle(bundle);

function partnersOf(vnId: string) {
  const documents = bundle.pairs.filter((p) => p.vnId === vnId);
  return { documents: documents.length, partners: new Set(documents.map((p) => p.jpId)).size };
}

describe('the locality panel on the real data', () => {
  beforeEach(resetStore);

  it('gives Đà Nẵng its distinct partners beside its documents, each partner under one heading', () => {
    const { documents, partners } = partnersOf('vn-da-nang');
    // The reader's try-out saw "Partners (35)" for 24 distinct partners.
    expect(partners).toBeLessThan(documents);
    render(
      <BundleProvider data={data}>
        <LocalityPanel id="vn-da-nang" />
      </BundleProvider>,
    );
    const section = screen.getByRole('heading', { level: 3, name: `Partners: ${partners} · ${documents} documents` }).closest('section') as HTMLElement;
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(partners);
  });

  it('lists Hokkaido once under Quảng Ninh, with its documents nested', () => {
    const hokkaido = bundle.pairs.filter((p) => p.vnId === 'vn-quang-ninh' && p.jpId === 'jp-01').length;
    expect(hokkaido).toBeGreaterThan(1);
    render(
      <BundleProvider data={data}>
        <LocalityPanel id="vn-quang-ninh" />
      </BundleProvider>,
    );
    const headings = screen.getAllByRole('heading', { level: 4, name: /^Hokkaido/ });
    expect(headings).toHaveLength(1);
    expect(within(headings[0]!.closest('li') as HTMLElement).getAllByRole('listitem')).toHaveLength(hokkaido);
  });
});
