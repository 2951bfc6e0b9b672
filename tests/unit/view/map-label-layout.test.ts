import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/geo/arcs';
import { layoutMapLabels, type FixedLabel, type LabelCircle } from '../../../src/view/map-label-layout';
import type { LabelEntry } from '../../../src/view/model';

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
    circles,
  });
  return { at: layout.atPoint.get(hoangSa.id), shown: layout.shown.has(hoangSa.id) };
}

describe('an island’s name', () => {
  it('starts just left of its islands where no circle is near', () => {
    expect(islandName([{ id: 'far', point: [100, 40], radius: 12 }])).toEqual({ at: { x: 1112, y: 127 }, shown: true });
  });

  it('starts past the edge of a circle it would touch, and is still shown', () => {
    // A circle 12 px wide centred 10 px west of the islands (Đà Nẵng's, on a phone).
    expect(islandName([{ id: 'vn-da-nang', point: [111, 16.5], radius: 12 }])).toEqual({ at: { x: 1110 + 12 + 14, y: 127 }, shown: true });
  });
});

describe("the names of a selection's places", () => {
  const entry = (id: string, country: 'vn' | 'jp', point: LonLat, priority: number): LabelEntry => ({ id, country, kind: 'prefecture', text: id, ariaLabel: id, point, priority, area: 0 });
  // Kanagawa and Chiba 8 px apart (on the flat projection): centred, their names would cover each other and both circles.
  const kanagawa = entry('jp-14', 'jp', [139.4, 20.4], 3);
  const chiba = entry('jp-12', 'jp', [140.2, 20.5], 4);
  const daNang = entry('vn-da-nang', 'vn', [108, 16], 9);
  const nameSize = { width: 60, height: 16 };

  /** Every entry with a 5 px circle, and `others`: circles of places without a name here. */
  function layout(entries: LabelEntry[], boosted: string[], others: LabelCircle[] = []) {
    return layoutMapLabels({
      ids: entries.map((e) => e.id),
      entryById: new Map(entries.map((e) => [e.id, e])),
      fixedById: new Map(),
      sizes: new Map(entries.map((e) => [e.id, nameSize])),
      obstacles: [],
      projector,
      boosted: new Set(boosted),
      circles: [...entries.map((e) => ({ id: e.id, point: e.point, radius: 5 })), ...others],
    });
  }

  it('stand beside their circles, on the side away from the flows: east in Japan, west in Vietnam', () => {
    const placed = layout([chiba, daNang], ['jp-12', 'vn-da-nang']);
    const [cx, cy] = projector.project(chiba.point);
    expect(placed.atPoint.get('jp-12')).toEqual({ x: cx + 5 + 4, y: cy - 8 }); // 4 px clear of a 5 px circle
    const [dx, dy] = projector.project(daNang.point);
    expect(placed.atPoint.get('vn-da-nang')).toEqual({ x: dx - 5 - 4 - 60, y: dy - 8 });
  });

  it('both show when they would collide, the one with fewer ties moving round its circle', () => {
    const placed = layout([kanagawa, chiba], ['jp-14', 'jp-12']);
    expect([...placed.shown].sort()).toEqual(['jp-12', 'jp-14']);
    const [kx, ky] = projector.project(kanagawa.point);
    expect(placed.atPoint.get('jp-14')).not.toEqual({ x: kx + 5 + 4, y: ky - 8 });
  });

  it('never stand beside a circle that is not theirs: where another lies nearer, the name tries the next side', () => {
    // Okinawa's circle 30 px east of Nagasaki's: east of Nagasaki, its name would read as Okinawa's.
    const nagasaki = entry('jp-42', 'jp', [129.9, 20], 2);
    const okinawa = { id: 'jp-47', point: [132.9, 20] as LonLat, radius: 5 };
    const placed = layout([nagasaki], [nagasaki.id], [okinawa]);
    const [nx, ny] = projector.project(nagasaki.point);
    expect(placed.atPoint.get('jp-42')).toEqual({ x: nx - 5 - 4 - 60, y: ny - 8 });
  });

  it('give way where every place round their circle lies nearer another circle, rather than cover theirs and the others', () => {
    const osaka = entry('jp-27', 'jp', [135, 20], 2);
    const neighbours = (
      [
        [137.9, 20],
        [132.1, 20],
        [135, 22.5],
        [135, 17.5],
      ] as LonLat[]
    ).map((point, i) => ({ id: `jp-${i}`, point, radius: 5 }));
    const placed = layout([osaka], [osaka.id], neighbours);
    expect(placed.shown.has('jp-27')).toBe(false);
  });

  it('elsewhere stand centred on their point, and the lower one gives way', () => {
    const placed = layout([kanagawa, chiba], []);
    expect([...placed.shown]).toEqual(['jp-12']);
  });
});
