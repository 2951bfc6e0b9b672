import type { Lang, Locality, LocalityKind, CorePair, Sector } from '../data/types';
import { locale, t } from '../i18n';

/** The locality's name in the interface language. */
export function localityName(locality: Locality | undefined, lang: Lang, fallback = ''): string {
  return locality ? locality.names[lang] : fallback;
}

/** The name in the locality's own language (Vietnamese for VN, Japanese for JP). */
export function nativeName(locality: Locality): { text: string; lang: Lang } {
  return locality.country === 'vn' ? { text: locality.names.vi, lang: 'vi' } : { text: locality.names.ja, lang: 'ja' };
}

/** "Province", "Centrally-run city", "Prefecture", "Town", … in the interface language. */
export function kindLabel(locality: Locality, lang: Lang): string {
  if (locality.kind === 'city' && locality.country === 'vn') return t(lang, 'kind.vn-city');
  if (locality.kind === 'municipality' && locality.subtype) return t(lang, `subtype.${locality.subtype}`);
  return t(lang, `kind.${locality.kind satisfies LocalityKind}`);
}

export function sectorLabel(sector: Sector | undefined, id: string, lang: Lang): string {
  return sector ? sector.labels[lang] : id;
}

/** "Quảng Trị – Yamanashi" in the interface language, Vietnamese side first. */
export function pairName(pair: CorePair, localityById: ReadonlyMap<string, Locality>, lang: Lang): string {
  return `${localityName(localityById.get(pair.vnId), lang, pair.vnId)} – ${localityName(localityById.get(pair.jpId), lang, pair.jpId)}`;
}

/** The language's own name for an ISO 639-1 code, in the interface language ("Korean", "tiếng Hàn", "韓国語"). */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([locale(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
