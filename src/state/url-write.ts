import { AGREEMENT_TYPES, type Lang } from '../data/vocabulary';
import { formatYears } from '../partners/timeline';
import { EMBED_TEXT_FIELDS } from './embed-text';
import type { RenderFlags, UiState } from './types';
import { DEFAULT_FLAGS, defaultState, TEXT_PARAMS } from './url-params';

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
