import { useSyncExternalStore } from 'react';
import { followColourScheme, prefersDark, resolveTheme } from './theme';
import type { DarkMode } from '../state/types';
import { flavourFor, type Flavour } from './palette';

/** The map's palette flavour for a `dark=` flag; `auto` follows the reader's colour scheme live. */
export function useFlavour(mode: DarkMode): Flavour {
  const dark = useSyncExternalStore(followColourScheme, prefersDark, () => false);
  return flavourFor(resolveTheme(mode, dark));
}
