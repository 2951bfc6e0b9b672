/**
 * The project's closed vocabularies, each written once and shared by the app (`src/`) and the
 * data scripts (`scripts/lib/data/schema.ts` builds its `z.enum`s from them). Adding a value here is
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
  'joint_statement',
  'economic_exchange',
  'project',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * Whether a relationship type is a signed document (and so counts as an agreement). A record,
 * not a list, so that a new relationship type cannot be left out of the decision.
 */
const IS_SIGNED_DOCUMENT: Readonly<Record<Relationship, boolean>> = {
  sister: true,
  friendship: true,
  cooperation_agreement: true,
  mou: true,
  letter_of_intent: true,
  // A joint statement or signed minutes records talks; it is not an agreement (issue 22).
  joint_statement: false,
  economic_exchange: false,
  project: false,
  other: false,
};

/** Relationship types that are signed documents, in `RELATIONSHIPS` order. */
export const AGREEMENT_TYPES: readonly Relationship[] = RELATIONSHIPS.filter((r) => IS_SIGNED_DOCUMENT[r]);

/**
 * Relationship types that are a document both sides signed: the agreements, and joint statements
 * and minutes. Such a row says who signed it, how it relates to other rows and how we know it
 * (the `level`, `relation` and `evidence` columns of pairs.csv, required for these types only).
 */
export const IS_SIGNED_TEXT: Readonly<Record<Relationship, boolean>> = {
  sister: true,
  friendship: true,
  cooperation_agreement: true,
  mou: true,
  letter_of_intent: true,
  joint_statement: true,
  economic_exchange: false,
  project: false,
  other: false,
};

/**
 * Who signed a document: the two localities' governments (People's Committee, prefecture, city),
 * their councils or assemblies, departments or bureaus of either side, or a mix with other parties
 * (a university, a chamber, JICA), named in the row's caveat.
 */
export const SIGNING_LEVELS = ['government', 'council', 'department', 'mixed'] as const;
export type SigningLevel = (typeof SIGNING_LEVELS)[number];

/**
 * How we know a document exists: its signing (or the document itself) is reported; it is known
 * only from a later mention or a list; it was announced but no report says it was signed.
 */
export const EVIDENCE = ['reported', 'mention', 'announced'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/** The `relation` column's kinds: `new`, `renewal-of <id>`, `same-as <id>`. */
export type RelationKind = 'new' | 'renewal-of' | 'same-as';

export const COUNTRIES = ['vn', 'jp'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Vietnam's unit types (6 centrally-run cities, 28 provinces). */
export const VN_UNIT_TYPES = ['city', 'province'] as const;
/** Japanese prefecture types. */
export const PREFECTURE_TYPES = ['to', 'do', 'fu', 'ken'] as const;
/** Japanese municipality levels. */
export const MUNICIPALITY_LEVELS = ['city', 'town', 'village', 'ward'] as const;
