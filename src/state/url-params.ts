import { LANGS, type Lang } from '../data/vocabulary';
import type { EmbedTextField } from './embed-text';
import type { DarkMode, RenderFlags, StartLevel, UiState } from './types';

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
export type KnownParam = (typeof KNOWN_PARAMS)[number];

/** The colour modes `dark=` takes. */
export const DARK_MODES: readonly DarkMode[] = ['auto', 'on', 'off'];
/** The levels `level=` opens an embed at. */
export const START_LEVELS: readonly StartLevel[] = ['regions', 'provinces'];
/** The embed texts' parameter names: `title` is the headline. */
export const TEXT_PARAMS: Record<EmbedTextField, 'title' | 'caption' | 'notes'> = { headline: 'title', caption: 'caption', notes: 'notes' };

export const MAX_QUERY_LENGTH = 80;
// Angle brackets never occur in a place name; a query holding them is a forged link, not a search.
const FORBIDDEN_IN_QUERY = /[<>]/g;

/** Search text as the store keeps it: no angle brackets, at most MAX_QUERY_LENGTH characters. */
export function sanitizeQuery(query: string): string {
  return query.replace(FORBIDDEN_IN_QUERY, '').slice(0, MAX_QUERY_LENGTH);
}

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
