import { RELATIONSHIPS, type Relationship } from './vocabulary';
import type { CorePair } from './types';

/**
 * A tie is what readers mean by "Hà Nội–Fukuoka": one Vietnamese unit with one Japanese
 * locality (a prefecture or a municipality). Its documents are its history; the map, the
 * panels, the search and the counts speak in ties and list documents under them.
 */
export interface Tie {
  /** `vn-ha-noi~jp-40`: stable while both ends are. */
  id: string;
  vnId: string;
  /** The Japanese end: a prefecture, or a municipality that keeps its own endpoint. */
  jpId: string;
  jpPrefectureId: string;
  /** Its documents' ids, oldest first (undated last), then by id. */
  pairIds: string[];
  /** At least one document is a signed agreement. */
  signed: boolean;
  /** Distinct relationship types, strongest first. */
  relationships: Relationship[];
  /** Earliest and latest known dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), null when none is dated. */
  first: string | null;
  latest: string | null;
}

const STRENGTH = new Map<Relationship, number>(RELATIONSHIPS.map((r, i) => [r, i]));

// Asked for every pair on every filter: one string per pair object, kept while the pair lives
// (at 24,000 agreements a new concatenation each time was a third of a scene's cost).
const tieIds = new WeakMap<object, string>();

export function tieId(pair: Pick<CorePair, 'vnId' | 'jpId'>): string {
  let id = tieIds.get(pair);
  if (id === undefined) {
    id = `${pair.vnId}~${pair.jpId}`;
    tieIds.set(pair, id);
  }
  return id;
}

/** A tie's documents in the order readers see them: oldest first, undated last, then by id. */
export function byDateThenId(a: Pick<CorePair, 'id' | 'signed'>, b: Pick<CorePair, 'id' | 'signed'>): number {
  if (a.signed !== b.signed) {
    if (a.signed === null) return 1;
    if (b.signed === null) return -1;
    return a.signed < b.signed ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Items (documents, or rows built from them) grouped by tie, groups in the order their first item
 * appears and items in their given order: the one grouping, used by `tiesOf` and the list view.
 */
export function groupByTie<T>(items: readonly T[], endsOf: (item: T) => Pick<CorePair, 'vnId' | 'jpId'>): Map<string, T[]> {
  const members = new Map<string, T[]>();
  for (const item of items) {
    const id = tieId(endsOf(item));
    const list = members.get(id);
    if (list) list.push(item);
    else members.set(id, [item]);
  }
  return members;
}

/** The ties of the given pairs, in the order their first document appears. O(n log n). */
export function tiesOf(pairs: readonly CorePair[]): Tie[] {
  const ties: Tie[] = [];
  for (const [id, docs] of groupByTie(pairs, (pair) => pair)) {
    const sorted = [...docs].sort(byDateThenId);
    const dates = sorted.flatMap((p) => (p.signed ? [p.signed] : []));
    const relationships = [...new Set(sorted.map((p) => p.relationship))].sort((a, b) => (STRENGTH.get(a) ?? 99) - (STRENGTH.get(b) ?? 99));
    const head = sorted[0]!;
    ties.push({
      id,
      vnId: head.vnId,
      jpId: head.jpId,
      jpPrefectureId: head.jpPrefectureId,
      pairIds: sorted.map((p) => p.id),
      signed: sorted.some((p) => p.isAgreement),
      relationships,
      first: dates[0] ?? null,
      latest: dates[dates.length - 1] ?? null,
    });
  }
  return ties;
}

/** Number of distinct ties among the pairs. */
export function tieCount(pairs: readonly CorePair[]): number {
  const ids = new Set<string>();
  for (const pair of pairs) ids.add(tieId(pair));
  return ids.size;
}

/**
 * Ties per locality id: a unit's, a prefecture's (its municipalities' ties included) and a
 * municipality's own. What labels and rankings count.
 */
export function tieCounts(pairs: readonly CorePair[]): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const pair of pairs) {
    const id = tieId(pair);
    if (seen.has(id)) continue;
    seen.add(id);
    add(pair.vnId);
    add(pair.jpId);
    if (pair.jpPrefectureId !== pair.jpId) add(pair.jpPrefectureId);
  }
  return counts;
}

/**
 * Ties per Vietnamese unit and per Japanese prefecture, the sides' "most connected" measure: a
 * municipality's ties count for its prefecture (Osaka's 21 include Sakai's), each tie once.
 */
export function tiesPerSide(pairs: readonly CorePair[]): { vn: Map<string, number>; jp: Map<string, number> } {
  const counts = tieCounts(pairs);
  const vn = new Map<string, number>();
  const jp = new Map<string, number>();
  for (const pair of pairs) {
    vn.set(pair.vnId, counts.get(pair.vnId) ?? 0);
    jp.set(pair.jpPrefectureId, counts.get(pair.jpPrefectureId) ?? 0);
  }
  return { vn, jp };
}

/** The first groups holding at least `limit` rows between them (a tie is never cut in two). */
export function firstGroups<T>(groups: readonly (readonly T[])[], limit: number): (readonly T[])[] {
  const out: (readonly T[])[] = [];
  let rows = 0;
  for (const group of groups) {
    if (rows >= limit) break;
    out.push(group);
    rows += group.length;
  }
  return out;
}
