/**
 * Text folding shared by the data scripts (name resolution, "did you mean") and the app's search,
 * so that what an editor can type in pairs.csv and what a reader can type in the search box match
 * the same way.
 */

// Every dash-like character a spreadsheet or a copy-paste can produce: hyphen, non-breaking
// hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, full-width hyphen-minus.
const DASHES = /[\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d]/g;

// Combining marks left over after NFD: Vietnamese tones and vowel hats, Japanese romaji macrons.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for matching: NFC, then strips diacritics (including đ/Đ → d, which has no
 * decomposition), lowercases, turns every dash into a space and collapses whitespace.
 * `foldText('Thừa Thiên–Huế ')` → `'thua thien hue'`; `foldText('Tōkyō')` → `'tokyo'`.
 * Kanji and kana are left as they are (NFKC is not applied, so full-width letters stay intact
 * except for the dash).
 */
export function foldText(s: string): string {
  return s.normalize('NFC').replace(/[đĐ]/g, 'd').normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase().replace(DASHES, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Kebab-case ASCII slug for ids: `slugify('Hồ Chí Minh City')` → `'ho-chi-minh-city'`,
 * `slugify('Sakai')` → `'sakai'`. Folds like `foldText`, so an id and a search match agree.
 */
export function slugify(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
