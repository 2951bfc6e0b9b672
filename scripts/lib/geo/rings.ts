import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];
/** A polygon as rings: the first is the exterior, the rest are holes. */
export type PolygonRings = Ring[];

/** Planar shoelace area in degrees², positive when the ring runs counter-clockwise (north up). */
export function signedRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/** The polygons of a Polygon or MultiPolygon geometry, as one list. */
export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Rewinds to d3-geo's convention: exterior rings clockwise, holes counter-clockwise.
 * Sources disagree (geoBoundaries follows RFC 7946, world-atlas follows d3); d3-geo reads a
 * wrongly wound ring as "the whole sphere minus this", which gives areas near 4π.
 */
export function rewindForD3(polygon: PolygonRings): PolygonRings {
  return polygon.map((ring, index) => {
    const wantClockwise = index === 0;
    const isClockwise = signedRingArea(ring) < 0;
    return isClockwise === wantClockwise ? ring : [...ring].reverse();
  });
}

/** Drops whole polygons (islets) whose exterior is smaller than minArea degrees². */
export function dropSmallPolygons(polygons: PolygonRings[], minArea: number): PolygonRings[] {
  return polygons.filter((p) => p[0] !== undefined && Math.abs(signedRingArea(p[0])) >= minArea);
}

/** [west, south, east, north] of a list of polygons. */
export function bboxOf(polygons: readonly PolygonRings[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        s = Math.min(s, y);
        e = Math.max(e, x);
        n = Math.max(n, y);
      }
  return [w, s, e, n];
}

export type Box = readonly [west: number, south: number, east: number, north: number];

/**
 * Clips a ring to a rectangle (Sutherland–Hodgman). Parts that leave and re-enter the box
 * are joined along its edge; that is harmless for the muted, unstroked neighbour fill this
 * is used for, and keeps the code small.
 */
export function clipRingToBox(ring: readonly Position[], [west, south, east, north]: Box): Ring {
  type Inside = (p: Position) => boolean;
  type Cut = (a: Position, b: Position) => Position;
  const x = (p: Position): number => p[0] ?? 0;
  const y = (p: Position): number => p[1] ?? 0;
  const atX =
    (edge: number): Cut =>
    (a, b) => [edge, y(a) + ((y(b) - y(a)) * (edge - x(a))) / (x(b) - x(a))];
  const atY =
    (edge: number): Cut =>
    (a, b) => [x(a) + ((x(b) - x(a)) * (edge - y(a))) / (y(b) - y(a)), edge];
  const edges: [Inside, Cut][] = [
    [(p) => x(p) >= west, atX(west)],
    [(p) => x(p) <= east, atX(east)],
    [(p) => y(p) >= south, atY(south)],
    [(p) => y(p) <= north, atY(north)],
  ];
  // Work on an open ring (no repeated closing point), close it again at the end.
  let points: Position[] = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Position;
      const previous = input[(i + input.length - 1) % input.length] as Position;
      if (inside(current)) {
        if (!inside(previous)) points.push(cut(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(cut(previous, current));
      }
    }
  }
  const first = points[0];
  return points.length >= 3 && first ? [...points, first] : [];
}

/** Clips every ring of every polygon to the box and drops what ends up empty. */
export function clipPolygonsToBox(polygons: readonly PolygonRings[], box: Box): PolygonRings[] {
  const out: PolygonRings[] = [];
  for (const [exterior, ...holes] of polygons) {
    const clipped = exterior ? clipRingToBox(exterior, box) : [];
    if (Math.abs(signedRingArea(clipped)) === 0) continue;
    const clippedHoles = holes.map((hole) => clipRingToBox(hole, box)).filter((r) => Math.abs(signedRingArea(r)) > 0);
    out.push([clipped, ...clippedHoles]);
  }
  return out;
}

/** Builds a Polygon or MultiPolygon from a list of polygons (null when empty). */
export function toGeometry(polygons: PolygonRings[]): Polygon | MultiPolygon | null {
  if (polygons.length === 0) return null;
  if (polygons.length === 1 && polygons[0]) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}
