import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/geo/arcs';
import { layoutMapLabels, type FixedLabel, type LabelCircle } from '../../../src/view/map-label-layout';

// A flat projection, 10 px a degree, so distances read in pixels.
const projector = { project: ([lon, lat]: LonLat): [number, number] => [lon * 10, 300 - lat * 10], viewport: () => ({ width: 2000, height: 600 }) };
const hoangSa: FixedLabel = { id: 'hoang-sa', text: 'Hoang Sa Islands (Da Nang)', point: [112, 16.5], kind: 'place' };
const size = { width: 150, height: 16 };

function islandName(circles: LabelCircle[]) {
  const layout = layoutMapLabels({
    ids: [hoangSa.id],
    entryById: new Map(),
    fixedById: new Map([[hoangSa.id, hoangSa]]),
    sizes: new Map([[hoangSa.id, size]]),
    obstacles: [],
    projector,
    boosted: new Set(),
    selected: new Set(),
    circles,
  });
  return { at: layout.atPoint.get(hoangSa.id), shown: layout.shown.has(hoangSa.id) };
}

describe('an island’s name', () => {
  it('starts just left of its islands where no circle is near', () => {
    expect(islandName([{ point: [100, 40], radius: 12 }])).toEqual({ at: { x: 1112, y: 127 }, shown: true });
  });

  it('starts past the edge of a circle it would touch, and is still shown', () => {
    // A circle 12 px wide centred 10 px west of the islands (Đà Nẵng's, on a phone).
    expect(islandName([{ point: [111, 16.5], radius: 12 }])).toEqual({ at: { x: 1110 + 12 + 4, y: 127 }, shown: true });
  });
});
