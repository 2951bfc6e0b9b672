import type { UiState } from '../state/types';
import { DEFAULT_FLAGS, toParams } from '../state/url';

/**
 * The full app's URL for the view an embed shows: same selection, filters and language, no
 * embed flags (dark is a host-page choice too, so it goes as well).
 */
export function fullMapHref(baseUrl: string, state: UiState): string {
  const params = new URLSearchParams([['lang', state.lang]]);
  const full: UiState = { ...state, panel: 'open' };
  for (const [key, value] of toParams(full, state.lang, DEFAULT_FLAGS)) params.set(key, value);
  return `${baseUrl}?${params.toString()}`;
}
