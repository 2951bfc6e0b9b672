import type { DarkMode } from '../state/types';

export type Theme = 'light' | 'dark';

/** The theme a `dark=` flag resolves to; `auto` follows the host's colour-scheme preference. */
export function resolveTheme(mode: DarkMode, prefersDark: boolean): Theme {
  if (mode === 'on') return 'dark';
  if (mode === 'off') return 'light';
  return prefersDark ? 'dark' : 'light';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const followers = new Set<() => void>();
let watched: MediaQueryList | null = null;

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

const notify = () => followers.forEach((follow) => follow());

/** Whether the reader's system asks for dark colours now (false where it cannot say). */
export function prefersDark(): boolean {
  return darkQuery()?.matches ?? false;
}

/**
 * Calls `onChange` when the reader's colour scheme changes. The page's `data-theme` and the
 * map's palette flavour both follow it through here, so they can never disagree: one listener on
 * the media query however many follow it, attached with the first and removed with the last.
 */
export function followColourScheme(onChange: () => void): () => void {
  followers.add(onChange);
  if (!watched) {
    watched = darkQuery();
    watched?.addEventListener('change', notify);
  }
  return () => {
    followers.delete(onChange);
    if (followers.size === 0 && watched) {
      watched.removeEventListener('change', notify);
      watched = null;
    }
  };
}

/**
 * Sets `data-theme` on `<html>` (the CSS variables in src/styles/theme.css hang off it) and,
 * for `auto`, keeps it in step with the colour scheme. Returns a cleanup function.
 */
export function applyTheme(mode: DarkMode): () => void {
  const root = document.documentElement;
  const update = () => {
    root.dataset.theme = resolveTheme(mode, prefersDark());
  };
  update();
  return mode === 'auto' ? followColourScheme(update) : () => {};
}
