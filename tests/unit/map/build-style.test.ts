import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle, overlayOnBasemap, type StyleInput } from '../../../src/map/build-style';
import { flowLayers, INTERACTIVE_LAYER_IDS, legacyBordersLayer, locationsLayer, unitOutlineLayer } from '../../../src/map/layers';
import { DARK, LIGHT } from '../../../src/view/palette';
import { fixtureGeo } from '../../fixtures/map/geo';

const input = (extra: Partial<StyleInput> = {}): StyleInput => ({ geo: fixtureGeo(), flavour: LIGHT, ...extra });

/** The base style plus the declarative flow and circle layers, as MapLibre ends up holding them. */
function fullStyle(flavour = LIGHT, premerger = false): StyleSpecification {
  const base = buildStyle(input({ flavour }));
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return {
    ...base,
    sources: { ...base.sources, 'unit-outlines': empty, flows: empty, locations: empty },
    layers: [...base.layers, legacyBordersLayer(flavour, premerger), unitOutlineLayer(flavour), ...flowLayers(flavour), locationsLayer()],
  };
}

describe('buildStyle', () => {
  it('is a valid MapLibre style, with the flow and circle layers added, in both flavours', () => {
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

  it('fills every unit and prefecture with one land colour, whatever its number of partners', () => {
    const land = buildStyle(input()).sources.land as unknown as { data: { features: { properties: Record<string, unknown> }[] } };
    const units = land.data.features.filter((f) => f.properties.part === 'unit');
    expect(units).toHaveLength(fixtureGeo().units.features.length);
    expect(units.some((f) => 'count' in f.properties)).toBe(false);
    for (const flavour of [LIGHT, DARK]) {
      const fill = buildStyle(input({ flavour })).layers.find((l) => l.id === 'units-fill');
      expect(fill?.type === 'fill' && fill.paint?.['fill-color']).toBe(flavour.land);
    }
  });

  it('draws the neighbours, the units, their borders and the islands from one source, each layer its own part of it', () => {
    // One source: MapLibre draws tile clipping masks once for the four, not once per layer.
    const style = buildStyle(input());
    const land = style.layers.filter((l) => l.type !== 'background');
    expect(new Set(land.map((l) => ('source' in l ? l.source : null)))).toEqual(new Set(['land']));
    const parts = land.map((l) => JSON.stringify('filter' in l ? l.filter : null));
    expect(new Set(parts).size).toBe(land.length);
    const features = (style.sources.land as unknown as { data: { features: { properties: { part: string } }[] } }).data.features;
    const geo = fixtureGeo();
    const count = (part: string) => features.filter((f) => f.properties.part === part).length;
    expect([count('neighbour'), count('unit'), count('border'), count('island')]).toEqual([
      geo.neighbours.features.length,
      geo.units.features.length,
      geo.unitBorders.features.length,
      geo.islands.features.length,
    ]);
  });

  it('hides the pre-merger borders unless asked', () => {
    expect(legacyBordersLayer(LIGHT, false).layout?.visibility).toBe('none');
    expect(legacyBordersLayer(LIGHT, true).layout?.visibility).toBe('visible');
  });

  it('strokes flows and circles from their own properties, so every renderer shares one paint', () => {
    const layers = flowLayers(LIGHT);
    expect(layers.map((l) => l.id)).toEqual(['flows-casing', 'flows-solid', 'flows-dashed', 'flows-hit']);
    for (const id of ['flows-solid', 'flows-dashed']) {
      const paint = layers.find((l) => l.id === id)?.paint;
      expect(paint?.['line-color']).toEqual(['get', 'color']);
      expect(paint?.['line-width']).toEqual(['get', 'width']);
      expect(paint?.['line-opacity']).toEqual(['get', 'opacity']);
    }
    // A dash cannot be data-driven: two layers split by the `dashed` property, never by an id list.
    expect(layers.find((l) => l.id === 'flows-dashed')?.paint?.['line-dasharray']).toEqual(LIGHT.dash);
    expect(layers.find((l) => l.id === 'flows-solid')?.paint?.['line-dasharray']).toBeUndefined();
    for (const layer of layers) expect(JSON.stringify(layer.filter ?? null)).not.toMatch(/"literal"|"in"|"id"/);
    expect(locationsLayer().paint?.['circle-radius']).toEqual(['get', 'radius']);
  });

  it('keeps thin flows easy to hit with a wide invisible line, and every interactive layer exists', () => {
    const hit = flowLayers(LIGHT).find((l) => l.id === 'flows-hit');
    expect(hit?.paint?.['line-opacity']).toBe(0);
    expect(hit?.paint?.['line-width']).toBeGreaterThanOrEqual(10);
    const ids = fullStyle().layers.map((l) => l.id);
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids).toContain(id);
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
    expect(merged.layers.at(-1)?.id).toBe('islands-fill');
    expect(validateStyleMin(merged)).toEqual([]);
  });
});
