import { AGREEMENT_TYPES, LANGS, RELATIONSHIPS, type Lang } from '../data/vocabulary';
import { parseYears } from '../partners/timeline';
import { cleanEmbedText, EMBED_TEXT_FIELDS, fitsLimit } from './embed-text';
import { flag } from './page-kind';
import type { ParamNotice, RenderFlags, Selection, UiState } from './types';
import { DARK_MODES, DEFAULT_FLAGS, defaultState, KNOWN_PARAMS, MAX_QUERY_LENGTH, sanitizeQuery, TEXT_PARAMS, type KnownParam } from './url-params';
import { isRegionSelection, resolvePairId, type Vocabulary } from './url-vocabulary';

const MAX_VALUE_LENGTH = 200;

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
  const get = (param: KnownParam): string | null => {
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
