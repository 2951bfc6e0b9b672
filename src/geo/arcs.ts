import { geoInterpolate } from 'd3-geo';

/** [lon, lat] */
export type LonLat = [number, number];

/**
 * Points of one arc: the great-circle path from `from` to `to` (d3 `geoInterpolate`), pushed
 * sideways by a parabolic bow of `bow` × chord at the middle, in a local equirectangular frame
 * (x = lon·cos φ₀, y = lat) so the bow is perpendicular on screen at these latitudes.
 */
export function arcLine(from: LonLat, to: LonLat, bow: number, steps = 48): LonLat[] {
  const interpolate = geoInterpolate(from, to);
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const dx = (to[0] - from[0]) * k;
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy) || 1;
  // Left-hand normal of the chord, scaled to the bow height in degrees.
  const nx = (-dy / length) * bow * length;
  const ny = (dx / length) * bow * length;
  const points: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const [lon, lat] = interpolate(t);
    const lift = 4 * t * (1 - t);
    points.push([round(lon + (nx * lift) / k), round(lat + ny * lift)]);
  }
  return points;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** The middle point of an arc (where a handle or tooltip sits). */
export function arcMidpoint(line: readonly LonLat[]): LonLat {
  return line[Math.floor(line.length / 2)] ?? [0, 0];
}
