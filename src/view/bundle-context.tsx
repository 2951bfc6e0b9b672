import { createContext, type ReactNode } from 'react';
import { hasDetails, hasTexts, type IndexedBundle, type IndexedCore, type IndexedTexts } from '../data/selectors';
import { ShownViewProvider } from './shown-view';
import { useProvided } from './use-provided';

/*
 * The data channel's context alone: no loading here, so code the build also renders outside the
 * app (the link previews' figure, scripts/lib/hosting/preview-views.tsx) reads it without
 * pulling in the bundle's modules. ./data-channel.tsx adds the details' loading.
 */

const CoreContext = createContext<IndexedCore | null>(null);
const TextsContext = createContext<IndexedTexts | null>(null);
export const DataContext = createContext<IndexedBundle | null>(null);

export function DataProvider({ data, children }: { data: IndexedBundle; children: ReactNode }) {
  return (
    <CoreContext.Provider value={data}>
      <TextsContext.Provider value={data}>
        <DataContext.Provider value={data}>{children}</DataContext.Provider>
      </TextsContext.Provider>
    </CoreContext.Provider>
  );
}

function TextsDataProvider({ data, children }: { data: IndexedTexts; children: ReactNode }) {
  return (
    <CoreContext.Provider value={data}>
      <TextsContext.Provider value={data}>{children}</TextsContext.Provider>
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
 * src/view/ so that every layer that draws can read it. Three levels: the core (the map; an
 * embed's first view), the core with the forum's texts (the full app's first view) and the whole
 * bundle. Panels below <WithDetails> (./data-channel.tsx) fetch what is missing when shown; given
 * the whole bundle, they never wait.
 */
export function BundleProvider({ data, children }: { data: IndexedCore; children: ReactNode }) {
  const shown = <ShownViewProvider>{children}</ShownViewProvider>;
  if (hasDetails(data)) return <DataProvider data={data}>{shown}</DataProvider>;
  if (hasTexts(data)) return <TextsDataProvider data={data}>{shown}</TextsDataProvider>;
  return <CoreDataProvider data={data}>{shown}</CoreDataProvider>;
}

/** The whole bundle; throws when none is above, so a missing provider is loud rather than an empty panel. */
export function useData(): IndexedBundle {
  return useProvided(DataContext, 'useData() needs the whole bundle: a <BundleProvider> given it, or a <WithDetails> above it (src/view/bundle-context.tsx)');
}

/** The map's data: localities, regions, pairs without their texts, sectors. */
export function useCoreData(): IndexedCore {
  return useProvided(CoreContext, 'useCoreData() needs a <BundleProvider> above it (src/view/bundle-context.tsx): pages get one from src/main.tsx, tests wrap the fixture in one');
}

/** The core with the forum's texts (quotes, figures, directions, speakers, tie searches): the full app has them from its first view, an embed below <WithDetails>. */
export function useForumData(): IndexedTexts {
  return useProvided(TextsContext, 'useForumData() needs the forum texts: a <BundleProvider> given them (the full app), or a <WithDetails> above it (src/view/data-channel.tsx)');
}
