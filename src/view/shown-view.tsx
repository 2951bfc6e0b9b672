import { createContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { CorePair } from '../data/types';
import { useStore } from '../state/store';
import type { Selection } from '../state/types';
import { useProvided } from './use-provided';
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
const MapSelectionContext = createContext<Selection | null>(null);

/**
 * Holds the filters as the map, the lists and the panels show them, and the selection as the map
 * shows it: one render behind the store after a change (React's `useDeferredValue`). Only this
 * provider follows the store at once; its readers re-render when a deferred value changes, in a
 * render React interrupts when the reader's next input arrives. So a chip, the menu and the status
 * line paint at once, and the map and lists follow; a picked place's panel paints at once, and the
 * map's new level and camera follow. Part of every <BundleProvider> (./bundle-context.tsx).
 */
export function ShownViewProvider({ children }: { children: ReactNode }) {
  const filters = useDeferredValue(useFilters());
  const selection = useDeferredValue(useStore((s) => s.selection));
  return (
    <ShownFiltersContext.Provider value={filters}>
      <MapSelectionContext.Provider value={selection}>{children}</MapSelectionContext.Provider>
    </ShownFiltersContext.Provider>
  );
}

/** The selection as the map shows it (see `ShownViewProvider`); the panels read the store's. */
export function useMapSelection(): Selection {
  return useProvided(MapSelectionContext, 'useMapSelection() needs a <BundleProvider> above it (src/view/bundle-context.tsx)');
}

/** The filters as shown (see `ShownViewProvider`). */
export function useShownFilters(): Filters {
  return useProvided(ShownFiltersContext, 'useShownFilters() needs a <BundleProvider> above it (src/view/bundle-context.tsx)');
}

/** The visible pairs of `pairs` under the filters as shown. */
export function useVisiblePairs<P extends CorePair>(pairs: readonly P[]): P[] {
  return selectVisible(pairs, useShownFilters());
}
