import { createContext, useContext, type ReactNode } from 'react';
import { hasDetails, type IndexedBundle, type IndexedCore } from '../data/selectors';

/*
 * The data channel's context alone: no loading here, so code the build also renders outside the
 * app (the link previews' figure, scripts/lib/hosting/preview-views.tsx) reads it without
 * pulling in the bundle's modules. ./data-channel.tsx adds the details' loading.
 */

const CoreContext = createContext<IndexedCore | null>(null);
export const DataContext = createContext<IndexedBundle | null>(null);

export function DataProvider({ data, children }: { data: IndexedBundle; children: ReactNode }) {
  return (
    <CoreContext.Provider value={data}>
      <DataContext.Provider value={data}>{children}</DataContext.Provider>
    </CoreContext.Provider>
  );
}

function CoreDataProvider({ data, children }: { data: IndexedCore; children: ReactNode }) {
  return <CoreContext.Provider value={data}>{children}</CoreContext.Provider>;
}

/**
 * The one way the data reaches every view (the SVG and WebGL maps, panels, static page, Embed
 * dialog): src/main.tsx wraps the page in it with the bundle indexed once at start, component
 * tests with the fixture, the build's link previews with the bundle they draw. It lives in
 * src/view/ so that every layer that draws can read it. Given the core only, panels fetch the
 * details when shown (<WithDetails>, ./data-channel.tsx); given the whole bundle, they never wait.
 */
export function BundleProvider({ data, children }: { data: IndexedCore | IndexedBundle; children: ReactNode }) {
  return hasDetails(data) ? <DataProvider data={data}>{children}</DataProvider> : <CoreDataProvider data={data}>{children}</CoreDataProvider>;
}

/** The whole bundle; throws when none is above, so a missing provider is loud rather than an empty panel. */
export function useData(): IndexedBundle {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData() needs the whole bundle: a <BundleProvider> given it, or a <WithDetails> above it (src/view/bundle-context.tsx)');
  return data;
}

/** The first view's data: localities, pairs without their texts, sectors, forum. */
export function useCoreData(): IndexedCore {
  const data = useContext(CoreContext);
  if (!data) throw new Error('useCoreData() needs a <BundleProvider> above it (src/view/bundle-context.tsx): pages get one from src/main.tsx, tests wrap the fixture in one');
  return data;
}
