import { geoIdentity, geoPath } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { thinPath } from '../../../src/view/thin-path';

// geoIdentity: projected pixels equal the input, so distances are easy to reason about.
const identity = geoIdentity();
const vertices = (d: string | null) => (d ?? '').match(/[ML][^MLZ]+/g)?.map((step) => step.slice(1).split(',').map(Number)) ?? [];

describe('thinPath', () => {
  it('drops vertices closer than the threshold to the last kept one, and keeps the line’s last vertex', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.1, 0],
        [0.2, 0],
        [1, 0],
        [1.1, 0],
        [3, 0],
        [3.2, 0],
      ],
    };
    expect(vertices(thinPath(identity, 0.5)(line))).toEqual([
      [0, 0],
      [1, 0],
      [3, 0],
      [3.2, 0],
    ]);
  });

  it('keeps every vertex that is already far enough apart, so coarse shapes are drawn as before', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(thinPath(identity, 0.5)(square)).toBe(geoPath(identity)(square));
  });

  it('thins a dense ring to far fewer vertices that still span it', () => {
    const ring = Array.from({ length: 1001 }, (_, i) => [50 + 40 * Math.cos((2 * Math.PI * i) / 1000), 50 + 40 * Math.sin((2 * Math.PI * i) / 1000)]);
    const circle: Polygon = { type: 'Polygon', coordinates: [ring] };
    const kept = vertices(thinPath(identity, 2)(circle));
    expect(kept.length).toBeLessThan(200);
    expect(kept.length).toBeGreaterThan(100);
    const xs = kept.map(([x]) => x!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(79);
  });
});
