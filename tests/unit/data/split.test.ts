import bundleJson from '../../../data/bundle.json';
import { describe, expect, it } from 'vitest';
import { FORUM_TEXT_KEYS, mergeBundle, PAIR_DETAIL_KEYS, splitBundle } from '../../../src/data/split';
import type { Bundle } from '../../../src/data/types';


const bundle = bundleJson as unknown as Bundle;

describe('splitting the bundle for the first view', () => {
  const { core, texts, details } = splitBundle(bundle);

  it('gives back exactly the bundle data:build wrote when the three parts are joined', () => {
    expect(mergeBundle(core, texts, details)).toEqual(bundle);
  });

  it("keeps the forum's texts out of the core: quotes, figures, directions, speakers, tie searches", () => {
    for (const key of FORUM_TEXT_KEYS) {
      expect(core).not.toHaveProperty(key);
      expect(texts[key]).toEqual(bundle[key]);
    }
    expect(texts.quotes.length).toBeGreaterThan(0);
  });

  it('keeps every text a panel reads out of the core: summaries, sources, caveats, priorities', () => {
    for (const pair of core.pairs) for (const key of PAIR_DETAIL_KEYS) expect(pair).not.toHaveProperty(key);
    expect(core).not.toHaveProperty('priorities');
    expect(Object.keys(details.pairs).sort()).toEqual(bundle.pairs.map((p) => p.id).sort());
  });

  it('leaves most of the weight in the details', () => {
    expect(JSON.stringify(details).length).toBeGreaterThan(JSON.stringify(core).length);
  });
});
