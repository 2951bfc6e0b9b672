import { geoDistance, geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { arcLine, arcMidpoint, type LonLat } from '../../../src/geo/arcs';

const KM = 6371;
const HANOI: LonLat = [105.85, 21.03];
const TOKYO: LonLat = [139.69, 35.69];

describe('arcLine', () => {
  it('starts and ends on the two places', () => {
    const line = arcLine(HANOI, TOKYO, 0.12);
    expect(line[0]).toEqual(HANOI);
    expect(line.at(-1)?.[0]).toBeCloseTo(TOKYO[0], 4);
    expect(line.at(-1)?.[1]).toBeCloseTo(TOKYO[1], 4);
  });

  it('is visibly curved: its middle is more than 150 km off the great circle', () => {
    const middle = arcMidpoint(arcLine(HANOI, TOKYO, 0.07));
    const straight = geoInterpolate(HANOI, TOKYO)(0.5);
    expect(geoDistance(middle, straight) * KM).toBeGreaterThan(150);
  });
});
