import type { DarkMode, UiState } from '../state/types';
import { toParams } from '../state/url';

/** What the reader chose in the Embed dialog on top of the current view. */
export interface EmbedChoices {
  /** Map only: no chips, no panel. */
  plain: boolean;
  dark: DarkMode;
}

export const DEFAULT_CHOICES: EmbedChoices = { plain: false, dark: 'off' };
export const DEFAULT_IFRAME_HEIGHT = 560;

/**
 * The app's absolute base URL (always ending in `/`): the page's origin plus Vite's `base`,
 * which may be relative (`./`, resolved against the page) or absolute (`/kizuna/`).
 */
export function appBaseUrl(pageHref: string, base: string): string {
  const url = new URL(base || './', pageHref);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The query string of an embed of `state`: the selection, filters and pre-merger overlay carry
 * over; the search text, list view and open panel do not (an embed opens on the map with its
 * panel collapsed). `embed=1` and an explicit `lang` are always there, so the embed does not
 * depend on the reader's browser language.
 */
export function embedSearch(state: UiState, choices: EmbedChoices = DEFAULT_CHOICES): string {
  const embedState: UiState = {
    ...state,
    query: '',
    view: 'map',
    panel: 'closed',
    flags: { embed: true, plain: choices.plain, static: false, dark: choices.dark },
  };
  const params = new URLSearchParams([['lang', state.lang]]);
  for (const [key, value] of toParams(embedState, state.lang)) params.set(key, value);
  return `?${params.toString()}`;
}

/** The absolute URL of the embed. */
export function embedUrl(baseUrl: string, state: UiState, choices: EmbedChoices = DEFAULT_CHOICES): string {
  return `${baseUrl}${embedSearch(state, choices)}`;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface SnippetInput {
  /** Absolute embed URL (from embedUrl). */
  url: string;
  /** The iframe's accessible name. */
  title: string;
  height?: number;
}

function iframe({ url, title, height = DEFAULT_IFRAME_HEIGHT }: SnippetInput, extra: string): string {
  const h = Math.round(height);
  return (
    `<iframe${extra} src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `width="100%" height="${h}" style="border:0" allow="fullscreen"></iframe>`
  );
}

/** (a) A plain iframe of fixed height: works everywhere, no script. */
export function iframeSnippet(input: SnippetInput): string {
  return iframe(input, '');
}

/**
 * (b) The same iframe marked `data-kizuna`, plus our loader, which keeps the iframe as tall as
 * its content. Without the script (a CMS that strips it, AMP, RSS) it is still the plain iframe.
 */
export function loaderSnippet(input: SnippetInput, baseUrl: string): string {
  return `${iframe(input, ' data-kizuna')}\n<script async src="${escapeAttribute(`${baseUrl}embed.js`)}"></script>`;
}
