import type { Lang } from '../data/vocabulary';
import type { DarkMode, RenderFlags, Selection, StartLevel, UiState } from '../state/types';
import { localityPage } from '../state/locality-page';
import { toParams } from '../state/url-write';

/** What the reader chose in the Embed dialog on top of the current view. */
export interface EmbedChoices {
  /** Map only: no chips, no panel. */
  plain: boolean;
  dark: DarkMode;
  /** Show the year-range timeline under the map (`timeline=1`). */
  timeline?: boolean;
  /** The journalist's texts, already cleaned and within their limits (src/state/embed-text.ts). */
  headline?: string;
  caption?: string;
  notes?: string;
  startLevel?: StartLevel;
  hideChips?: boolean;
  hideDetails?: boolean;
}

/** The view the embed shows, where the dialog changes it from the app's current one. */
export interface EmbedView {
  lang?: Lang;
  sectors?: readonly string[];
  selection?: Selection;
}

/** The app's state with the dialog's language, sectors and selection in place of the current ones. */
export function withEmbedView(state: UiState, view: EmbedView): UiState {
  return {
    ...state,
    lang: view.lang ?? state.lang,
    sectors: view.sectors ? [...view.sectors].sort() : state.sectors,
    selection: view.selection ?? state.selection,
  };
}

/** The render flags an embed's link carries for the dialog's choices (only those that differ from the default). */
function embedFlags(choices: EmbedChoices): RenderFlags {
  const flags: RenderFlags = { embed: true, plain: choices.plain, static: false, dark: choices.dark };
  if (choices.timeline) flags.timeline = true;
  for (const field of ['headline', 'caption', 'notes'] as const) {
    const text = choices[field];
    if (text) flags[field] = text;
  }
  if (choices.startLevel === 'provinces') flags.startLevel = 'provinces';
  if (choices.hideChips) flags.hideChips = true;
  if (choices.hideDetails) flags.hideDetails = true;
  return flags;
}

const DEFAULT_CHOICES: EmbedChoices = { plain: false, dark: 'off' };
export const DEFAULT_IFRAME_HEIGHT = 560;
/** The heights the dialog accepts for the iframe: a phone's narrowest useful frame to a tall page's. */
export const IFRAME_HEIGHT_RANGE = { min: 320, max: 1600 } as const;

/** The iframe height typed in the dialog, or null when it is not a whole number in the range. */
export function parseIframeHeight(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= IFRAME_HEIGHT_RANGE.min && value <= IFRAME_HEIGHT_RANGE.max ? value : null;
}

/**
 * The app's absolute base URL (always ending in `/`): the page's origin plus Vite's `base`,
 * which may be relative (`./`, resolved against the page) or absolute (`/kizuna/`). From a
 * locality's page (`l/<id>/`), the folder above it.
 */
export function appBaseUrl(pageHref: string, base: string): string {
  const url = new URL(base || './', pageHref);
  url.search = '';
  url.hash = '';
  const page = localityPage(url.pathname);
  if (page) url.pathname = page.root;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The base URL snippets point at: the published address set at build time (`VITE_PUBLIC_URL`,
 * checked by the build, docs/DEPLOY.md) when there is one, else the app's own address. A site
 * previewed on a staging host then still writes snippets for the public one.
 */
export function snippetBaseUrl(publicUrl: string | undefined, pageHref: string, base: string): string {
  const configured = (publicUrl ?? '').trim();
  if (!configured) return appBaseUrl(pageHref, base);
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/** The newest versioned loader (public/embed.vN.js), relative to the base URL, and its SRI hash. */
export interface LoaderRef {
  path: string;
  integrity: string;
}

// Defined by the build and the tests (scripts/lib/hosting/plugin.ts) from the file itself.
declare const __KIZUNA_LOADER__: LoaderRef | undefined;

/** Without the build's value (never in practice), the moving loader, which needs no hash. */
export const VERSIONED_LOADER: LoaderRef = typeof __KIZUNA_LOADER__ === 'undefined' ? { path: 'embed.js', integrity: '' } : __KIZUNA_LOADER__;

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
  };
  const flags = embedFlags(choices);
  const params = new URLSearchParams([['lang', state.lang]]);
  for (const [key, value] of toParams(embedState, state.lang, flags)) params.set(key, value);
  return `?${params.toString()}`;
}

/** The absolute URL of the embed. */
export function embedUrl(baseUrl: string, state: UiState, choices: EmbedChoices = DEFAULT_CHOICES): string {
  return `${baseUrl}${embedSearch(state, choices)}`;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
  /** Absolute embed URL (from embedUrl). */
  url: string;
  /** The iframe's accessible name. */
  title: string;
  height?: number;
}

/**
 * `frameborder="0"` rather than `style="border:0"`: a host page whose CSP has no
 * style-src 'unsafe-inline' (or a CMS that strips style attributes) drops a style attribute,
 * while every browser still honours the old attribute. The loader also sets the border through
 * the CSSOM.
 */
function iframe({ url, title, height = DEFAULT_IFRAME_HEIGHT }: SnippetInput, extra: string): string {
  const h = Math.round(height);
  return `<iframe${extra} src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" ` + `width="100%" height="${h}" frameborder="0" allow="fullscreen"></iframe>`;
}

/** (a) A plain iframe of fixed height: works everywhere, no script. */
export function iframeSnippet(input: SnippetInput): string {
  return iframe(input, '');
}

/**
 * (b) The same iframe marked `data-kizuna`, plus our loader, which keeps the iframe as tall as
 * its content. Without the script (a CMS that strips it, AMP, RSS) it is still the plain iframe.
 * The loader runs with full rights on the host page, so the snippet names the immutable
 * versioned file with its `integrity` hash: the browser refuses it if a single byte differs.
 * `crossorigin="anonymous"` is what makes the browser check the hash on another origin's file.
 */
export function loaderSnippet(input: SnippetInput, baseUrl: string, loader: LoaderRef = VERSIONED_LOADER): string {
  const src = escapeAttribute(`${baseUrl}${loader.path}`);
  const integrity = loader.integrity ? ` integrity="${escapeAttribute(loader.integrity)}" crossorigin="anonymous"` : '';
  return `${iframe(input, ' data-kizuna')}\n<script async src="${src}"${integrity}></script>`;
}
