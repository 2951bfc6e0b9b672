import { useEffect, useState } from 'react';
import { resolveTheme } from './theme';
import type { DarkMode } from '../state/types';
import { flavourFor, type Flavour } from './palette';

/** The map's palette flavour for a `dark=` flag; `auto` follows the reader's colour scheme live. */
export function useFlavour(mode: DarkMode): Flavour {
  const query = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);
  const [prefersDark, setPrefersDark] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    if (mode !== 'auto') return;
    const q = query();
    if (!q) return;
    const update = () => setPrefersDark(q.matches);
    q.addEventListener('change', update);
    return () => q.removeEventListener('change', update);
  }, [mode]);
  return flavourFor(resolveTheme(mode, prefersDark));
}
