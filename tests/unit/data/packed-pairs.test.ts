import bundleJson from '../../../data/bundle.json';
import { describe, expect, it } from 'vitest';
import { syntheticBundle } from '../../../scripts/lib/bench/synthetic';
import { packCore, unpackCore } from '../../../src/data/packed-pairs';
import { splitBundle } from '../../../src/data/split';
import type { Bundle } from '../../../src/data/types';
import { fixtureBundle } from '../../fixtures/bundle';

const bundle = bundleJson as unknown as Bundle;

/** What the build writes into the first view's chunk (scripts/lib/bundle-parts.ts). */
function asShipped(data: Bundle): string {
  return JSON.stringify(JSON.stringify(packCore(splitBundle(data).core)));
}

describe("the first view's pairs, packed in columns", () => {
  const sets: [string, Bundle][] = [
    ['the real data', bundle],
    ['the test fixture', fixtureBundle],
    ['3,000 synthetic agreements', syntheticBundle(bundle, 3000)],
  ];

  it.each(sets)('unpack to exactly the pairs of %s, in order, with prefectures and agreement flags worked out again', (_, data) => {
    const { core } = splitBundle(data);
    const shipped = JSON.parse(JSON.parse(asShipped(data)) as string) as ReturnType<typeof packCore>;
    expect(unpackCore(shipped)).toEqual(core);
  });

  it('pass through JSON and the JS string literal without a single escape (escapes would cost bytes)', () => {
    const packed = JSON.stringify(packCore(splitBundle(syntheticBundle(bundle, 3000)).core).pairs);
    expect(packed).not.toContain('\\');
  });

  it('cost a fraction of the same pairs as JSON objects', () => {
    const { core } = splitBundle(syntheticBundle(bundle, 3000));
    expect(JSON.stringify(packCore(core).pairs).length).toBeLessThan(JSON.stringify(core.pairs).length / 4);
  });

  it('refuse a pair whose locality the bundle does not have, naming it', () => {
    const { core } = splitBundle(fixtureBundle);
    const [first, ...rest] = core.pairs;
    if (!first) throw new Error('the fixture has pairs');
    expect(() => packCore({ ...core, pairs: [{ ...first, jpId: 'jp-99-atlantis' }, ...rest] })).toThrow(/jp-99-atlantis/);
  });
});
