import type { DarkMode } from '../state/types';

export type Theme = 'light' | 'dark';

/** The theme a `dark=` flag resolves to; `auto` follows the host's colour-scheme preference. */
export function resolveTheme(mode: DarkMode, prefersDark: boolean): Theme {
  if (mode === 'on') return 'dark';
  if (mode === 'off') return 'light';
  return prefersDark ? 'dark' : 'light';
}

/**
 * Sets `data-theme` on `<html>` (the CSS variables in src/styles/theme.css hang off it) and,
 * for `auto`, keeps it in step with `prefers-color-scheme`. Returns a cleanup function.
 */
export function applyTheme(mode: DarkMode, win: Window = window): () => void {
  const root = win.document.documentElement;
  const query = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;
  const update = () => {
    root.dataset.theme = resolveTheme(mode, query?.matches ?? false);
  };
  update();
  if (mode !== 'auto' || !query) return () => {};
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
