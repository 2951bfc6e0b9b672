/**
 * The language of a pairs.csv source title, for its `lang` attribute: pairs.csv has no column for
 * it, and a Japanese headline shown unmarked in the English interface (or read aloud as English)
 * is what issue #22 found. Read from the writing itself: kana or kanji is Japanese, Hangul Korean;
 * an address on a language subdomain (fr.vietnamplus.vn) names its language; two French little
 * words ("et", "de") make it French (two German ones German); four letters only Vietnamese writes
 * (ơ, ư, đ, ạ, ả…) make it Vietnamese; a Latin headline
 * with English little words ("of", "the", "in") is English even when it writes "Việt Nam" the
 * Vietnamese way; one with Vietnamese tone marks and none of those words is Vietnamese; any other
 * Latin headline is English.
 */
const LANGUAGE_SUBDOMAIN = /^(fr|es|ru|de|zh|ko|ja|cn|jp)\./;
const SUBDOMAIN_LANG: Readonly<Record<string, string>> = { cn: 'zh', jp: 'ja' };
const ENGLISH_WORDS = new Set([
  'of',
  'the',
  'in',
  'to',
  'and',
  'with',
  'for',
  'on',
  'at',
  'by',
  'signs',
  'sign',
  'signed',
  'visit',
  'visits',
  'city',
  'province',
  'prefecture',
  'japan',
  "japan's",
  'japanese',
  'vietnam',
  "vietnam's",
  'vietnamese',
  'cooperation',
  'ties',
  'mou',
  'hosts',
  'host',
  'holds',
  'festival',
  'boost',
  'boosts',
  'strengthen',
  'strengthens',
  'welcomes',
  'welcomed',
  'new',
]);
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'leur', 'leurs', 'à', 'pour', 'un', 'une', 'dans', 'au', 'aux', "l'", 'renforcent', 'coopération']);
const GERMAN_WORDS = new Set(['der', 'die', 'das', 'und', 'zwischen', 'besucht', 'mit', 'für']);
/** Letters only Vietnamese uses (breve, horn, stroke, dot below, hook above). */
const VIETNAMESE_ONLY = /[ăắằẳẵặơờớởỡợưừứửữựđạảậẩặẹẻệểịỉọỏộổụủỵỷ]/giu;
const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export function sourceTitleLang(title: string, url: string | null): string | undefined {
  if (/[\u3040-\u30ff]/.test(title)) return 'ja';
  if (/[\uac00-\ud7af]/.test(title)) return 'ko';
  if (/[\u3400-\u9fff]/.test(title)) return 'ja';
  if (!/\p{L}/u.test(title)) return undefined;
  const sub = LANGUAGE_SUBDOMAIN.exec(url ? hostOf(url) : '')?.[1];
  if (sub) return SUBDOMAIN_LANG[sub] ?? sub;
  // Four letters only Vietnamese writes are a Vietnamese headline, whatever note follows it.
  if ((title.match(VIETNAMESE_ONLY) ?? []).length >= 4) return 'vi';
  const words = title.toLowerCase().split(/[^\p{L}'’]+/u);
  if (words.filter((w) => GERMAN_WORDS.has(w)).length >= 2) return 'de';
  if (words.filter((w) => FRENCH_WORDS.has(w)).length >= 2) return 'fr';
  if (words.some((w) => ENGLISH_WORDS.has(w.replace('’', "'")))) return 'en';
  return VIETNAMESE_MARKS.test(title) ? 'vi' : 'en';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
