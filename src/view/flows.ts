import type { CorePair, Locality, Region } from '../data/types';
import { tieId } from '../data/ties';
import { RELATIONSHIPS, type Relationship } from '../data/vocabulary';
import { arcLine, arcMidpoint, type LonLat } from '../geo/arcs';
import { relationshipCategory, type RelationshipCategory } from '../geo/encoding';
import { fanEnds } from './fan-ends';

/**
 * Flows by level of detail (the flow-map approach): locations are grouped by how far the reader
 * has gone in, and the ties between two groups become one flow, strongest first.
 * - `regions`: Vietnam's six regions × Japan's eight (the opening view: at most 48 flows);
 * - `provinces`: units × prefectures (a municipality's ties count for its prefecture);
 * - `ties`: one flow per tie of one unit × prefecture pair (a municipality keeps its own end).
 * Pure: the SVG first view, the WebGL map and the downloaded figure all draw what this returns.
 */
export type FlowLevel = 'regions' | 'provinces' | 'ties';

/** What part of the data a level shows: everything, or what touches a focus. */
export type FlowScope =
  | { kind: 'all' }
  /** A region, or a region pair: the units and prefectures inside it. */
  | { kind: 'regions'; vn: string | null; jp: string | null }
  /** A unit, prefecture or municipality: its own flows. */
  | { kind: 'locality'; id: string }
  /** One unit × prefecture pair: its ties. */
  | { kind: 'group'; vnId: string; jpPrefectureId: string };

export interface Flow {
  /** `<Vietnamese end>~<Japanese end>`, unique within a level. */
  id: string;
  level: FlowLevel;
  vnId: string;
  jpId: string;
  ties: number;
  documents: number;
  /** Signed documents among them. */
  signedDocuments: number;
  /** Drawn solid when at least one document is signed. */
  signed: boolean;
  strongest: Relationship;
  category: RelationshipCategory;
  /** Its documents, in bundle order. */
  pairIds: string[];
  /** The drawn curve: ends fanned over each location, so no two flows share their first pixels. */
  line: LonLat[];
  mid: LonLat;
  /**
   * Where its count label stands: the strongest a quarter of the way from Vietnam, the next ones
   * further along, so the labels of flows leaving one place do not sit on each other.
   */
  labelAt: LonLat;
}

interface FlowLocation {
  id: string;
  country: 'vn' | 'jp';
  point: LonLat;
  /** Ties of this location in the scene (its circle's area is proportional to it). */
  ties: number;
  /** Their documents: ranks locations with as many ties. */
  documents: number;
}

export interface FlowScene {
  level: FlowLevel;
  scope: FlowScope;
  /** Strongest first (most ties, then most documents, then id). */
  flows: Flow[];
  /** Flows left out by the cap (the weakest), 0 when all are drawn. */
  hidden: number;
  locations: FlowLocation[];
}

/** At most this many flows are drawn at the provinces level: the strongest, then "and N more". */
export const MAX_FLOWS = 120;

const STRENGTH = new Map<Relationship, number>(RELATIONSHIPS.map((r, i) => [r, i]));

/** How far apart (degrees) the ends of one location's flows are spread, per level. */
const FAN_SPREAD: Record<FlowLevel, number> = { regions: 1.6, provinces: 0.5, ties: 0.12 };
/** The same gentle bow for every flow: flows between neighbours run side by side. */
const BOW = 0.1;
const STEPS = 32;

export interface FlowInput {
  /** Visible pairs (every filter applied). */
  pairs: readonly CorePair[];
  localityById: ReadonlyMap<string, Locality>;
  regions: readonly Region[];
  level: FlowLevel;
  scope: FlowScope;
}

function ends(pair: CorePair, level: FlowLevel, regionOf: (id: string) => string): [string, string] {
  if (level === 'regions') return [regionOf(pair.vnId), regionOf(pair.jpPrefectureId)];
  if (level === 'provinces') return [pair.vnId, pair.jpPrefectureId];
  return [pair.vnId, pair.jpId];
}

function inScope(pair: CorePair, scope: FlowScope, regionOf: (id: string) => string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'regions':
      return (scope.vn === null || regionOf(pair.vnId) === scope.vn) && (scope.jp === null || regionOf(pair.jpPrefectureId) === scope.jp);
    case 'locality':
      return pair.vnId === scope.id || pair.jpId === scope.id || pair.jpPrefectureId === scope.id;
    case 'group':
      return pair.vnId === scope.vnId && pair.jpPrefectureId === scope.jpPrefectureId;
  }
}

interface Tally {
  id: string;
  vnId: string;
  jpId: string;
  ties: Set<string>;
  pairIds: string[];
  signedDocuments: number;
  strongest: Relationship;
}

/** Flows of the visible pairs at one level and scope, with their fanned curves and locations. */
export function buildFlowScene({ pairs, localityById, regions, level, scope }: FlowInput): FlowScene {
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const regionOf = (id: string) => localityById.get(id)?.regionId ?? '';
  const pointOf = (id: string): LonLat | undefined => (level === 'regions' ? regionById.get(id)?.point : localityById.get(id)?.point);

  const tallies = new Map<string, Tally>();
  const locationTies = new Map<string, Set<string>>();
  const locationDocuments = new Map<string, number>();
  for (const pair of pairs) {
    if (!inScope(pair, scope, regionOf)) continue;
    const [vnId, jpId] = ends(pair, level, regionOf);
    const id = `${vnId}~${jpId}`;
    let tally = tallies.get(id);
    if (!tally) {
      tally = { id, vnId, jpId, ties: new Set(), pairIds: [], signedDocuments: 0, strongest: pair.relationship };
      tallies.set(id, tally);
    }
    const tie = tieId(pair);
    tally.ties.add(tie);
    tally.pairIds.push(pair.id);
    if (pair.isAgreement) tally.signedDocuments += 1;
    if ((STRENGTH.get(pair.relationship) ?? 99) < (STRENGTH.get(tally.strongest) ?? 99)) tally.strongest = pair.relationship;
    for (const end of [vnId, jpId]) {
      let set = locationTies.get(end);
      if (!set) locationTies.set(end, (set = new Set()));
      set.add(tie);
      locationDocuments.set(end, (locationDocuments.get(end) ?? 0) + 1);
    }
  }

  const ranked = [...tallies.values()].filter((t) => pointOf(t.vnId) && pointOf(t.jpId)).sort((a, b) => b.ties.size - a.ties.size || b.pairIds.length - a.pairIds.length || (a.id < b.id ? -1 : 1));
  const kept = level === 'regions' ? ranked : ranked.slice(0, MAX_FLOWS);
  const fanned = fanEnds(kept, (id) => pointOf(id) as LonLat, FAN_SPREAD[level]);

  const flows = kept.map((t, rank): Flow => {
    const [from, to] = fanned.get(t.id) ?? [pointOf(t.vnId) as LonLat, pointOf(t.jpId) as LonLat];
    const line = arcLine(from, to, BOW, STEPS);
    return {
      id: t.id,
      level,
      vnId: t.vnId,
      jpId: t.jpId,
      ties: t.ties.size,
      documents: t.pairIds.length,
      signedDocuments: t.signedDocuments,
      signed: t.signedDocuments > 0,
      strongest: t.strongest,
      category: relationshipCategory(t.strongest),
      pairIds: t.pairIds,
      line,
      mid: arcMidpoint(line),
      labelAt: line[Math.round((line.length - 1) * (0.25 + 0.2 * Math.min(rank, 2)))] ?? arcMidpoint(line),
    };
  });

  const locations: FlowLocation[] = [];
  for (const [id, ties] of locationTies) {
    const point = pointOf(id);
    if (!point) continue;
    locations.push({ id, country: id.startsWith('vn-') ? 'vn' : 'jp', point, ties: ties.size, documents: locationDocuments.get(id) ?? 0 });
  }
  locations.sort((a, b) => b.ties - a.ties || b.documents - a.documents || (a.id < b.id ? -1 : 1));
  return { level, scope, flows, hidden: ranked.length - kept.length, locations };
}

/** The three flows that carry a count label on the map. */
export function labelledFlows(scene: FlowScene, count = 3): Flow[] {
  return scene.flows.slice(0, count);
}
