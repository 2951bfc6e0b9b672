import type { Locality, CorePair } from '../data/types';
import { RELATIONSHIPS, type Relationship } from '../data/vocabulary';
import { arcLine, arcMidpoint, type LonLat } from '../geo/arcs';
import { relationshipCategory, type RelationshipCategory } from '../geo/encoding';

/**
 * The overview: one arc per Vietnamese unit × Japanese prefecture (a municipality's documents
 * roll up into its prefecture). Geometry is built once from every pair, so a filter only
 * changes an arc's count, colour and dash, never its place; how many arcs exist is bounded by
 * the unit × prefecture pairs with documents (at most 34 × 47), whatever the size of the data.
 */

/** Strongest first: the colour of a group is that of its strongest relationship. */
export const RELATIONSHIP_STRENGTH: readonly Relationship[] = RELATIONSHIPS;

const STRENGTH = new Map(RELATIONSHIP_STRENGTH.map((r, i) => [r, i]));

/** A unit–prefecture group and its fixed line. */
export interface GroupGeometry {
  id: string;
  vnId: string;
  /** The Japanese prefecture. */
  jpId: string;
  line: LonLat[];
  mid: LonLat;
}

/** What the current filters leave in a group. */
export interface GroupStats {
  id: string;
  /** Visible documents, in bundle order. */
  pairIds: string[];
  count: number;
  /** At least one signed document: drawn solid. */
  signed: boolean;
  strongest: Relationship;
  category: RelationshipCategory;
}

export function groupId(vnId: string, jpPrefectureId: string): string {
  return `${vnId}~${jpPrefectureId}`;
}

// A pair's group is asked for on every filter; one string per pair (its hash kept) beats a new
// concatenation each time (groupStats at 10,000 agreements: ~3.3 → ~2 ms in Node).
const groupIds = new WeakMap<object, string>();

export function groupOf(pair: Pick<CorePair, 'vnId' | 'jpPrefectureId'>): string {
  let id = groupIds.get(pair);
  if (id === undefined) {
    id = groupId(pair.vnId, pair.jpPrefectureId);
    groupIds.set(pair, id);
  }
  return id;
}

/**
 * Gentle bows for overview arcs, tried in order: small enough that no arc leaves the box around
 * the two countries by more than a small margin.
 */
export const GENTLE_LANES: readonly number[] = [0.08, 0.05, 0.11, 0.02, 0.14, -0.03];

/** Fewer points than a document arc: overview arcs are short-lived on screen and many. */
const STEPS = 24;

function departure(from: LonLat, to: LonLat, bow: number): [number, number] {
  // Direction at each end of the parabolic bow, in the local equirectangular frame.
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const dx = (to[0] - from[0]) * k;
  const dy = to[1] - from[1];
  const nx = -dy * bow * 4;
  const ny = dx * bow * 4;
  const deg = (x: number, y: number) => (Math.atan2(y, x) * 180) / Math.PI;
  return [deg(dx + nx, dy + ny), deg(-dx + nx, -dy + ny)];
}

function gap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * One line per unit–prefecture group that has any pair, fanned so that arcs leaving one place
 * take different lanes. `pointOf` gives a locality's label point (unit and prefecture ends).
 */
export function groupGeometries(pairs: readonly CorePair[], pointOf: (id: string) => LonLat | undefined): GroupGeometry[] {
  const ends = new Map<string, { vnId: string; jpId: string }>();
  for (const pair of pairs) {
    const id = groupOf(pair);
    if (!ends.has(id)) ends.set(id, { vnId: pair.vnId, jpId: pair.jpPrefectureId });
  }
  const placed = new Map<string, number[]>();
  const result: GroupGeometry[] = [];
  for (const id of [...ends.keys()].sort()) {
    const { vnId, jpId } = ends.get(id)!;
    const from = pointOf(vnId);
    const to = pointOf(jpId);
    if (!from || !to) continue;
    let best = { bow: GENTLE_LANES[0] ?? 0.1, angles: [0, 0] as [number, number], gap: -1 };
    for (const bow of GENTLE_LANES) {
      const angles = departure(from, to, bow);
      let smallest = Infinity;
      for (const a of placed.get(vnId) ?? []) smallest = Math.min(smallest, gap(a, angles[0]));
      for (const a of placed.get(jpId) ?? []) smallest = Math.min(smallest, gap(a, angles[1]));
      if (smallest > best.gap) best = { bow, angles, gap: smallest };
      if (smallest >= 3) break;
    }
    placed.set(vnId, [...(placed.get(vnId) ?? []), best.angles[0]]);
    placed.set(jpId, [...(placed.get(jpId) ?? []), best.angles[1]]);
    const line = arcLine(from, to, best.bow, STEPS);
    result.push({ id, vnId, jpId, line, mid: arcMidpoint(line) });
  }
  return result;
}

/** Groups of the visible pairs: count, signed, strongest relationship. O(n), run per filter change. */
export function groupStats(visible: readonly CorePair[]): Map<string, GroupStats> {
  const stats = new Map<string, GroupStats>();
  for (const pair of visible) {
    const id = groupOf(pair);
    let entry = stats.get(id);
    if (!entry) {
      entry = { id, pairIds: [], count: 0, signed: false, strongest: pair.relationship, category: relationshipCategory(pair.relationship) };
      stats.set(id, entry);
    }
    entry.pairIds.push(pair.id);
    entry.count += 1;
    if (pair.isAgreement) entry.signed = true;
    if ((STRENGTH.get(pair.relationship) ?? 99) < (STRENGTH.get(entry.strongest) ?? 99)) {
      entry.strongest = pair.relationship;
      entry.category = relationshipCategory(pair.relationship);
    }
  }
  return stats;
}

/** A lookup of label points by locality id. */
export function pointLookup(localities: readonly Locality[]): (id: string) => LonLat | undefined {
  const points = new Map(localities.map((l) => [l.id, l.point as LonLat]));
  return (id) => points.get(id);
}

/** Bows of individual document arcs, by rank inside their exact end-to-end bundle. */
export const DOCUMENT_LANES: readonly number[] = [0.1, 0.16, 0.04, 0.22, -0.03, 0.28, -0.09];

/**
 * Lines of individual documents (shown for a selection), each offset by its rank among the
 * documents sharing both ends, so several documents between two places never overlap. Rank is
 * by id over all pairs given, so a filter never moves a document's arc.
 */
export function documentLines(pairs: readonly CorePair[], steps = 32): Map<string, LonLat[]> {
  const rank = new Map<string, number>();
  const byEnds = new Map<string, string[]>();
  for (const pair of pairs) {
    const key = `${pair.vnId}|${pair.jpId}`;
    byEnds.set(key, [...(byEnds.get(key) ?? []), pair.id]);
  }
  for (const ids of byEnds.values()) [...ids].sort().forEach((id, i) => rank.set(id, i));
  const lines = new Map<string, LonLat[]>();
  for (const pair of pairs) {
    const lane = DOCUMENT_LANES[(rank.get(pair.id) ?? 0) % DOCUMENT_LANES.length] ?? 0.1;
    lines.set(pair.id, arcLine(pair.from, pair.to, lane, steps));
  }
  return lines;
}
