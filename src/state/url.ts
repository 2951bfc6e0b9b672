import type { CoreBundle } from '../data/types';
import { AGREEMENT_TYPES, LANGS, RELATIONSHIPS, type Lang } from '../data/vocabulary';
import { formatYears, parseYears } from '../partners/timeline';
import type { DarkMode, ParamNotice, RenderFlags, Selection, StartLevel, UiState } from './types';
import { cleanEmbedText, EMBED_TEXT_FIELDS, fitsLimit, type EmbedTextField } from './embed-text';

/** What the URL may name: ids from the bundle, so stale or forged links are ignored, not misapplied. */
export interface Vocabulary {
  localityIds: ReadonlySet<string>;
  pairIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  /** Region ids (`vn-r-…`, `jp-r-…`); a link may name one or a Vietnamese–Japanese pair of them. */
  regionIds?: ReadonlySet<string>;
  /**
   * Pair ids published earlier that no pair has now (data/published-ids.csv): the id the pair
   * became, or null when it was removed. An old shared link follows it.
   */
  formerPairIds?: ReadonlyMap<string, string | null>;
}

/** Every relationship type (the order of the relationship menu); re-exported for old imports. */
export const DARK_MODES: readonly DarkMode[] = ['auto', 'on', 'off'];
const MAX_VALUE_LENGTH = 200;
export const MAX_QUERY_LENGTH = 80;
// Angle brackets never occur in a place name; a query holding them is a forged link, not a search.
const FORBIDDEN_IN_QUERY = /[<>]/g;

/**
 * What a notice may quote back from the link. A link is written by anyone, and the notice shows
 * it in the site's own voice: so an unknown parameter's name is quoted only when it is a short
 * word (ECHO_NAME), a value only when it could be an id (ECHO_VALUE: letters, digits, `_`, `-`,
 * and the `~` of a region pair, as long as the longest id); no dots, slashes or spaces, so no domain, address or sentence.
 * Anything else is shown as WITHHELD.
 */
export const WITHHELD = '…';
const ECHO_NAME = /^[A-Za-z0-9_-]{1,16}$/;
const ECHO_VALUE = /^[\p{L}\p{N}_~-]{1,48}$/u;
const echoName = (name: string): string => (ECHO_NAME.test(name) ? name : WITHHELD);
const echoValue = (value: string): string => (value === '' || ECHO_VALUE.test(value) ? value : WITHHELD);

/** Search text as the store keeps it: no angle brackets, at most MAX_QUERY_LENGTH characters. */
export function sanitizeQuery(query: string): string {
  return query.replace(FORBIDDEN_IN_QUERY, '').slice(0, MAX_QUERY_LENGTH);
}

/** The ids a bundle lets a URL name. */
export function vocabularyOf(bundle: Pick<CoreBundle, 'localities' | 'pairs' | 'sectors'> & Partial<Pick<CoreBundle, 'formerPairIds' | 'regions'>>): Vocabulary {
  return {
    regionIds: new Set((bundle.regions ?? []).map((r) => r.id)),
    localityIds: new Set(bundle.localities.map((l) => l.id)),
    pairIds: new Set(bundle.pairs.map((p) => p.id)),
    sectorIds: new Set(bundle.sectors.map((s) => s.id)),
    formerPairIds: new Map(Object.entries(bundle.formerPairIds ?? {})),
  };
}

/** A region id, or a Vietnamese region and a Japanese one joined by `~`. */
function isRegionSelection(id: string, vocabulary: Vocabulary): boolean {
  const known = vocabulary.regionIds ?? new Set<string>();
  const [a, b, extra] = id.split('~');
  if (extra !== undefined || a === undefined || !known.has(a)) return false;
  if (b === undefined) return true;
  return a.startsWith('vn-') && b.startsWith('jp-') && known.has(b);
}

/**
 * Where a `?pair=` id leads: itself when current, the id it became when renamed or merged, or
 * `removed` / `unknown` (reported to the reader either way).
 */
function resolvePairId(id: string, vocabulary: Vocabulary): { id: string } | 'removed' | 'unknown' {
  if (vocabulary.pairIds.has(id)) return { id };
  const former = vocabulary.formerPairIds;
  if (!former?.has(id)) return 'unknown';
  const now = former.get(id);
  if (now === null || now === undefined) return 'removed';
  return vocabulary.pairIds.has(now) ? { id: now } : 'unknown';
}
/** Parameters Kizuna understands; anything else is reported and dropped. */
export const KNOWN_PARAMS = [
  'lang',
  'loc',
  'pair',
  'region',
  'sectors',
  'rel',
  'q',
  'panel',
  'view',
  'premerger',
  'years',
  'embed',
  'plain',
  'static',
  'dark',
  'timeline',
  'title',
  'caption',
  'notes',
  'level',
  'chips',
  'details',
] as const;

/** The embed texts' parameter names: `title` is the headline. */
const TEXT_PARAMS: Record<EmbedTextField, 'title' | 'caption' | 'notes'> = { headline: 'title', caption: 'caption', notes: 'notes' };
export const START_LEVELS: readonly StartLevel[] = ['regions', 'provinces'];

export const DEFAULT_FLAGS: RenderFlags = { embed: false, plain: false, static: false, dark: 'off' };

/** The state a page opens with. An embed opens with its panel collapsed, so its default differs. */
export function defaultState(lang: Lang = 'en', flags: Pick<RenderFlags, 'embed'> = DEFAULT_FLAGS): UiState {
  return {
    lang,
    selection: { kind: 'none' },
    sectors: [],
    relationships: [],
    query: '',
    panel: flags.embed ? 'closed' : 'open',
    view: 'map',
    premerger: false,
    years: null,
  };
}

/** Picks the interface language from the browser's preferences, English when none matches. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] as Lang;
    if (LANGS.includes(base)) return base;
  }
  return 'en';
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function list(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ].sort();
}

function flag(value: string): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

/**
 * Reads a query string into a full state. Unknown parameters and bad values are dropped and
 * reported; what remains is always a state the app can show.
 */
export function parseParams(search: string, vocabulary: Vocabulary, fallbackLang: Lang = 'en'): { state: UiState; flags: RenderFlags; notices: ParamNotice[] } {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const reject = (param: string, value: string, reason: ParamNotice['reason'], yearsError?: ParamNotice['yearsError']) =>
    notices.push({ param: echoName(param), value: echoValue(value), reason, ...(yearsError ? { yearsError } : {}) });

  const flags: RenderFlags = { ...DEFAULT_FLAGS };
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!isOneOf(KNOWN_PARAMS, param)) reject(param, value, 'unknown-param');
    else if (seen.has(param)) reject(param, value, 'bad-value');
    seen.add(param);
  }
  const get = (param: (typeof KNOWN_PARAMS)[number]): string | null => {
    const value = params.get(param);
    if (value === null) return null;
    if (value.length > MAX_VALUE_LENGTH) {
      reject(param, value, 'too-long');
      return null;
    }
    return value;
  };
  const boolParam = (param: 'embed' | 'plain' | 'static' | 'premerger' | 'timeline' | 'chips' | 'details'): boolean | null => {
    const value = get(param);
    if (value === null) return null;
    const parsed = flag(value);
    if (parsed === null) reject(param, value, 'bad-value');
    return parsed;
  };

  flags.embed = boolParam('embed') ?? false;
  flags.plain = boolParam('plain') ?? false;
  flags.static = boolParam('static') ?? false;
  if (boolParam('timeline')) flags.timeline = true;
  if (boolParam('chips') === false) flags.hideChips = true;
  if (boolParam('details') === false) flags.hideDetails = true;
  const level = get('level');
  if (level !== null) {
    if (level === 'provinces') flags.startLevel = level;
    else if (level !== 'regions') reject('level', level, 'bad-value');
  }
  // Texts have limits of their own (EMBED_TEXT_LIMITS), some above MAX_VALUE_LENGTH: read raw.
  for (const field of EMBED_TEXT_FIELDS) {
    const param = TEXT_PARAMS[field];
    const raw = params.get(param);
    if (raw === null) continue;
    const text = cleanEmbedText(raw);
    if (!fitsLimit(field, text)) reject(param, raw, 'too-long');
    else if (text) flags[field] = text;
    else if (raw.trim()) reject(param, raw, 'bad-value');
  }
  const dark = get('dark');
  if (dark !== null) {
    if (isOneOf(DARK_MODES, dark)) flags.dark = dark;
    else reject('dark', dark, 'bad-value');
  }

  const langValue = get('lang');
  let lang = fallbackLang;
  if (langValue !== null) {
    if (isOneOf(LANGS, langValue)) lang = langValue;
    else reject('lang', langValue, 'bad-value');
  }
  const state = defaultState(lang, flags);

  const loc = get('loc');
  const pair = get('pair');
  let selection: Selection = { kind: 'none' };
  if (pair !== null) {
    // A renamed or merged pair opens under its id now; the URL is then rewritten to it.
    const resolved = resolvePairId(pair, vocabulary);
    if (typeof resolved === 'object') selection = { kind: 'pair', id: resolved.id };
    else reject('pair', pair, resolved === 'removed' ? 'removed-id' : 'unknown-id');
  }
  if (loc !== null) {
    if (selection.kind === 'pair') reject('loc', loc, 'bad-value');
    else if (vocabulary.localityIds.has(loc)) selection = { kind: 'locality', id: loc };
    else reject('loc', loc, 'unknown-id');
  }
  const region = get('region');
  if (region !== null) {
    if (selection.kind !== 'none') reject('region', region, 'bad-value');
    else if (isRegionSelection(region, vocabulary)) selection = { kind: 'region', id: region };
    else reject('region', region, 'unknown-id');
  }
  state.selection = selection;

  const sectors = get('sectors');
  if (sectors !== null) {
    for (const id of list(sectors)) {
      if (vocabulary.sectorIds.has(id)) state.sectors.push(id);
      else reject('sectors', id, 'unknown-id');
    }
  }

  const rel = get('rel');
  if (rel !== null) {
    for (const id of list(rel)) {
      if (id === 'agreements') state.relationships.push(...AGREEMENT_TYPES);
      else if (isOneOf(RELATIONSHIPS, id)) state.relationships.push(id);
      else reject('rel', id, 'bad-value');
    }
    state.relationships = [...new Set(state.relationships)].sort();
  }

  const q = get('q');
  if (q !== null) {
    if (q.length > MAX_QUERY_LENGTH) reject('q', q, 'too-long');
    else if (sanitizeQuery(q) !== q) reject('q', q, 'bad-value');
    else state.query = q;
  }

  const panel = get('panel');
  if (panel !== null) {
    if (panel === 'open' || panel === 'closed') state.panel = panel;
    else reject('panel', panel, 'bad-value');
  }

  const view = get('view');
  if (view !== null) {
    if (view === 'map' || view === 'list') state.view = view;
    else reject('view', view, 'bad-value');
  }

  state.premerger = boolParam('premerger') ?? false;

  const years = get('years');
  if (years !== null) {
    const parsed = parseYears(years);
    if (parsed.ok) state.years = parsed.range;
    else reject('years', years, 'bad-value', parsed.reason);
  }
  return { state, flags, notices };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * Writes a state as query parameters, omitting every value equal to its default. The render
 * flags are not state (they never change after start) but every link of the page carries them.
 */
export function toParams(state: UiState, fallbackLang: Lang = 'en', flags: RenderFlags = DEFAULT_FLAGS): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = defaultState(fallbackLang, flags);
  if (state.lang !== fallbackLang) params.set('lang', state.lang);
  if (state.selection.kind === 'locality') params.set('loc', state.selection.id);
  if (state.selection.kind === 'pair') params.set('pair', state.selection.id);
  if (state.selection.kind === 'region') params.set('region', state.selection.id);
  if (state.sectors.length) params.set('sectors', [...state.sectors].sort().join(','));
  if (state.relationships.length) {
    params.set('rel', sameSet(state.relationships, AGREEMENT_TYPES) ? 'agreements' : [...state.relationships].sort().join(','));
  }
  if (state.query) params.set('q', state.query);
  if (state.panel !== defaults.panel) params.set('panel', state.panel);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.premerger) params.set('premerger', '1');
  if (state.years) params.set('years', formatYears(state.years));
  if (flags.embed) params.set('embed', '1');
  if (flags.plain) params.set('plain', '1');
  if (flags.static) params.set('static', '1');
  if (flags.dark !== 'off') params.set('dark', flags.dark);
  if (flags.timeline) params.set('timeline', '1');
  for (const field of EMBED_TEXT_FIELDS) {
    const text = flags[field];
    if (text) params.set(TEXT_PARAMS[field], text);
  }
  if (flags.startLevel === 'provinces') params.set('level', 'provinces');
  if (flags.hideChips) params.set('chips', '0');
  if (flags.hideDetails) params.set('details', '0');
  return params;
}

/** `?a=b` or the empty string, for history entries. */
export function toSearch(state: UiState, fallbackLang: Lang = 'en', flags: RenderFlags = DEFAULT_FLAGS): string {
  const query = toParams(state, fallbackLang, flags).toString();
  return query ? `?${query}` : '';
}

/**
 * The page the build writes for each locality (scripts/lib/hosting/previews.ts): `…/l/<id>/`,
 * with its own link preview. `root` is the app's folder above it.
 */
export interface LocalityPage {
  root: string;
  id: string;
}
const LOCALITY_PAGE = /^(.*\/)l\/([a-z0-9-]+)\/(?:index\.html)?$/;
/** A locality page's path under the app's folder. */
export const localityPagePath = (id: string): string => `l/${id}/`;

export function localityPage(pathname: string): LocalityPage | null {
  const match = LOCALITY_PAGE.exec(pathname);
  return match ? { root: match[1]!, id: match[2]! } : null;
}

/**
 * The query a page stands for: a locality page's id as `loc`, unless the query names a selection
 * itself (a link the reader edited says what it means). An unknown id is then reported as any
 * unknown `loc` is.
 */
export function pageSearch(search: string, page: LocalityPage | null): string {
  const params = new URLSearchParams(search);
  if (!page || params.has('loc') || params.has('pair') || params.has('region')) return search;
  params.set('loc', page.id);
  return `?${params.toString()}`;
}

/**
 * A state's address under the app's folder `root`: a locality's own page (and the other
 * parameters as a query), anything else the folder itself with the query.
 */
export function pageHref(root: string, state: UiState, fallbackLang: Lang = 'en', flags: RenderFlags = DEFAULT_FLAGS): string {
  if (state.selection.kind !== 'locality') return `${root}${toSearch(state, fallbackLang, flags)}`;
  const rest = toSearch({ ...state, selection: { kind: 'none' } }, fallbackLang, flags);
  return `${root}${localityPagePath(state.selection.id)}${rest}`;
}
