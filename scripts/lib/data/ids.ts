/**
 * Pair ids. They appear in shared links, so they must not change when an editor sorts the
 * spreadsheet or adds an unrelated row: every rule below depends on row content, never order.
 */
import { compareCodePoints as compare } from '../../../src/lib/compare';

/** What id derivation needs to know about a row. */
export interface IdInput {
  /** The `id` column, '' when the editor left it empty. */
  explicit: string;
  vnId: string;
  jpId: string;
  signed: string | null;
  relationship: string;
  sourceUrl: string;
  summaryEn: string;
}

/**
 * Derives each row's id: `${vnId}--${jpId}`; when several rows join the same two localities,
 * all of them get `--${signed || 'undated'}`, then `-${relationship}` if still colliding, then
 * `-2`, `-3`… ordered by (source_url, summary_en). Rows with an explicit id still take part, so
 * freezing one row's id never renames its siblings. The explicit id then wins.
 */
export function derivePairIds(rows: readonly IdInput[]): string[] {
  const ids = rows.map((r) => `${r.vnId}--${r.jpId}`);
  refine(ids, rows, (r) => `--${r.signed ?? 'undated'}`);
  refine(ids, rows, (r) => `-${r.relationship}`);
  numberRemaining(ids, rows);
  return rows.map((r, i) => (r.explicit !== '' ? r.explicit : (ids[i] ?? '')));
}

/** Indexes of rows sharing each current id, for groups of two or more. */
function collisions(ids: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => groups.set(id, [...(groups.get(id) ?? []), i]));
  return [...groups.values()].filter((g) => g.length > 1);
}

function refine(ids: string[], rows: readonly IdInput[], suffix: (r: IdInput) => string): void {
  for (const group of collisions(ids)) {
    for (const i of group) {
      const row = rows[i];
      if (row) ids[i] = `${ids[i] ?? ''}${suffix(row)}`;
    }
  }
}

function numberRemaining(ids: string[], rows: readonly IdInput[]): void {
  for (const group of collisions(ids)) {
    // Row order is only the last tie-break, for rows identical in url and summary (duplicates
    // the checker reports anyway).
    const ordered = [...group].sort((a, b) => {
      const ra = rows[a];
      const rb = rows[b];
      if (!ra || !rb) return 0;
      return compare(ra.sourceUrl, rb.sourceUrl) || compare(ra.summaryEn, rb.summaryEn) || a - b;
    });
    ordered.forEach((i, n) => {
      if (n > 0) ids[i] = `${ids[i] ?? ''}-${n + 1}`;
    });
  }
}
