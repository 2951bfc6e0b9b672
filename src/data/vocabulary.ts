/**
 * The project's closed vocabularies, each written once and shared by the app (`src/`) and the
 * data scripts (`scripts/lib/schema.ts` builds its `z.enum`s from them). Adding a value here is
 * the whole change to the vocabulary: every `Record<…>` keyed by it (labels, colours, order) and
 * every exhaustive `switch` then fails to compile until the new value gets its decision.
 */

/** The interface languages, in the order the language menu lists them. */
export const LANGS = ['en', 'vi', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Relationship types an editor may write in pairs.csv, strongest first: the order of DATA.md,
 * of the relationship menu, and the order that decides an overview arc's colour.
 */
export const RELATIONSHIPS = [
  'sister',
  'friendship',
  'cooperation_agreement',
  'mou',
  'letter_of_intent',
  'economic_exchange',
  'project',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * Whether a relationship type is a signed document (and so counts as an agreement). A record,
 * not a list, so that a new relationship type cannot be left out of the decision.
 */
export const IS_SIGNED_DOCUMENT: Readonly<Record<Relationship, boolean>> = {
  sister: true,
  friendship: true,
  cooperation_agreement: true,
  mou: true,
  letter_of_intent: true,
  economic_exchange: false,
  project: false,
  other: false,
};

/** Relationship types that are signed documents, in `RELATIONSHIPS` order. */
export const AGREEMENT_TYPES: readonly Relationship[] = RELATIONSHIPS.filter((r) => IS_SIGNED_DOCUMENT[r]);

export const COUNTRIES = ['vn', 'jp'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Vietnam's unit types (6 centrally-run cities, 28 provinces). */
export const VN_UNIT_TYPES = ['city', 'province'] as const;
/** Japanese prefecture types. */
export const PREFECTURE_TYPES = ['to', 'do', 'fu', 'ken'] as const;
/** Japanese municipality levels. */
export const MUNICIPALITY_LEVELS = ['city', 'town', 'village', 'ward'] as const;
