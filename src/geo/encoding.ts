import type { Relationship } from '../data/types';

/**
 * Visual encoding shared by the WebGL map and the SVG map: relationship colours and dashes,
 * the sequential fill for partner counts. Pure data, no renderer imports.
 */

/** Relationship types grouped into the five classes the legend shows. */
export type RelationshipCategory = 'twinning' | 'agreement' | 'economic' | 'project' | 'other';

export const CATEGORIES: readonly RelationshipCategory[] = ['twinning', 'agreement', 'economic', 'project', 'other'];

export function relationshipCategory(relationship: Relationship): RelationshipCategory {
  switch (relationship) {
    case 'sister':
    case 'friendship':
      return 'twinning';
    case 'cooperation_agreement':
    case 'mou':
    case 'letter_of_intent':
      return 'agreement';
    case 'economic_exchange':
      return 'economic';
    case 'project':
      return 'project';
    // A joint statement records talks, not an agreement: drawn dashed, with the looser ties.
    case 'joint_statement':
    case 'other':
      return 'other';
  }
}

/** Signed documents are drawn solid; the rest dashed and thinner. */
export function isSolidCategory(category: RelationshipCategory): boolean {
  return category === 'twinning' || category === 'agreement';
}

/**
 * Arc colours, after Okabe & Ito's colour-blind-safe set: vermillion-red and blue for signed
 * documents, orange, bluish green and grey (dashed) for looser ties.
 */
export const ARC_COLORS: Record<RelationshipCategory, string> = {
  twinning: '#b2182b',
  agreement: '#2166ac',
  economic: '#d98e04',
  project: '#009e73',
  other: '#6f6f6f',
};

export const MAP_COLORS = {
  sea: '#dbe7ef',
  neighbour: '#ebe8e3',
  neighbourOutline: '#d6d1c9',
  unitBorder: '#ffffff',
  countryOutline: '#8fa3ad',
  legacyBorder: '#4d5b66',
  selectedOutline: '#1d2430',
  point: '#17403c',
  halo: '#ffffff',
} as const;

/**
 * Lower bounds of the partner-count classes (a unit with n partnerships falls in the last class
 * whose bound is ≤ n), and their white → teal fills.
 */
export const FILL_STEPS: readonly number[] = [0, 1, 3, 6, 10];
export const FILL_COLORS: readonly string[] = ['#f7f7f5', '#d3ebe7', '#9bd0c7', '#57a9a0', '#23756f'];

/** Index of the fill class for a partner count. */
export function fillClass(count: number): number {
  let index = 0;
  FILL_STEPS.forEach((bound, i) => {
    if (count >= bound) index = i;
  });
  return index;
}

export function fillColor(count: number): string {
  return FILL_COLORS[fillClass(count)] ?? FILL_COLORS[0] ?? '#ffffff';
}

/** The label of each class for the legend: "0", "1–2", "3–5", "6–9", "10+". */
export function fillClassLabels(): string[] {
  return FILL_STEPS.map((bound, i) => {
    const next = FILL_STEPS[i + 1];
    if (next === undefined) return `${bound}+`;
    return next - 1 === bound ? String(bound) : `${bound}–${next - 1}`;
  });
}
