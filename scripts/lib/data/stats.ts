/**
 * The summary `npm run data:check` prints on success, so an editor sees at a glance what the
 * spreadsheet now says (and notices when a count moves unexpectedly).
 */
import { countByCategory, type Countable } from '../../../src/data/counting';
import { AGREEMENT_TYPES, RELATIONSHIPS } from '../../../src/data/vocabulary';
import type { DataModel, ResolvedPair } from './check';
import { countTranslated, forumTexts } from './translations';

/** Human-readable summary lines for a checked model. */
export function summarise(model: DataModel): string[] {
  const { pairs } = model;
  const byRelationship = RELATIONSHIPS.map((r) => [r, pairs.filter((p) => p.row.relationship === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`);
  const vnUnits = new Set(pairs.map((p) => p.vnId)).size;
  const prefectures = new Set(pairs.map((p) => p.jpPrefectureId)).size;
  const municipalities = new Set(pairs.flatMap((p) => (p.municipality ? [p.municipality.id] : []))).size;
  const sectors = new Set(pairs.flatMap((p) => p.row.sectors)).size;
  const signed = pairs.filter((p) => AGREEMENT_TYPES.includes(p.row.relationship));
  const signedWithSource = signed.filter((p) => p.row.source_url !== '').length;
  const count = (field: 'summary_vi' | 'summary_ja' | 'caveat_vi' | 'caveat_ja', among = pairs) => among.filter((p) => p.row[field] !== '').length;
  const withCaveat = pairs.filter((p) => p.row.caveat_en !== '');
  const forum = forumTexts(model.forum);
  const forumDone = countTranslated(forum);
  const tied = new Set(pairs.map((p) => p.vnId));
  const searched = new Set(model.tieSearches.map((s) => s.localityId));
  const covered = model.vn.units.filter((u) => tied.has(u.id) || searched.has(u.id)).length;
  // Second reports (same-as) are folded into the row they repeat: one signing, one count.
  const counts = countByCategory(pairs.filter((p) => p.row.relation.kind !== 'same-as').map(countable));
  return [
    `rows: ${pairs.length}`,
    `counted by the rule (src/data/counting.ts): locality agreements ${counts.locality}, council agreements ${counts.council}; ` +
      `renewals ${counts.renewal}, department-level ${counts.department}, with other parties ${counts.mixed}, joint statements ${counts.joint_statement}, ` +
      `mentions ${counts.mention}, announced ${counts.announced}; other records (exchanges, projects) ${counts.other_tie}`,
    `signed agreements of any level and evidence: ${signed.length} (${signedWithSource === signed.length ? 'all' : signedWithSource} with a source${signedWithSource === signed.length ? '' : `; ${signed.length - signedWithSource} without a source_url`})`,
    `summaries vi ${count('summary_vi')}/${pairs.length}, ja ${count('summary_ja')}/${pairs.length}`,
    `caveats ${withCaveat.length}: vi ${count('caveat_vi', withCaveat)}/${withCaveat.length}, ja ${count('caveat_ja', withCaveat)}/${withCaveat.length}`,
    `forum texts translated: vi ${forumDone.vi}/${forum.length}, ja ${forumDone.ja}/${forum.length}`,
    `units with a tie or a recorded search: ${covered}/${model.vn.units.length}` + ` (${tied.size} with a tie, ${covered - tied.size} searched, see data/localities/tie-searches.csv)`,
    `rows by relationship: ${byRelationship.join(', ') || 'none'}`,
    `Vietnamese units with a partner: ${vnUnits} of ${model.vn.units.length}`,
    `prefectures with a partner: ${prefectures} of ${model.jp.prefectures.length} (municipalities count for their prefecture)`,
    `municipalities: ${municipalities}`,
    `sectors in use: ${sectors} of ${model.sectors.length}`,
    `quotes: ${model.forum.quotes.length}`,
  ];
}

/** A checked row as the counting rule reads it (the same fields the bundle gives the app). */
function countable(p: ResolvedPair): Countable {
  const { row } = p;
  return {
    relationship: row.relationship,
    ...(row.level !== '' && { level: row.level }),
    ...(row.evidence !== '' && { evidence: row.evidence }),
    ...(row.relation.kind === 'renewal-of' && { renewalOf: row.relation.of }),
  };
}
