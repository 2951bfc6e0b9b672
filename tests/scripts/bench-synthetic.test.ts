// The bench's synthetic agreements: as many as asked, between real localities, with gaps left for the possible-partners series.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partnerStart } from '../../scripts/lib/bench/partner-targets';
import { syntheticBundle } from '../../scripts/lib/bench/synthetic';
import type { Bundle } from '../../src/data/types';

const real = JSON.parse(readFileSync('data/bundle.json', 'utf8')) as Bundle;

describe('syntheticBundle', () => {
  it('at 24,000 agreements leaves some unit × prefecture combinations untied, so the possible-partners series has a start', () => {
    const synthetic = syntheticBundle(real, 24000);
    expect(synthetic.pairs).toHaveLength(24000);
    const tied = new Set(synthetic.pairs.map((pair) => `${pair.vnId}|${pair.jpPrefectureId}`));
    const units = real.localities.filter((l) => l.country === 'vn').length;
    const prefectures = real.localities.filter((l) => l.kind === 'prefecture').length;
    expect(tied.size).toBeLessThan(units * prefectures);
    expect(tied.size).toBeGreaterThan(units * prefectures * 0.9);
    expect(partnerStart(synthetic)?.suggestions).toBeGreaterThan(0);
  });

  it('is the same for the same seed', () => {
    expect(syntheticBundle(real, 500).pairs).toEqual(syntheticBundle(real, 500).pairs);
  });
});
