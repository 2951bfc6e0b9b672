import type { Relationship } from '../data/types';

/**
 * Visual encoding shared by the WebGL map and the SVG map: relationship colours and dashes,
 * the land colour. Pure data, no renderer imports.
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

/**
 * Arc colours, after Okabe & Ito's colour-blind-safe set: vermillion-red and blue for signed
 * documents, orange, bluish green and grey for looser ties. Dashes are not a category: a flow is
 * dashed when none of its ties has a signed document.
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

/** Land, light: the lightest of the old count fills, now one colour for every unit. */
export const LAND_LIGHT = '#f7f7f5';
