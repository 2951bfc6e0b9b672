import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { partnerCounts } from '../../../src/data/selectors';
import { buildStyle, overlayOnBasemap, type StyleInput } from '../../../src/map/build-style';
import { documentLayers, groupLayers, legacyBordersLayer, pointsLayer } from '../../../src/map/layers';
import { DARK, LIGHT } from '../../../src/view/palette';
import { fixtureGeo } from '../../fixtures/map/geo';
import { pairs } from '../../fixtures/map/bundle';

const input = (extra: Partial<StyleInput> = {}): StyleInput => ({ geo: fixtureGeo(), counts: partnerCounts(pairs), flavour: LIGHT, ...extra });

/** The base style plus the declarative arc and point layers, as MapLibre ends up holding them. */
function fullStyle(flavour = LIGHT, premerger = false): StyleSpecification {
  const base = buildStyle(input({ flavour }));
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return {
    ...base,
    sources: { ...base.sources, groups: empty, docs: empty, points: empty },
    layers: [...base.layers, legacyBordersLayer(flavour, premerger), ...groupLayers(flavour), ...documentLayers(flavour, false), pointsLayer(flavour)],
  };
}

describe('buildStyle', () => {
  it('is a valid MapLibre style, with every arc layer added, in both flavours', () => {
    expect(validateStyleMin(fullStyle(LIGHT))).toEqual([]);
    expect(validateStyleMin(fullStyle(DARK, true))).toEqual([]);
  });

  it('asks no other origin for glyphs, sprites or tiles', () => {
    const style = fullStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('has no symbol layer (labels are DOM buttons, so no glyphs are ever needed)', () => {
    expect(fullStyle().layers.filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('puts the partner count on every unit for the sequential fill', () => {
    const units = buildStyle(input()).sources.units as unknown as { data: { features: { properties: { id: string; count: number } }[] } };
    const counts = Object.fromEntries(units.data.features.map((f) => [f.properties.id, f.properties.count]));
    expect(counts).toEqual({ 'vn-da-nang': 3, 'vn-quang-tri': 1, 'vn-lao-cai': 1, 'vn-ho-chi-minh-city': 2, 'jp-19': 2, 'jp-27': 5 });
  });

  it('hides the pre-merger borders unless asked', () => {
    expect(legacyBordersLayer(LIGHT, false).layout?.visibility).toBe('none');
    expect(legacyBordersLayer(LIGHT, true).layout?.visibility).toBe('visible');
  });

  it('never filters arcs by an id list: visibility is feature-state, so a filter never re-tiles', () => {
    const arcLayers = [...groupLayers(LIGHT), ...documentLayers(LIGHT, true)];
    for (const layer of arcLayers) expect(JSON.stringify(layer.filter ?? null)).not.toMatch(/"literal"|"in"|"id"/);
    expect(JSON.stringify(groupLayers(LIGHT))).toContain('"feature-state","count"');
    expect(JSON.stringify(documentLayers(LIGHT, true))).toContain('"feature-state","shown"');
  });

  it('draws no document layer in the overview, and switches them on with a paint property only', () => {
    const drawn = (anyShown: boolean) =>
      documentLayers(LIGHT, anyShown).filter((l) => l.paint?.['line-opacity'] !== 0).map((l) => [l.id, l.paint?.['line-layer-opacity']]);
    expect(drawn(false)).toEqual([['docs-halo', 0], ['docs-solid', 0], ['docs-dashed', 0]]);
    expect(drawn(true)).toEqual([['docs-halo', 1], ['docs-solid', 1], ['docs-dashed', 1]]);
    // Same layout and filters either way: a layout change would make MapLibre reload the source.
    const shape = (anyShown: boolean) => documentLayers(LIGHT, anyShown).map((l) => JSON.stringify([l.layout, l.filter]));
    expect(shape(false)).toEqual(shape(true));
  });

  it('darkens the sea and the land in the dark flavour', () => {
    const sea = (flavour: typeof LIGHT) => buildStyle(input({ flavour })).layers.find((l) => l.id === 'sea');
    expect(JSON.stringify(sea(DARK))).toContain(DARK.sea);
    expect(JSON.stringify(sea(LIGHT))).toContain(LIGHT.sea);
    expect(DARK.sea).not.toBe(LIGHT.sea);
  });
});

describe('overlayOnBasemap', () => {
  it('keeps the basemap glyphs and layers and puts ours on top, without our sea', () => {
    const base = { version: 8 as const, glyphs: 'https://example.org/{fontstack}/{range}.pbf', sources: {}, layers: [{ id: 'water', type: 'background' as const }] };
    const merged = overlayOnBasemap(base, buildStyle(input()));
    expect(merged.glyphs).toBe(base.glyphs);
    expect(merged.layers[0]?.id).toBe('water');
    expect(merged.layers.map((l) => l.id)).not.toContain('sea');
    expect(merged.layers.at(-1)?.id).toBe('units-selected');
    expect(validateStyleMin(merged)).toEqual([]);
  });
});
