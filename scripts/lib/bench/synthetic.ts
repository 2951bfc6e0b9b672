/**
 * Synthetic agreements for the scale scenarios, generated at bench time between the real
 * localities of data/bundle.json and served to the build by a Vite plugin. NEVER written
 * under data/ and never committed.
 */
import type { Bundle, Locality, Pair } from '../../../src/data/types.ts';
import { AGREEMENT_TYPES, RELATIONSHIPS } from '../../../src/data/vocabulary.ts';
import { seededRandom } from './stats.ts';

/** Placeholder localities from the label points, for a bundle that has none yet (early in the project). */
export function localitiesFromLabels(labels: Record<string, [number, number]>): Locality[] {
  return Object.entries(labels).map(([id, point]) => {
    const vn = id.startsWith('vn-');
    return {
      id,
      country: vn ? 'vn' : 'jp',
      kind: vn ? 'province' : 'prefecture',
      names: { en: id, vi: id, ja: id },
      point,
      regionId: '',
    } satisfies Locality;
  });
}

/**
 * The share of Vietnamese unit × Japanese prefecture combinations left without any agreement. Every
 * real set has gaps, and the possible-partners series needs some: it walks from one untied
 * suggestion to the next, and with every combination tied (24,000 random agreements tie all
 * 34 × 47) it had nothing to measure.
 */
const UNTIED_SHARE = 0.05;

/**
 * Replaces the pairs of `bundle` with `count` synthetic ones: a random Vietnamese unit × a random
 * Japanese prefecture or municipality, random relationship and 1–3 sectors. A seeded `UNTIED_SHARE` of unit × prefecture combinations is never drawn.
 * Deterministic for a given seed.
 */
export function syntheticBundle(bundle: Bundle, count: number, seed = 8): Bundle {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('syntheticBundle: empty list');
    return item;
  };
  const vn = bundle.localities.filter((l) => l.country === 'vn');
  const jp = bundle.localities.filter((l) => l.country === 'jp');
  if (!vn.length || !jp.length) throw new Error('syntheticBundle: the bundle needs Vietnamese and Japanese localities');
  const sectorIds = bundle.sectors.map((s) => s.id);
  const prefectureOf = (locality: Locality) => locality.prefectureId ?? locality.id;
  const untied = new Set(vn.flatMap((unit) => jp.filter((l) => l.kind === 'prefecture' && random() < UNTIED_SHARE).map((p) => `${unit.id}|${p.id}`)));
  const pairs: Pair[] = [];
  for (let index = 0; index < count; index++) {
    let from = pick(vn);
    let to = pick(jp);
    while (untied.has(`${from.id}|${prefectureOf(to)}`)) {
      from = pick(vn);
      to = pick(jp);
    }
    const relationship = pick(RELATIONSHIPS);
    const sectors = sectorIds.length
      ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(sectorIds)))].sort()
      : [];
    const year = 1990 + Math.floor(random() * 36);
    pairs.push({
      id: `bench-${String(index).padStart(5, '0')}`,
      vnId: from.id,
      jpId: to.id,
      jpPrefectureId: prefectureOf(to),
      relationship,
      isAgreement: AGREEMENT_TYPES.includes(relationship),
      signed: random() < 0.2 ? null : String(year),
      sectors,
      summary: { en: `Synthetic agreement ${index} between ${from.names.en} and ${to.names.en} (bench data).` },
      source: { title: 'Synthetic bench data', url: null },
      signedAs: null,
    });
  }
  return { ...bundle, version: `bench-${count}`, pairs };
}
