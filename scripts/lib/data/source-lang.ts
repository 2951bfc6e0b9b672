/**
 * The language of a pairs.csv source title, for its `lang` attribute: pairs.csv has no column for
 * it, and a Japanese headline shown unmarked in the English interface (or read aloud as English)
 * is what issue #22 found. Read from the writing itself: kana is Japanese, Hangul Korean; a
 * headline of Han characters without kana is Chinese on a Chinese subdomain (zh.vietnamplus.vn) or
 * when it writes a simplified form Japanese does not (强, 领, 议…), otherwise Japanese (a press
 * conference title such as 記者会見要旨 has no kana);
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
/**
 * Simplified Chinese forms that Japanese does not write (none is in JIS X 0208, the Japanese
 * character set; the unit test checks it): 强 and 领 where Japanese writes 強 and 領. Forms the
 * two share, such as 与, 国, 会 or 署, say nothing and are not listed. The list holds the common
 * words of headlines on Vietnam–Japan ties (协议 agreement, 签 sign, 关系 relations, 经济
 * economy, 访问 visit…); a Chinese headline without any of them on a non-Chinese address stays ja.
 */
const SIMPLIFIED_ONLY =
  /[这为们协议签强领发经济贸对关时实现际进开书长东门问间员业产农设计动电级线织组结约总给务谈访导传资质责华过还么说认识语请让讲记论调县乡镇厅处办举兴军阳陆岛庆宁苏闽赣鲁琼贵陕韩岘顺备录见团劳训两维护环竞艺术观馆桥铁飞场运输疗卫药养师历创态补]/u;
const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export function sourceTitleLang(title: string, url: string | null): string | undefined {
  if (/[\u3040-\u30ff]/.test(title)) return 'ja';
  if (/[\uac00-\ud7af]/.test(title)) return 'ko';
  const sub = LANGUAGE_SUBDOMAIN.exec(url ? hostOf(url) : '')?.[1];
  if (/[\u3400-\u9fff]/.test(title)) return sub === 'zh' || sub === 'cn' || SIMPLIFIED_ONLY.test(title) ? 'zh' : 'ja';
  if (!/\p{L}/u.test(title)) return undefined;
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
