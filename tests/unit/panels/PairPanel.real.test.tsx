// @vitest-environment happy-dom
// The committed data/bundle.json: in Vietnamese and Japanese, every pair panel shows the summary
// in the reader's language, labelled as our translation, and no editorial text.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import bundleJson from '../../../data/bundle.json';
import { indexBundle } from '../../../src/data/selectors';
import type { Bundle } from '../../../src/data/types';
import type { Lang } from '../../../src/data/vocabulary';
import { BundleProvider } from '../../../src/view/bundle-context';
import { PairPanel } from '../../../src/panels/PairPanel';
import { setLang } from '../../../src/state/store';
import { resetStore } from './render';

const bundle = bundleJson as unknown as Bundle;
const data = indexBundle(bundle);
const label: Record<Exclude<Lang, 'en'>, string> = { vi: 'Bản dịch của Kizuna', ja: 'Kizunaによる翻訳' };

describe.each(['vi', 'ja'] as const)('every pair panel of the real bundle in %s', (lang) => {
  afterEach(() => {
    cleanup();
    resetStore();
  });

  it("shows the summary in the reader's language with the translation label, and no editorial text", () => {
    const misses: string[] = [];
    for (const pair of bundle.pairs) {
      setLang(lang);
      const { container, unmount } = render(
        <BundleProvider data={data}>
          <PairPanel id={pair.id} />
        </BundleProvider>,
      );
      const summary = container.querySelector('.summary');
      const ok =
        summary?.getAttribute('lang') === lang && summary.textContent === pair.summary[lang] && screen.queryAllByText(label[lang]).length > 0 && !/pairs\.csv|Row \d/.test(container.textContent ?? '');
      if (!ok) misses.push(pair.id);
      unmount();
    }
    expect(misses).toEqual([]);
  });
});
