import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { CorePair } from '../data/types';
import { useStore } from '../state/store';
import { selectVisible, type Filters } from './visible';

/** The store's filters as they are now (a hook: re-renders when one of them changes). The controls read these. */
export function useFilters(): Filters {
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const years = useStore((s) => s.years);
  // One object per change of a filter, so callers can memoise on it.
  return useMemo(() => ({ sectors, relationships, years }), [sectors, relationships, years]);
}

const ShownFiltersContext = createContext<Filters | null>(null);

/**
 * Holds the filters as the map, the lists and the panels show them: one render behind the store
 * after a change (React's `useDeferredValue`). Only this provider follows the store at once; its
 * readers re-render when the deferred value changes, in a render React interrupts when the
 * reader's next input arrives. So a chip, the menu and the status line paint at once, and the
 * map and lists follow. Part of every <BundleProvider> (./bundle-context.tsx).
 */
export function ShownFiltersProvider({ children }: { children: ReactNode }) {
  const shown = useDeferredValue(useFilters());
  return <ShownFiltersContext.Provider value={shown}>{children}</ShownFiltersContext.Provider>;
}

/** The filters as shown (see `ShownFiltersProvider`). */
export function useShownFilters(): Filters {
  const shown = useContext(ShownFiltersContext);
  if (!shown) throw new Error('useShownFilters() needs a <BundleProvider> above it (src/view/bundle-context.tsx)');
  return shown;
}

/** The visible pairs of `pairs` under the filters as shown. */
export function useVisiblePairs<P extends CorePair>(pairs: readonly P[]): P[] {
  return selectVisible(pairs, useShownFilters());
}
