/**
 * The texts a journalist writes for an embed (headline, caption, notes) travel in its link, so
 * anyone can write them: they are kept as plain text, one line, of bounded length. They are only
 * ever rendered as React text (escaped), never as markup; what is removed here is what would
 * change the page without being visible: control characters and the bidirectional overrides that
 * can make a line read differently from what it holds.
 */

/** The longest text each field keeps, in characters (code points). */
export const EMBED_TEXT_LIMITS = { headline: 120, caption: 200, notes: 280 } as const;
export type EmbedTextField = keyof typeof EMBED_TEXT_LIMITS;
export const EMBED_TEXT_FIELDS = Object.keys(EMBED_TEXT_LIMITS) as EmbedTextField[];

// Line breaks and tabs become spaces: a headline is one line, and a typed Enter is not lost.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// C0 and C1 controls, bidirectional marks, embeddings, overrides and isolates, the byte-order
// mark and the zero-width space. Joiners (U+200C, U+200D) stay: scripts and emoji need them.
const INVISIBLE = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** The text as an embed shows it: NFC, one line, no controls or bidi overrides, spaces collapsed. */
export function cleanEmbedText(raw: string): string {
  return raw.normalize('NFC').replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Length as a reader counts characters: code points, so an emoji or a kanji is one. */
export function textLength(text: string): number {
  return [...text].length;
}

/** Whether a cleaned text is within its field's limit (longer ones are ignored by the link, with a notice). */
export function fitsLimit(field: EmbedTextField, text: string): boolean {
  return textLength(text) <= EMBED_TEXT_LIMITS[field];
}
