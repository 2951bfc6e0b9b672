/**
 * The summary `npm run data:check` prints on success, so an editor sees at a glance what the
 * spreadsheet now says (and notices when a count moves unexpectedly).
 */
import { RELATIONSHIPS } from './schema';
import { AGREEMENT_TYPES } from '../../src/data/types';
import type { DataModel } from './check';

/** Human-readable summary lines for a checked model. */
export function summarise(model: DataModel): string[] {
  const { pairs } = model;
  const byRelationship = RELATIONSHIPS.map((r) => [r, pairs.filter((p) => p.row.relationship === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`);
  const agreements = pairs.filter((p) => AGREEMENT_TYPES.includes(p.row.relationship)).length;
  const vnUnits = new Set(pairs.map((p) => p.vnId)).size;
  const prefectures = new Set(pairs.map((p) => p.jpPrefectureId)).size;
  const municipalities = new Set(pairs.flatMap((p) => (p.municipality ? [p.municipality.id] : []))).size;
  const sectors = new Set(pairs.flatMap((p) => p.row.sectors)).size;
  return [
    `rows: ${pairs.length}`,
    `agreements (signed documents): ${agreements}`,
    `rows by relationship: ${byRelationship.join(', ') || 'none'}`,
    `Vietnamese units with a partner: ${vnUnits} of ${model.vn.units.length}`,
    `prefectures with a partner: ${prefectures} of ${model.jp.prefectures.length} (municipalities count for their prefecture)`,
    `municipalities: ${municipalities}`,
    `sectors in use: ${sectors} of ${model.sectors.length}`,
    `quotes: ${model.forum.quotes.length}`,
  ];
}
