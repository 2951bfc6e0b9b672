import { geoDistance, geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { arcLine, arcMidpoint, buildArcFeatures, fanArcs, type LonLat } from '../../../src/geo/arcs';
import { pairs } from '../../fixtures/map/bundle';

const KM = 6371;
const HANOI: LonLat = [105.85, 21.03];
const TOKYO: LonLat = [139.69, 35.69];

function midpointOf(id: string): LonLat {
  const feature = buildArcFeatures(pairs).features.find((f) => f.properties.id === id);
  return arcMidpoint((feature?.geometry.coordinates ?? []) as LonLat[]);
}

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

describe('fanArcs', () => {
  it('gives every fixture arc a bow of at least 0.07 of its chord', () => {
    for (const bow of fanArcs(pairs).values()) expect(Math.abs(bow)).toBeGreaterThanOrEqual(0.07);
  });

  it('separates two arcs sharing Yamanashi (from Quang Tri and from Lao Cai)', () => {
    const a = midpointOf('vn-quang-tri--jp-19');
    const b = midpointOf('vn-lao-cai--jp-19');
    expect(geoDistance(a, b) * KM).toBeGreaterThan(50);
  });

  it('separates Ho Chi Minh City–Osaka City from Ho Chi Minh City–Osaka Prefecture although their Japanese ends almost touch', () => {
    const bows = fanArcs(pairs);
    expect(bows.get('vn-ho-chi-minh-city--jp-27-osaka')).not.toBe(bows.get('vn-ho-chi-minh-city--jp-27'));
    expect(geoDistance(midpointOf('vn-ho-chi-minh-city--jp-27-osaka'), midpointOf('vn-ho-chi-minh-city--jp-27')) * KM).toBeGreaterThan(50);
  });

  it('separates two documents between the same two localities', () => {
    const a = midpointOf('vn-da-nang--jp-27-sakai--2019-friendship');
    const b = midpointOf('vn-da-nang--jp-27-sakai--2019-friendship-2');
    expect(geoDistance(a, b) * KM).toBeGreaterThan(50);
  });

  it('does not depend on the order of the input', () => {
    expect([...fanArcs([...pairs].reverse())].sort()).toEqual([...fanArcs(pairs)].sort());
  });
});

describe('buildArcFeatures', () => {
  it('makes one line per pair, carrying its id and relationship class', () => {
    const { features } = buildArcFeatures(pairs);
    expect(features.map((f) => f.properties.id)).toEqual(pairs.map((p) => p.id));
    expect(features.find((f) => f.properties.id === 'vn-quang-tri--jp-19')?.properties.category).toBe('twinning');
    expect(features.find((f) => f.properties.id === 'vn-lao-cai--jp-19')?.properties.category).toBe('economic');
  });
});
