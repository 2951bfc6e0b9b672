import type { Relationship } from '../data/vocabulary';

/**
 * The relationship categories every renderer and the legend group ties by. Their colours are in
 * the palette (src/view/palette.ts), the one place colours are written.
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
    // A joint statement records talks, not an agreement: it goes with the looser ties.
    case 'joint_statement':
    case 'other':
      return 'other';
  }
}
