import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { CorePair, Relationship } from '../data/types';
import { relationshipCategory, type RelationshipCategory } from './encoding';

/** [lon, lat] */
export type LonLat = [number, number];

/** What an arc needs from a pair: its id and both ends. */
export interface ArcInput {
  id: string;
  from: LonLat;
  to: LonLat;
}

/** Properties carried by every arc feature (both renderers style on them). */
export interface ArcProperties {
  id: string;
  relationship: Relationship;
  category: RelationshipCategory;
  isAgreement: boolean;
  /** Signed bow, as a fraction of the chord length (positive bows to the left of from → to). */
  bow: number;
}

const EARTH_RADIUS_KM = 6371;

/**
 * Bows tried in order, as a fraction of the chord. All are far from zero, so every arc is
 * visibly curved; most bow to the same side (north-west for Vietnam → Japan), which reads calmer.
 */
export const BOW_LANES: readonly number[] = [0.12, 0.17, 0.07, 0.22, -0.07, 0.27, -0.12, 0.32, -0.17, -0.22];

/** Two arcs leaving one place closer than this (degrees) are taken as overlapping there. */
export const MIN_DEPARTURE_GAP_DEG = 2.5;

/** The chord length of an arc in kilometres. */
export function chordKm(from: LonLat, to: LonLat): number {
  return geoDistance(from, to) * EARTH_RADIUS_KM;
}

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

/** Direction (degrees, screen-like frame) in which an arc leaves `end` (0 = from, 1 = to). */
function departureAngle(from: LonLat, to: LonLat, bow: number, end: 0 | 1): number {
  const line = arcLine(from, to, bow, 48);
  const [a, b] = end === 0 ? [line[0], line[2]] : [line[48], line[46]];
  if (!a || !b) return 0;
  const k = Math.cos((a[1] * Math.PI) / 180);
  return (Math.atan2(b[1] - a[1], (b[0] - a[0]) * k) * 180) / Math.PI;
}

function angleGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

function endKey(point: LonLat): string {
  return `${point[0].toFixed(2)},${point[1].toFixed(2)}`;
}

/**
 * Fans arcs that share an end: each arc, in id order, takes the first bow lane whose departure
 * angle is at least `MIN_DEPARTURE_GAP_DEG` from every arc already placed at either of its ends.
 * Arcs between the same two places (several documents) therefore always get different lanes.
 * Returns the bow of every arc by id.
 */
export function fanArcs(arcs: readonly ArcInput[], lanes: readonly number[] = BOW_LANES): Map<string, number> {
  const placed = new Map<string, number[]>();
  const bows = new Map<string, number>();
  const sorted = [...arcs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const arc of sorted) {
    const ends = [endKey(arc.from), endKey(arc.to)] as const;
    let choice: { bow: number; angles: [number, number] } | null = null;
    let best: { bow: number; angles: [number, number]; gap: number } | null = null;
    for (const bow of lanes) {
      const angles: [number, number] = [departureAngle(arc.from, arc.to, bow, 0), departureAngle(arc.from, arc.to, bow, 1)];
      let gap = Infinity;
      ends.forEach((key, i) => {
        for (const other of placed.get(key) ?? []) gap = Math.min(gap, angleGap(other, angles[i] ?? 0));
      });
      if (gap >= MIN_DEPARTURE_GAP_DEG) {
        choice = { bow, angles };
        break;
      }
      if (!best || gap > best.gap) best = { bow, angles, gap };
    }
    const picked = choice ?? best;
    if (!picked) continue;
    bows.set(arc.id, picked.bow);
    ends.forEach((key, i) => placed.set(key, [...(placed.get(key) ?? []), picked.angles[i] ?? 0]));
  }
  return bows;
}

/** One LineString feature per pair, fanned, carrying what the styles need. */
export function buildArcFeatures(pairs: readonly CorePair[]): FeatureCollection<LineString, ArcProperties> {
  const bows = fanArcs(pairs);
  const features: Feature<LineString, ArcProperties>[] = pairs.map((pair) => {
    const bow = bows.get(pair.id) ?? BOW_LANES[0] ?? 0.14;
    return {
      type: 'Feature',
      id: pair.id,
      geometry: { type: 'LineString', coordinates: arcLine(pair.from, pair.to, bow) },
      properties: {
        id: pair.id,
        relationship: pair.relationship,
        category: relationshipCategory(pair.relationship),
        isAgreement: pair.isAgreement,
        bow,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The middle point of an arc (where a handle or tooltip sits). */
export function arcMidpoint(line: readonly LonLat[]): LonLat {
  return line[Math.floor(line.length / 2)] ?? [0, 0];
}
