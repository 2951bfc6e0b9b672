/**
 * Name resolution: turns what an editor typed ("Binh Dinh Province", "山梨", "Tōkyō", "Sakai
 * City") into a stable locality id. Pure: it is built from already-validated locality rows.
 */
import { foldText, slugify } from '../../../src/lib/text';
import type { JpMunicipalityRow, JpPrefectureRow, VnMergerRow, VnProvinceRow } from './schema';

// ── Vietnam ───────────────────────────────────────────────────────────────────────────────────

// Words editors put around a Vietnamese unit's name; removed before matching (folded forms).
const VN_PREFIXES = ['thanh pho ', 'tinh ', 'tp. ', 'tp ', 'tp.', 'city of ', 'province of '];
const VN_SUFFIXES = [' province', ' city', ' municipality', ' tinh'];

// Common names for Ho Chi Minh City that share no letters with its official name.
const HCMC_ALIASES = ['hcmc', 'hcm', 'tphcm', 'tp hcm', 'saigon', 'sai gon'];

/**
 * Matching key for a Vietnamese name: folded, without prefix/suffix, without spaces or dots, so
 * "TP. Hồ Chí Minh", "Ho Chi Minh City" and "Thành phố Hồ Chí Minh" share `hochiminh`, and
 * "Danang" matches "Đà Nẵng".
 */
function vnKey(name: string): string {
  let s = foldText(name);
  for (const p of VN_PREFIXES) if (s.startsWith(p) && s.length > p.length) s = s.slice(p.length);
  for (const x of VN_SUFFIXES) if (s.endsWith(x) && s.length > x.length) s = s.slice(0, -x.length);
  return s.replace(/[\s.'’]/g, '');
}

interface VnUnit {
  id: string;
  names: { vi: string; en: string; ja: string };
  type: 'city' | 'province';
  /**
   * Pre-merger provinces folded into this unit (itself included when it kept its name). `ja` is
   * the Japanese name from `legacy_name_ja`, '' where the table has none.
   */
  former: { iso: string; vi: string; en: string; ja: string }[];
}

/** What a Vietnamese name resolved to. `signedAs` is set when a pre-merger name was used. */
interface VnMatch {
  unit: VnUnit;
  signedAs: { vi: string; en: string } | null;
}

export interface VnGazetteer {
  units: VnUnit[];
  resolve(name: string): VnMatch | undefined;
  /** Every name a unit or former province is known by, for "did you mean". */
  names: string[];
}

/**
 * Builds the Vietnamese resolver. Merger rows whose post-merger name matches no unit are returned
 * as `orphans` so the checker can report them.
 */
export function buildVnGazetteer(provinces: VnProvinceRow[], merger: VnMergerRow[]): { gazetteer: VnGazetteer; orphans: VnMergerRow[] } {
  const units: VnUnit[] = provinces.map((p) => ({
    id: p.id,
    names: { vi: p.name_vi.normalize('NFC'), en: p.name_en.normalize('NFC'), ja: p.name_ja.normalize('NFC') },
    type: p.type,
    former: [],
  }));
  const index = new Map<string, VnMatch>();
  for (const unit of units) {
    for (const n of [unit.names.vi, unit.names.en]) index.set(vnKey(n), { unit, signedAs: null });
  }
  const orphans: VnMergerRow[] = [];
  for (const row of merger) {
    const unit = index.get(vnKey(row.province_en))?.unit ?? index.get(vnKey(row.province_vi))?.unit;
    if (!unit) {
      orphans.push(row);
      continue;
    }
    const former = {
      iso: row.legacy_iso,
      vi: row.legacy_name_vi.normalize('NFC'),
      en: row.legacy_name_en.normalize('NFC'),
      ja: row.legacy_name_ja.normalize('NFC'),
    };
    unit.former.push(former);
    // A province that kept its name (Gia Lai, Hà Nội) is the unit itself, not a "signed as".
    const keptName = vnKey(former.vi) === vnKey(unit.names.vi);
    for (const n of [former.vi, former.en]) {
      const key = vnKey(n);
      if (!index.has(key)) index.set(key, { unit, signedAs: keptName ? null : { vi: former.vi, en: former.en } });
    }
  }
  const hcmc = index.get(vnKey('Ho Chi Minh City'));
  if (hcmc) for (const alias of HCMC_ALIASES) index.set(vnKey(alias), { unit: hcmc.unit, signedAs: null });

  const names = [...new Set(units.flatMap((u) => [u.names.vi, u.names.en, ...u.former.flatMap((f) => [f.vi, f.en])]))];
  return {
    gazetteer: { units, names, resolve: (name) => index.get(vnKey(name)) },
    orphans,
  };
}

// ── Japan ─────────────────────────────────────────────────────────────────────────────────────

// Romaji suffixes for prefectures (Yamanashi Prefecture, Osaka-fu, Tokyo-to, Aichi-ken).
const PREFECTURE_SUFFIXES = [' prefecture', ' metropolis', ' ken', ' fu', ' to', ' do', ' pref', ' pref.'];
// Romaji suffixes for municipalities (Sakai City, Yoshino-cho, Kawaguchiko-machi…).
const MUNICIPALITY_SUFFIXES = [' city', ' town', ' village', ' ward', ' shi', ' machi', ' cho', ' mura', ' son', ' ku'];
const KANJI_PREFECTURE_SUFFIX = /[都府県]$/;
const KANJI_MUNICIPALITY_SUFFIX = /[市町村区]$/;

/**
 * Matching key for romaji or kanji: folded (macrons gone: Tōkyō → tokyo), long vowels written
 * out as `ou`/`oo`/`uu` collapsed (Toukyou → tokyo), spaces removed. Kanji pass through.
 */
function jpKey(name: string): string {
  return foldText(name).replace(/o[ou]/g, 'o').replace(/uu/g, 'u').replace(/\s/g, '');
}

function stripSuffix(folded: string, suffixes: readonly string[]): string {
  for (const x of suffixes) if (folded.endsWith(x) && folded.length > x.length) return folded.slice(0, -x.length);
  return folded;
}

interface JpPrefecture {
  id: string;
  jis: string;
  iso: string;
  names: { en: string; ja: string; vi: string };
  type: 'to' | 'do' | 'fu' | 'ken';
}

export interface JpMunicipality {
  id: string;
  names: { en: string; ja: string };
  prefectureId: string;
  level: 'city' | 'town' | 'village' | 'ward';
  /** null when the row has no coordinates yet (an error the checker reports). */
  point: [number, number] | null;
  /** 0-based index of the source row, so the checker can point at it. */
  row: number;
}

/** `jp-27-sakai`: prefecture JIS code plus the English name as a slug. */
function municipalityId(prefectureJis: string, nameEn: string): string {
  return `jp-${prefectureJis}-${slugify(nameEn)}`;
}

export interface JpGazetteer {
  prefectures: JpPrefecture[];
  municipalities: JpMunicipality[];
  /** A prefecture by id (`jp-19`), English/romaji or Japanese name, with or without suffix. */
  prefecture(name: string): JpPrefecture | undefined;
  /** Municipalities matching a name, possibly in several prefectures (Fuchū, Tokyo and Hiroshima). */
  municipalitiesNamed(name: string): JpMunicipality[];
  /** True when the name carries a municipality suffix (City, -shi, 市…), so it is not a prefecture. */
  looksLikeMunicipality(name: string): boolean;
  prefectureNames: string[];
  municipalityNames: string[];
}

function prefectureKeys(name: string): string[] {
  const trimmed = name.normalize('NFC').trim();
  const keys = [jpKey(trimmed), jpKey(stripSuffix(foldText(trimmed), PREFECTURE_SUFFIXES))];
  if (KANJI_PREFECTURE_SUFFIX.test(trimmed) && trimmed.length > 2) keys.push(trimmed.slice(0, -1));
  return keys;
}

function municipalityKeys(name: string): string[] {
  const trimmed = name.normalize('NFC').trim();
  const keys = [jpKey(trimmed), jpKey(stripSuffix(foldText(trimmed), MUNICIPALITY_SUFFIXES))];
  if (KANJI_MUNICIPALITY_SUFFIX.test(trimmed) && trimmed.length > 1) keys.push(trimmed.slice(0, -1));
  return keys;
}

/**
 * Builds the Japanese resolver. Municipality rows whose `prefecture` cannot be resolved are
 * returned as `orphans` (by row index) for the checker.
 */
export function buildJpGazetteer(prefectureRows: JpPrefectureRow[], municipalityRows: JpMunicipalityRow[]): { gazetteer: JpGazetteer; orphans: number[] } {
  const prefectures: JpPrefecture[] = prefectureRows.map((p) => ({
    id: p.id,
    jis: p.jis_code,
    iso: p.iso,
    names: { en: p.name_en.normalize('NFC'), ja: p.name_ja.normalize('NFC'), vi: p.name_vi.normalize('NFC') },
    type: p.type,
  }));
  const prefIndex = new Map<string, JpPrefecture>();
  for (const p of prefectures) {
    for (const key of [p.id, p.iso.toLowerCase(), ...prefectureKeys(p.names.en), ...prefectureKeys(p.names.ja)]) {
      prefIndex.set(key, p);
    }
  }
  const prefecture = (name: string): JpPrefecture | undefined => {
    // Ids (`jp-19`) and ISO codes (`JP-19`) first: folding would turn their dash into a space.
    const code = prefIndex.get(name.trim().toLowerCase());
    if (code) return code;
    for (const key of prefectureKeys(name)) {
      const hit = prefIndex.get(key) ?? prefIndex.get(key.toLowerCase());
      if (hit) return hit;
    }
    return undefined;
  };

  const municipalities: JpMunicipality[] = [];
  const orphans: number[] = [];
  municipalityRows.forEach((m, row) => {
    const pref = prefecture(m.prefecture);
    if (!pref) {
      orphans.push(row);
      return;
    }
    municipalities.push({
      id: municipalityId(pref.jis, m.name_en),
      names: { en: m.name_en.normalize('NFC'), ja: m.name_ja.normalize('NFC') },
      prefectureId: pref.id,
      level: m.level,
      point: m.lon !== '' && m.lat !== '' ? [Number(m.lon), Number(m.lat)] : null,
      row,
    });
  });
  const muniIndex = new Map<string, JpMunicipality[]>();
  for (const m of municipalities) {
    const keys = new Set([m.id, ...municipalityKeys(m.names.en), ...municipalityKeys(m.names.ja)]);
    for (const key of keys) muniIndex.set(key, [...(muniIndex.get(key) ?? []), m]);
  }
  const municipalitiesNamed = (name: string): JpMunicipality[] => {
    for (const key of municipalityKeys(name)) {
      const hits = muniIndex.get(key);
      if (hits) return hits;
    }
    return [];
  };
  const looksLikeMunicipality = (name: string): boolean => {
    const trimmed = name.normalize('NFC').trim();
    const folded = foldText(trimmed);
    if (MUNICIPALITY_SUFFIXES.some((x) => folded.endsWith(x) && folded.length > x.length)) return true;
    return KANJI_MUNICIPALITY_SUFFIX.test(trimmed) && !prefIndex.has(trimmed);
  };

  return {
    gazetteer: {
      prefectures,
      municipalities,
      prefecture,
      municipalitiesNamed,
      looksLikeMunicipality,
      prefectureNames: prefectures.flatMap((p) => [p.names.en, p.names.ja]),
      municipalityNames: municipalities.flatMap((m) => [m.names.en, m.names.ja]),
    },
    orphans,
  };
}
