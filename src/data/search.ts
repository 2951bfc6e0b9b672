import { foldText } from '../lib/text';
import { tiesOf, type Tie } from './ties';
import type { CoreBundle, Locality } from './types';

/**
 * Search over localities, ties and sectors, pure and language-independent: every name a reader
 * might type (English, Vietnamese with or without diacritics, Japanese in kanji or kana, and
 * the pre-merger province names) points to the same ids. Agreements are found as ties: "Hanoi
 * Fukuoka" is one answer however many documents the two have signed.
 */

/** Why a result matched when the reader could not guess it from its name. */
export type MatchReason =
  | { kind: 'former'; formerVi: string; formerJa: string }
  | { kind: 'signed-as'; signedAsVi: string };

type SearchKind = 'locality' | 'tie' | 'sector';

export interface SearchResult {
  kind: SearchKind;
  /** A locality id, a tie id (`tieId`) or a sector id. */
  id: string;
  /** Lower is better. */
  score: number;
  reason: MatchReason | null;
}

interface Entry {
  kind: SearchKind;
  id: string;
  /** Folded names, each searched separately (a query must fit in one of them). */
  names: string[];
  /** Folded pre-merger names with their reason. */
  former: { text: string; reason: MatchReason }[];
  /** All names of both ends, for multi-word queries like "quang tri yamanashi". */
  all: string;
}

export interface SearchIndex {
  entries: Entry[];
  /** The ties the entries name, by id, for the rows that describe them. */
  ties: ReadonlyMap<string, Tie>;
}

const HIRAGANA = /[\u3041-\u3096]/g;

/** Folds a string for matching: `foldText`, and hiragana to katakana so `だなん` finds `ダナン`. */
export function searchFold(s: string): string {
  return foldText(s).replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

// Japanese administrative suffixes, so `山梨` and `ダナン` match as readily as `山梨県` and `ダナン市`.
const JA_SUFFIX = /(都|道|府|県|市|町|村|区|省)$/;

function localityNames(locality: Locality): string[] {
  const { en, vi, ja } = locality.names;
  const names = [en, vi, ja, ja.replace(JA_SUFFIX, '')];
  return [...new Set(names.map(searchFold).filter(Boolean))];
}

const indexes = new WeakMap<object, SearchIndex>();

/** The bundle's index: built on first use, then kept as long as the bundle is. */
export function searchIndexOf(bundle: CoreBundle): SearchIndex {
  let index = indexes.get(bundle);
  if (!index) indexes.set(bundle, (index = buildSearchIndex(bundle)));
  return index;
}

/** Builds the index of one bundle (see `searchIndexOf` for the kept one). */
export function buildSearchIndex(bundle: Pick<CoreBundle, 'localities' | 'pairs'> & Partial<Pick<CoreBundle, 'sectors'>>): SearchIndex {
  const byId = new Map(bundle.localities.map((l) => [l.id, l]));
  const entries: Entry[] = [];
  for (const locality of bundle.localities) {
    const names = localityNames(locality);
    const former = (locality.formerProvinces ?? [])
      .filter((f) => searchFold(f.names.vi) !== searchFold(locality.names.vi))
      .flatMap((f) => {
        const reason: MatchReason = { kind: 'former', formerVi: f.names.vi, formerJa: f.names.ja };
        return [f.names.en, f.names.vi, f.names.ja, f.names.ja.replace(JA_SUFFIX, '')].map((text) => ({ text: searchFold(text), reason }));
      });
    entries.push({ kind: 'locality', id: locality.id, names, former, all: names.join(' ') });
  }
  const ties = tiesOf(bundle.pairs);
  const pairById = new Map(bundle.pairs.map((p) => [p.id, p]));
  for (const tie of ties) {
    const ends = [tie.vnId, tie.jpId, tie.jpPrefectureId].map((id) => byId.get(id)).filter((l): l is Locality => !!l);
    const names = ends.flatMap(localityNames);
    // Any of its documents' "signed as" names finds the tie (Bình Định finds Gia Lai's ties).
    const signedAs = new Map<string, string>();
    for (const pairId of tie.pairIds) {
      const as = pairById.get(pairId)?.signedAs;
      if (as) for (const text of [as.vi, as.en]) signedAs.set(searchFold(text), as.vi);
    }
    const former = [...signedAs].map(([text, vi]) => ({ text, reason: { kind: 'signed-as', signedAsVi: vi } as MatchReason }));
    entries.push({ kind: 'tie', id: tie.id, names: [], former, all: [...new Set([...names, ...former.map((f) => f.text)])].join(' ') });
  }
  // Sectors too, so a reader typing "hydrogen" or "nông nghiệp" finds the filter.
  for (const sector of bundle.sectors ?? []) {
    const names = [...new Set([sector.id.replace(/_/g, ' '), sector.labels.en, sector.labels.vi, sector.labels.ja].map(searchFold))];
    entries.push({ kind: 'sector', id: sector.id, names, former: [], all: names.join(' ') });
  }
  return { entries, ties: new Map(ties.map((tie) => [tie.id, tie])) };
}

function nameScore(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return null;
}

function best(scores: (number | null)[]): number | null {
  const found = scores.filter((s): s is number => s !== null);
  return found.length ? Math.min(...found) : null;
}

/**
 * Finds localities and sectors, then ties, for a query. A locality matches on one of its names (or a
 * pre-merger name, with the reason); a tie matches when every word of the query is in the names
 * of its two ends (or a name one of its documents was signed under).
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = searchFold(query);
  if (!q) return [];
  const words = q.split(' ');
  const results: SearchResult[] = [];
  for (const entry of index.entries) {
    if (entry.kind === 'sector') {
      const score = best(entry.names.map((n) => nameScore(n, q)));
      if (score !== null) results.push({ kind: 'sector', id: entry.id, score: score + 0.5, reason: null });
    } else if (entry.kind === 'locality') {
      const direct = best(entry.names.map((n) => nameScore(n, q)));
      if (direct !== null) {
        results.push({ kind: 'locality', id: entry.id, score: direct, reason: null });
        continue;
      }
      const former = entry.former.find((f) => nameScore(f.text, q) !== null);
      if (former) results.push({ kind: 'locality', id: entry.id, score: 4, reason: former.reason });
    } else if (words.every((w) => entry.all.includes(w))) {
      const former = entry.former.find((f) => words.some((w) => f.text.includes(w)));
      results.push({ kind: 'tie', id: entry.id, score: 10, reason: former ? former.reason : null });
    }
  }
  // Stable sort keeps bundle order (localities, then ties by their first document in file order) among equal scores.
  return results.sort((a, b) => a.score - b.score).slice(0, limit);
}
