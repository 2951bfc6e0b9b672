import { describe, expect, it } from 'vitest';
import type { Pair } from '../../../src/data/types';
import { BOTH_COUNTRIES } from '../../../src/geo/extent';
import { documentLines, groupGeometries, groupStats, pointLookup } from '../../../src/view/aggregate';
import { buildMapModel } from '../../../src/view/map-model';
import { localities, pairs } from '../../fixtures/map/bundle';


describe('the aggregated overview', () => {
  it('draws one arc per Vietnamese unit × Japanese prefecture, rolling municipalities up', () => {
    const groups = groupGeometries(pairs, pointLookup(localities));
    // Đà Nẵng's three documents with Sakai make one arc to Osaka; Hồ Chí Minh City's two (Osaka City and the prefecture) another.
    expect(groups.map((g) => g.id).sort()).toEqual(['vn-da-nang~jp-27', 'vn-ho-chi-minh-city~jp-27', 'vn-lao-cai~jp-19', 'vn-quang-tri~jp-19']);
  });

  it('counts documents, marks a group solid when one is signed and colours it by the strongest relationship', () => {
    const stats = groupStats(pairs);
    const osaka = stats.get('vn-ho-chi-minh-city~jp-27');
    expect(osaka?.count).toBe(2);
    expect(osaka?.signed).toBe(true);
    expect(osaka?.strongest).toBe('cooperation_agreement');
    expect(osaka?.category).toBe('agreement');
    expect(stats.get('vn-da-nang~jp-27')?.count).toBe(3);
    const yamanashi = stats.get('vn-lao-cai~jp-19');
    expect(yamanashi).toMatchObject({ count: 1, signed: false, strongest: 'economic_exchange', category: 'economic' });
  });

  it('recounts with the filters without moving any line', () => {
    const before = groupGeometries(pairs, pointLookup(localities));
    const visible = pairs.filter((p) => p.sectors.includes('culture_exchange'));
    const stats = groupStats(visible);
    expect([...stats.keys()]).toEqual(['vn-da-nang~jp-27']);
    expect(stats.get('vn-da-nang~jp-27')).toMatchObject({ count: 1, strongest: 'friendship' });
    expect(groupGeometries(pairs, pointLookup(localities))).toEqual(before);
  });

  it('stays bounded by unit × prefecture pairs whatever the number of documents', () => {
    const many: Pair[] = Array.from({ length: 3000 }, (_, i) => ({ ...(pairs[i % pairs.length] as Pair), id: `synthetic-${i}` }));
    const model = buildMapModel({ pairs: many, localities, visible: many, filtered: false, selection: { kind: 'none' } });
    expect(model.arcsDrawn).toBe(4);
    expect(model.documents).toEqual([]);
  });

  it('keeps every overview arc near the box around the two countries', () => {
    // The farthest corners of both countries, every combination: the worst case for a bow.
    const corners = [
      ['vn-a', [102.2, 22.8]],
      ['vn-b', [104.8, 8.6]],
      ['vn-c', [109.4, 12.2]],
    ] as const;
    const prefectures = [
      ['jp-01', [141.35, 43.06]],
      ['jp-47', [127.68, 26.21]],
      ['jp-13', [139.69, 35.69]],
      ['jp-02', [140.74, 40.82]],
    ] as const;
    const points = new Map<string, [number, number]>([...corners, ...prefectures].map(([id, p]) => [id, [p[0], p[1]]]));
    const synthetic: Pair[] = corners.flatMap(([vn]) =>
      prefectures.map(([jp]) => ({ ...(pairs[0] as Pair), id: `${vn}--${jp}`, vnId: vn, jpId: jp, jpPrefectureId: jp })),
    );
    const margin = 3;
    const [[w, s], [e, n]] = BOTH_COUNTRIES;
    for (const group of groupGeometries(synthetic, (id) => points.get(id))) {
      for (const [lon, lat] of group.line) {
        expect(lon).toBeGreaterThanOrEqual(w - margin);
        expect(lon).toBeLessThanOrEqual(e + margin);
        expect(lat).toBeGreaterThanOrEqual(s - margin);
        expect(lat).toBeLessThanOrEqual(n + margin);
      }
    }
  });
});

describe('a selection', () => {
  it('opens a locality into its individual documents and dims the rest of the overview', () => {
    const model = buildMapModel({ pairs, localities, visible: pairs, filtered: false, selection: { kind: 'locality', id: 'jp-27-sakai' } });
    expect(model.documents.map((p) => p.id)).toEqual([
      'vn-da-nang--jp-27-sakai--2019-friendship',
      'vn-da-nang--jp-27-sakai--2019-friendship-2',
      'vn-da-nang--jp-27-sakai--2019-mou',
    ]);
    expect(model.opened.has('vn-da-nang~jp-27')).toBe(true);
    // The three other groups stay, dimmed, plus the three documents.
    expect(model.arcsDrawn).toBe(6);
  });

  it('opens the whole unit–prefecture set of a selected pair, filters applied, the selected pair always kept', () => {
    // Tourism lets one of Đà Nẵng's three documents with Sakai through; the selected MoU has no sector.
    const visible = pairs.filter((p) => p.sectors.includes('tourism'));
    const model = buildMapModel({ pairs, localities, visible, filtered: true, selection: { kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' } });
    expect(model.documents.map((p) => p.id).sort()).toEqual(['vn-da-nang--jp-27-sakai--2019-friendship', 'vn-da-nang--jp-27-sakai--2019-mou']);
  });

  it('gives documents between the same two places different lanes', () => {
    const lines = documentLines(pairs);
    const a = lines.get('vn-da-nang--jp-27-sakai--2019-friendship');
    const b = lines.get('vn-da-nang--jp-27-sakai--2019-mou');
    expect(a?.[12]).not.toEqual(b?.[12]);
    expect(a?.[0]).toEqual(b?.[0]);
  });
});
