import type { Lang } from '../data/vocabulary';
import type { RenderFlags, UiState } from './types';
import { DEFAULT_FLAGS } from './url-params';
import { toSearch } from './url-write';

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
