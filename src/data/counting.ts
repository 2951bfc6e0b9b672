/**
 * The one counting rule (issue 22), shared by the checker's report, the overview, the timeline,
 * the list and the CSV download. Written once so that every number a reader or an editor sees is
 * the same number.
 *
 * A *locality agreement* is a document signed by the two localities' governments, reported as
 * signed, and not a renewal of a document already counted. Agreements between their councils or
 * assemblies are counted the same way but shown apart. Every other row is still drawn and listed,
 * and counted under its own name: renewals, memoranda signed by departments or with other
 * parties, joint statements and minutes, documents known only from a mention, documents announced
 * but not reported as signed, and ties that are no signed document (exchanges, projects).
 */
import { IS_SIGNED_TEXT, type Evidence, type Relationship, type SigningLevel } from './vocabulary';

/** What a row counts as, in the order the totals are given. */
const COUNT_CATEGORIES = [
  'locality',
  'council',
  'renewal',
  'department',
  'mixed',
  'joint_statement',
  'mention',
  'announced',
  'other_tie',
] as const;
export type CountCategory = (typeof COUNT_CATEGORIES)[number];

/** What the rule reads of a row (bundle pairs and checked rows alike). */
export interface Countable {
  relationship: Relationship;
  /** Present on signed texts (agreements, joint statements). */
  level?: SigningLevel;
  evidence?: Evidence;
  /** The id of the earlier row this one renews or extends. */
  renewalOf?: string;
}

/**
 * The category of one row. The first reason that keeps a row out of the locality count wins:
 * a joint statement is counted as one whatever its evidence, a mention of a renewal as a mention.
 */
export function countCategory(row: Countable): CountCategory {
  if (!IS_SIGNED_TEXT[row.relationship]) return 'other_tie';
  if (row.relationship === 'joint_statement') return 'joint_statement';
  if (row.evidence === 'announced') return 'announced';
  // Only a document reported as signed can count; without an evidence value it is not.
  if (row.evidence !== 'reported') return 'mention';
  if (row.renewalOf !== undefined) return 'renewal';
  if (row.level === 'department') return 'department';
  if (row.level === 'mixed') return 'mixed';
  if (row.level === 'council') return 'council';
  return 'locality';
}

/** True when the row is a locality agreement, the number the app leads with. */
export function isLocalityAgreement(row: Countable): boolean {
  return countCategory(row) === 'locality';
}

/** How many rows fall in each category (every category present, zeros included). */
export function countByCategory(rows: readonly Countable[]): Record<CountCategory, number> {
  const counts = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, 0])) as Record<CountCategory, number>;
  for (const row of rows) counts[countCategory(row)]++;
  return counts;
}
