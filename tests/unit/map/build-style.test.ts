import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildArcFeatures } from '../../../src/geo/arcs';
import { partnerCounts } from '../../../src/data/selectors';
import { arcLayerFilter, buildStyle, overlayOnBasemap, type StyleInput } from '../../../src/map/build-style';
import { ARC_LAYER_IDS } from '../../../src/map/layers';
import { fixtureGeo } from '../../fixtures/map/geo';
import { pairs } from '../../fixtures/map/bundle';

const input = (extra: Partial<StyleInput> = {}): StyleInput => ({
  geo: fixtureGeo(),
  counts: partnerCounts(pairs),
  arcs: buildArcFeatures(pairs),
  points: { type: 'FeatureCollection', features: [] },
  ...extra,
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle(input()))).toEqual([]);
  });

  it('is still valid with a pair filter and the pre-merger overlay on', () => {
    expect(validateStyleMin(buildStyle(input({ visiblePairIds: ['vn-da-nang--jp-19'], premerger: true })))).toEqual([]);
  });

  it('asks no other origin for glyphs, sprites or tiles', () => {
    const style = buildStyle(input());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('has no symbol layer (labels are DOM buttons, so no glyphs are ever needed)', () => {
    expect(buildStyle(input()).layers.filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('puts the partner count on every unit for the sequential fill', () => {
    const units = buildStyle(input()).sources.units as unknown as { data: { features: { properties: { id: string; count: number } }[] } };
    const counts = Object.fromEntries(units.data.features.map((f) => [f.properties.id, f.properties.count]));
    expect(counts).toEqual({ 'vn-da-nang': 4, 'vn-quang-tri': 1, 'jp-19': 2, 'jp-27': 3 });
  });

  it('hides the pre-merger borders unless asked', () => {
    const visibility = (premerger: boolean) =>
      buildStyle(input({ premerger })).layers.find((l) => l.id === 'legacy-borders-line')?.layout?.visibility;
    expect(visibility(false)).toBe('none');
    expect(visibility(true)).toBe('visible');
  });

  it('draws arcs above the provinces and the points above the arcs', () => {
    const ids = buildStyle(input()).layers.map((l) => l.id);
    for (const arc of ARC_LAYER_IDS) {
      expect(ids.indexOf(arc)).toBeGreaterThan(ids.indexOf('units-fill'));
      expect(ids.indexOf(arc)).toBeLessThan(ids.indexOf('points-circle'));
    }
  });
});

describe('arcLayerFilter', () => {
  it('limits an arc layer to the visible ids', () => {
    expect(JSON.stringify(arcLayerFilter('arcs-solid', ['a', 'b']))).toContain('["literal",["a","b"]]');
  });

  it('leaves non-arc layers alone', () => {
    expect(arcLayerFilter('units-fill', ['a'])).toBeNull();
  });
});

describe('overlayOnBasemap', () => {
  it('keeps the basemap glyphs and layers and puts ours on top, without our sea', () => {
    const base = { version: 8 as const, glyphs: 'https://example.org/{fontstack}/{range}.pbf', sources: {}, layers: [{ id: 'water', type: 'background' as const }] };
    const merged = overlayOnBasemap(base, buildStyle(input()));
    expect(merged.glyphs).toBe(base.glyphs);
    expect(merged.layers[0]?.id).toBe('water');
    expect(merged.layers.map((l) => l.id)).not.toContain('sea');
    expect(merged.layers.at(-1)?.id).toBe('points-circle');
    expect(validateStyleMin(merged)).toEqual([]);
  });
});
