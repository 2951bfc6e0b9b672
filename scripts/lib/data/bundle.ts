/**
 * Compiles the checked data model into `data/bundle.json`, the one file the app imports.
 * Deterministic: same inputs, same bytes (ids sorted, key order fixed by construction, version
 * a hash of the inputs rather than a date), so the committed file diffs cleanly.
 */
import { sourceTitleLang } from './source-lang';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { normaliseText } from './csv';
import { compareCodePoints as compare } from '../../../src/lib/compare';
import type { Bundle, Locality, Region, OurTranslations, Pair, Quote, Source, SourcedText, Translated } from '../../../src/data/types';
import { AGREEMENT_TYPES } from '../../../src/data/vocabulary';
import { checkData, type CheckOptions, type DataModel } from './check';
import { formatDiagnostic, type Diagnostic } from './diagnostics';
import { INPUT_FILES, type InputName } from './load';
import { REMOVED, type PublishedId } from './published-ids';
import type { ForumFile } from './schema';

/** Thrown by `buildBundle` when the data does not pass the check. */
export class DataError extends Error {
  constructor(readonly errors: Diagnostic[]) {
    super(`data check failed with ${errors.length} error(s):\n${errors.map(formatDiagnostic).join('\n')}`);
  }
}

/** Checks `dir` and compiles it into a Bundle; throws `DataError` when the check fails. */
export function buildBundle(dir: string, options: CheckOptions = {}): Bundle {
  const result = checkData(dir, options);
  if (!result.model) throw new DataError(result.errors);
  return compileBundle(result.model, inputsHash(result.paths));
}

/** The bundle as written to disk: minified (it ships to readers) with a trailing newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/** Short content hash of every input file, in a fixed order: the bundle's `version`. */
export function inputsHash(paths: Record<InputName, string>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(INPUT_FILES) as InputName[]) {
    const path = paths[name];
    hash.update(`${INPUT_FILES[name]}\u0000`);
    // Hashed as the checker reads it: a CRLF or BOM copy of the same data is the same version.
    hash.update(existsSync(path) && statSync(path).isFile() ? normaliseText(readFileSync(path, 'utf8')) : '');
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, 12);
}

/** Pure: model in, bundle out. */
export function compileBundle(model: DataModel, version: string): Bundle {
  const localities = compileLocalities(model);
  const sourceOf = sourceResolver(model.forum.sources);
  const localityOf = (name: string) => model.localityId(name) ?? name;
  // A fact's further editions, after its source (absent when there are none, as for quotes).
  const more = (refs: readonly string[] | undefined) => (refs !== undefined && refs.length > 0 ? { moreSources: refs.map(sourceOf) } : {});
  const sourced = (t: { text: string; text_vi?: string; text_ja?: string; source: string; moreSources?: string[] | undefined }): SourcedText => ({
    text: nfc(t.text),
    ...ours('textTranslations', t.text_vi, t.text_ja),
    source: sourceOf(t.source),
    ...more(t.moreSources),
  });

  // A row marked `same-as <id>` is a second report of that row's signing: its source joins the
  // row's sources and its id leads there, so one signing is one pair on the map and in every count.
  const secondReports = new Map<string, { title: string; url: string | null }[]>();
  const sameAs: [string, string][] = [];
  for (const p of model.pairs) {
    const relation = p.row.relation;
    if (relation.kind !== 'same-as') continue;
    const reports = secondReports.get(relation.of) ?? [];
    const r = p.row;
    reports.push({ title: nfc(r.source_title), url: r.source_url === '' ? null : r.source_url }, ...r.more_sources.map((m) => ({ title: nfc(m.title), url: m.url })));
    secondReports.set(relation.of, reports);
    sameAs.push([p.id, relation.of]);
  }

  const pairs: Pair[] = model.pairs
    .filter((p) => p.row.relation.kind !== 'same-as')
    .map((p): Pair => {
      const r = p.row;
      const moreSources = [...r.more_sources.map((m) => ({ title: nfc(m.title), url: m.url })), ...(secondReports.get(p.id) ?? [])].map(withTitleLang);
      return {
        id: p.id,
        vnId: p.vnId,
        jpId: p.jpId,
        jpPrefectureId: p.jpPrefectureId,
        relationship: r.relationship,
        isAgreement: AGREEMENT_TYPES.includes(r.relationship),
        signed: r.signed === '' ? null : r.signed,
        ...(r.level !== '' && { level: r.level }),
        ...(r.evidence !== '' && { evidence: r.evidence }),
        ...(r.relation.kind === 'renewal-of' && { renewalOf: r.relation.of }),
        sectors: r.sectors,
        summary: translated(r.summary_en, r.summary_vi, r.summary_ja),
        source: withTitleLang({ title: nfc(r.source_title), url: r.source_url === '' ? null : r.source_url }),
        ...(moreSources.length > 0 && { moreSources }),
        ...(r.caveat_en !== '' && { caveat: translated(r.caveat_en, r.caveat_vi, r.caveat_ja) }),
        signedAs: p.signedAs,
        ...(r.vn_signatory !== '' && { vnSignatory: nfc(r.vn_signatory) }),
        // `notes` is for editors only and never reaches the bundle; nor does the row's line.
      };
    })
    .sort((a, b) => compare(a.id, b.id));

  const f = model.forum;
  return {
    version,
    localities,
    regions: compileRegions(model),
    tieSearches: model.tieSearches,
    pairs,
    sectors: model.sectors.map((s) => ({
      id: s.id,
      labels: { en: nfc(s.label_en), vi: nfc(s.label_vi), ja: nfc(s.label_ja) },
      description: nfc(s.description_en),
    })),
    priorities: model.priorities.map((p) => ({
      localityId: p.localityId,
      sector: p.sector,
      evidence: nfc(p.evidence),
      evidenceLang: p.evidenceLang,
      evidenceTranslations: Object.fromEntries((['en', 'vi', 'ja'] as const).filter((l) => p.translations[l] !== '').map((l) => [l, nfc(p.translations[l])])),
      // The headline's own writing decides its language; a title the editor annotated ("… (vietnam.vn,
      // Norwegian edition)") is still the Vietnamese headline, whatever edition the evidence is from.
      source: {
        title: nfc(p.sourceTitle),
        url: p.sourceUrl === '' ? null : p.sourceUrl,
        lang: sourceTitleLang(p.sourceTitle, p.sourceUrl === '' ? null : p.sourceUrl) ?? p.evidenceLang,
      },
    })),
    speakers: f.speakers.map((s) => ({
      id: s.id,
      name: nfc(s.name),
      title: nfc(s.title),
      ...ours('titleTranslations', s.title_vi, s.title_ja),
      localityId: s.locality === null ? null : localityOf(s.locality),
      country: s.country,
    })),
    quotes: f.quotes.map((q): Quote => ({
      id: q.id,
      text: nfc(q.text),
      lang: q.lang,
      translated: q.translated,
      ...(q.sourceLang != null && { sourceLang: q.sourceLang }),
      ...(q.translation_en !== undefined && { translationEn: nfc(q.translation_en) }),
      ...ours('textTranslations', q.text_vi, q.text_ja),
      speakerId: q.speaker,
      sectors: q.sectors,
      localities: q.localities.map(localityOf),
      source: sourceOf(q.source),
      ...more(q.moreSources),
    })),
    figures: f.figures.map((x) => ({
      id: x.id,
      value: nfc(x.value),
      label: nfc(x.label),
      ...ours('labelTranslations', x.label_vi, x.label_ja),
      ...(x.translated !== undefined && { translated: x.translated }),
      source: sourceOf(x.source),
      ...more(x.moreSources),
    })),
    directions: f.directions.map((d) => ({
      id: d.id,
      title: nfc(d.title),
      ...ours('titleTranslations', d.title_vi, d.title_ja),
      speakerId: d.speaker,
      ...(d.translated !== undefined && { translated: d.translated }),
      items: d.items.map(nfc),
      ...((d.items_vi !== undefined || d.items_ja !== undefined) && {
        itemsTranslations: {
          ...(d.items_vi !== undefined && { vi: d.items_vi.map(nfc) }),
          ...(d.items_ja !== undefined && { ja: d.items_ja.map(nfc) }),
        },
      }),
      source: sourceOf(d.source),
      ...more(d.moreSources),
    })),
    lookingForPartners: f.lookingForPartners.map((l) => ({
      localityId: localityOf(l.locality),
      text: nfc(l.text),
      ...ours('textTranslations', l.text_vi, l.text_ja),
      source: sourceOf(l.source),
      ...more(l.moreSources),
    })),
    forum: {
      name: nfc(f.forum.name),
      ...ours('nameTranslations', f.forum.name_vi, f.forum.name_ja),
      date: f.forum.date,
      place: nfc(f.forum.place),
      ...ours('placeTranslations', f.forum.place_vi, f.forum.place_ja),
      placeLocalityId: localityOf(f.forum.placeLocality),
      themes: f.forum.themes.map(sourced),
      organisers: {
        ...sourced(f.forum.organisers),
        ...(f.forum.organisers.translated !== undefined && { translated: f.forum.organisers.translated }),
      },
      programme: f.forum.programme.map(sourced),
      officialAgreementCount: { value: f.forum.officialAgreementCount.value, ...sourced(f.forum.officialAgreementCount) },
    },
    sources: Object.fromEntries(
      Object.keys(f.sources)
        .sort(compare)
        .map((key) => [key, sourceOf(key)]),
    ),
    formerPairIds: formerPairIds(model.publishedIds, sameAs),
  };
}

/**
 * Old id → current id (or null when removed) for every published id no row produces now, and
 * for every second report (`same-as`), whose id leads to the row it repeats.
 */
function formerPairIds(record: readonly PublishedId[], sameAs: readonly (readonly [string, string])[]): Record<string, string | null> {
  const entries = [...record.filter((r) => r.now !== '').map((r) => [r.id, r.now === REMOVED ? null : r.now] as const), ...sameAs].sort((a, b) => compare(a[0], b[0]));
  return Object.fromEntries(entries);
}

/** English text with our vi/ja translations where written. */
function translated(en: string, vi: string, ja: string): Translated {
  return { en: nfc(en), ...(vi !== '' && { vi: nfc(vi) }), ...(ja !== '' && { ja: nfc(ja) }) };
}

/** `{ [key]: { vi?, ja? } }` when either translation is written, else nothing. */
function ours<K extends string>(key: K, vi: string | undefined, ja: string | undefined): Partial<Record<K, OurTranslations>> {
  if (vi === undefined && ja === undefined) return {};
  const value: OurTranslations = { ...(vi !== undefined && { vi: nfc(vi) }), ...(ja !== undefined && { ja: nfc(ja) }) };
  return { [key]: value } as Partial<Record<K, OurTranslations>>;
}

/**
 * Vietnam's 34 units, then the 47 prefectures, then only the municipalities some pair uses,
 * each group sorted by id.
 */
function compileLocalities(model: DataModel): Locality[] {
  const label = (id: string): [number, number] => model.labels[id] ?? [0, 0];
  const regionOf = new Map(model.regions.flatMap((r) => r.members.map((m) => [m, r.id] as const)));
  const region = (id: string): string => regionOf.get(id) ?? '';
  const vn: Locality[] = model.vn.units.map((u) => ({
    id: u.id,
    country: 'vn',
    kind: u.type,
    names: { en: u.names.en, vi: u.names.vi, ja: u.names.ja },
    point: label(u.id),
    regionId: region(u.id),
    formerProvinces: [...u.former]
      .sort((a, b) => compare(a.iso, b.iso))
      .map((f) => ({
        iso: f.iso,
        // The Japanese name from the merger table where it has one; otherwise a province that kept
        // its name borrows the unit's, the others fall back to the English spelling.
        names: { en: f.en, vi: f.vi, ja: f.ja !== '' ? f.ja : f.vi === u.names.vi ? u.names.ja : f.en },
      })),
  }));
  const prefectures: Locality[] = model.jp.prefectures.map((p) => ({
    id: p.id,
    country: 'jp',
    kind: 'prefecture',
    subtype: p.type,
    names: { en: p.names.en, vi: p.names.vi, ja: p.names.ja },
    point: label(p.id),
    regionId: region(p.id),
  }));
  const used = new Map(model.pairs.flatMap((p) => (p.municipality ? [[p.municipality.id, p.municipality] as const] : [])));
  const prefectureName = new Map(model.jp.prefectures.map((p) => [p.id, p.names.en]));
  const municipalities: Locality[] = [...used.values()].map((m) => ({
    id: m.id,
    country: 'jp',
    kind: 'municipality',
    subtype: m.level,
    names: municipalityNames(m, prefectureName.get(m.prefectureId)),
    prefectureId: m.prefectureId,
    point: m.point ?? [0, 0],
    regionId: region(m.prefectureId),
  }));
  const byId = (a: Locality, b: Locality) => compare(a.id, b.id);
  return [...vn.sort(byId), ...prefectures.sort(byId), ...municipalities.sort(byId)];
}

/**
 * Municipalities have no Vietnamese name in our sources; Vietnamese media write the romaji. A city
 * that shares its prefecture's name says that it is the city ("Osaka City", "Thành phố Osaka"):
 * "Hồ Chí Minh – Osaka" would not say which of the two Osakas, and each has its own ties.
 * Japanese already writes the city with 市.
 */
function municipalityNames(m: { names: { en: string; ja: string }; level: string }, prefectureName: string | undefined): Locality['names'] {
  if (m.level !== 'city' || m.names.en !== prefectureName) return { en: m.names.en, vi: m.names.en, ja: m.names.ja };
  return { en: `${m.names.en} City`, vi: `Thành phố ${m.names.en}`, ja: m.names.ja };
}

/** The regions in table order, each with the point and label side its row gives. */
function compileRegions(model: DataModel): Region[] {
  return model.regions.map((r) => ({ id: r.id, country: r.country, names: r.names, shortNames: r.shortNames, point: r.point, labelSide: r.labelSide, members: r.members, source: r.source }));
}

/** A pairs.csv source with the language of its headline, so the app can mark it (./source-lang.ts). */
function withTitleLang(source: Source): Source {
  const lang = sourceTitleLang(source.title, source.url);
  return lang === undefined ? source : { ...source, lang };
}

/** A publisher's name is shown beside the headline; its language is read like a headline's. */
function withPublisherLang(publisher: string, url: string | null): { publisherLang?: string } {
  const lang = sourceTitleLang(publisher, url);
  return lang === undefined ? {} : { publisherLang: lang };
}

/** A `source` reference (key of `sources` or a bare URL) as a Source object. */
function sourceResolver(sources: ForumFile['sources']): (ref: string) => Source {
  return (ref) => {
    // hasOwn: a key such as "constructor" must not find Object.prototype's.
    const s = Object.hasOwn(sources, ref) ? sources[ref] : undefined;
    if (s) {
      return {
        title: nfc(s.title),
        url: s.url,
        ...(s.publisher !== undefined && { publisher: nfc(s.publisher) }),
        ...(s.publisher !== undefined && withPublisherLang(s.publisher, s.url)),
        ...(s.lang !== undefined && { lang: s.lang }),
        ...(s.readIn !== undefined && { readIn: s.readIn }),
      };
    }
    // A bare URL: the host stands in for a title, which the app shows as the link text.
    return { title: new URL(ref).hostname.replace(/^www\./, ''), url: ref };
  };
}

function nfc(s: string): string {
  return s.normalize('NFC');
}
