import type { Locality, LocalityKind, CorePair, Region, Sector } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { joinList, locale, t } from './index';

/**
 * Every name a reader sees for a thing in the data, in the interface language: one module, so a
 * panel, the map, the tab title and the printed figure never call the same thing two ways.
 * Names are NFC already (the data build normalises them).
 */

/** The locality's name in the interface language. */
export function localityName(locality: Locality | undefined, lang: Lang, fallback = ''): string {
  return locality ? locality.names[lang] : fallback;
}

/** The name in the locality's own language (Vietnamese for VN, Japanese for JP). */
export function nativeName(locality: Locality): { text: string; lang: Lang } {
  return locality.country === 'vn' ? { text: locality.names.vi, lang: 'vi' } : { text: locality.names.ja, lang: 'ja' };
}

type FormerProvince = NonNullable<Locality['formerProvinces']>[number];

/** A pre-2025 province's name in the reader's script: Japanese in Japanese, Vietnamese otherwise. */
export function formerProvinceName(province: FormerProvince, lang: Lang): string {
  return lang === 'ja' ? province.names.ja : province.names.vi;
}

/**
 * The pre-2025 province a document was signed as, in the reader's script (クアンナム省 in
 * Japanese, not Quảng Nam), looked up among the provinces its unit was formed from.
 */
export function signedAsName(signedAsVi: string, vn: Locality | undefined, lang: Lang): string {
  const province = vn?.formerProvinces?.find((f) => f.names.vi === signedAsVi);
  return province ? formerProvinceName(province, lang) : signedAsVi;
}

/** "Signed as Quảng Nam, now Đà Nẵng" for a document a merged province signed; null otherwise. */
export function signedAsNote(pair: Pick<CorePair, 'signedAs' | 'vnId'>, localityById: ReadonlyMap<string, Locality>, lang: Lang): string | null {
  if (!pair.signedAs) return null;
  const vn = localityById.get(pair.vnId);
  return t(lang, 'pair.signedAs', { old: signedAsName(pair.signedAs.vi, vn, lang), current: localityName(vn, lang, pair.vnId) });
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

/** Sectors by id as one list in the interface language ("Hydrogen, Tourism"; 「水素、観光」). */
export function sectorList(ids: readonly string[], sectorById: ReadonlyMap<string, Sector>, lang: Lang): string {
  return joinList(
    lang,
    ids.map((id) => sectorLabel(sectorById.get(id), id, lang)),
  );
}

/** "Quảng Trị – Yamanashi" in the interface language, Vietnamese side first: a pair's (or a tie's) title. */
export function pairTitle(pair: Pick<CorePair, 'vnId' | 'jpId'>, localityById: ReadonlyMap<string, Locality>, lang: Lang): string {
  return `${localityName(localityById.get(pair.vnId), lang, pair.vnId)} – ${localityName(localityById.get(pair.jpId), lang, pair.jpId)}`;
}

/**
 * "Gia Lai – Yoshino (Nara): project, 2025": a pair's full label, for a map arc's accessible
 * name and tooltip, where the title alone would not tell two documents of one pair apart.
 */
export function pairLabel(pair: CorePair, localityById: ReadonlyMap<string, Locality>, lang: Lang): string {
  const name = (id: string) => localityName(localityById.get(id), lang, id);
  const jp = pair.jpId === pair.jpPrefectureId ? name(pair.jpId) : t(lang, 'map.pair.municipality', { name: name(pair.jpId), prefecture: name(pair.jpPrefectureId) });
  const label = t(lang, 'map.pair.aria', { vn: name(pair.vnId), jp, rel: t(lang, `map.rel.${pair.relationship}`) });
  return pair.signed ? `${label}${t(lang, 'map.pair.year', { year: pair.signed.slice(0, 4) })}` : label;
}

/** What a link can select; structural, so this low layer needs nothing from the store. */
type NamedSelection = { kind: 'none' } | { kind: 'locality' | 'pair' | 'region'; id: string };

/** A region's name, or "Mekong Delta – Kinki" for a region pair (`vn-r-…~jp-r-…`). */
export function regionName(id: string, regionById: ReadonlyMap<string, Region> | undefined, lang: Lang): string {
  return id
    .split('~')
    .map((part) => regionById?.get(part)?.names[lang] ?? part)
    .join(' – ');
}

/** The current selection's name ('' for none; the id when the data lacks it): tab title, panel, embed, figure. */
export function selectionName(
  selection: NamedSelection,
  data: { localityById: ReadonlyMap<string, Locality>; pairById: ReadonlyMap<string, CorePair>; regionById?: ReadonlyMap<string, Region> },
  lang: Lang,
): string {
  if (selection.kind === 'region') return regionName(selection.id, data.regionById, lang);
  if (selection.kind === 'locality') return localityName(data.localityById.get(selection.id), lang, selection.id);
  if (selection.kind === 'pair') {
    const pair = data.pairById.get(selection.id);
    return pair ? pairTitle(pair, data.localityById, lang) : selection.id;
  }
  return '';
}

// One per interface language: a panel names a language for every quote and source it shows.
const languageNames = new Map<Lang, Intl.DisplayNames>();

/** The language's own name for an ISO 639-1 code, in the interface language ("Korean", "tiếng Hàn", "韓国語"). */
export function languageName(code: string, lang: Lang): string {
  try {
    let names = languageNames.get(lang);
    if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([locale(lang)], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
