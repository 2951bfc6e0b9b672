import { createContext, useContext, type ReactNode } from 'react';
import type { IndexedBundle } from '../data/selectors';

const DataContext = createContext<IndexedBundle | null>(null);

/** Hands the (indexed) bundle to every panel: the app passes the real one, tests a fixture. */
export function DataProvider({ data, children }: { data: IndexedBundle; children: ReactNode }) {
  return <DataContext.Provider value={data}>{children}</DataContext.Provider>;
}

/** The bundle the panels show; throws outside a DataProvider so a missing provider is loud. */
export function useData(): IndexedBundle {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData() needs a <DataProvider> above it');
  return data;
}
