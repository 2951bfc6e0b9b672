import type { UiState } from '../state/types';
import { DEFAULT_FLAGS } from '../state/url-params';
import { localityPagePath } from '../state/locality-page';
import { toParams } from '../state/url-write';

/**
 * The full app's URL for the view an embed shows: same selection, filters and language, no
 * embed flags (dark is a host-page choice too, so it goes as well). A locality's link is its own
 * page (`l/<id>/`, which the build writes with that locality's link preview), the overview's the
 * app's folder: a link shared on a social network or in a chat then previews as the view it
 * opens. The filters stay in the query.
 */
export function fullMapHref(baseUrl: string, state: UiState): string {
  const params = new URLSearchParams([['lang', state.lang]]);
  const full: UiState = { ...state, panel: 'open' };
  for (const [key, value] of toParams(full, state.lang, DEFAULT_FLAGS)) params.set(key, value);
  if (state.selection.kind !== 'locality') return `${baseUrl}?${params.toString()}`;
  params.delete('loc');
  return `${baseUrl}${localityPagePath(state.selection.id)}?${params.toString()}`;
}
