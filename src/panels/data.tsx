import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { loadBundle } from '../data/load';
import { hasDetails, indexBundle, type IndexedBundle, type IndexedCore } from '../data/selectors';
import { t } from '../i18n';
import { useStore } from '../state/store';

const CoreContext = createContext<IndexedCore | null>(null);
const DataContext = createContext<IndexedBundle | null>(null);

/** Hands the whole (indexed) bundle to every panel: the app passes the real one, tests a fixture. */
export function DataProvider({ data, children }: { data: IndexedBundle; children: ReactNode }) {
  return (
    <CoreContext.Provider value={data}>
      <DataContext.Provider value={data}>{children}</DataContext.Provider>
    </CoreContext.Provider>
  );
}

/** Hands only the first view's data (the embed before a reader opens its panel). */
export function CoreDataProvider({ data, children }: { data: IndexedCore; children: ReactNode }) {
  return <CoreContext.Provider value={data}>{children}</CoreContext.Provider>;
}

/**
 * The one way the data reaches every view, the map included: the pages wrap themselves in it
 * with the bundle indexed once at start (src/main.tsx), tests with a fixture. With the core only,
 * panels fetch the details when shown (<WithDetails>); with the whole bundle they never wait.
 */
export function BundleProvider({ data, children }: { data: IndexedCore | IndexedBundle; children: ReactNode }) {
  return hasDetails(data) ? <DataProvider data={data}>{children}</DataProvider> : <CoreDataProvider data={data}>{children}</CoreDataProvider>;
}

/** The whole bundle; throws outside a DataProvider (or a <WithDetails>) so a missing provider is loud. */
export function useData(): IndexedBundle {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData() needs a <DataProvider> or <WithDetails> above it');
  return data;
}

/** The first view's data: localities, pairs without their texts, sectors, forum. */
export function useCoreData(): IndexedCore {
  const data = useContext(CoreContext);
  if (!data) throw new Error('useCoreData() needs a <CoreDataProvider> or <DataProvider> above it');
  return data;
}

let indexed: Promise<IndexedBundle> | null = null;
let loaded: IndexedBundle | null = null;

/** The whole bundle, indexed, fetched once; once it resolves, <WithDetails> renders its children at once. */
export function loadDetails(): Promise<IndexedBundle> {
  indexed ??= loadBundle()
    .then(indexBundle)
    .then((data) => (loaded = data));
  indexed.catch(() => {
    indexed = null;
  });
  return indexed;
}

/**
 * Renders `children` with the whole bundle, fetching the details the first time it is needed;
 * until then (or after a failure, with a retry) one line says so.
 */
export function WithDetails({ children }: { children: ReactNode }) {
  const present = useContext(DataContext);
  const lang = useStore((s) => s.lang);
  const [state, setState] = useState<{ data: IndexedBundle | null; failed: boolean; attempt: number }>(() => ({ data: loaded, failed: false, attempt: 0 }));
  useEffect(() => {
    if (present || state.data) return;
    let live = true;
    loadDetails().then(
      (data) => live && setState((s) => ({ ...s, data, failed: false })),
      () => live && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      live = false;
    };
  }, [present, state.data, state.attempt]);
  if (present) return <>{children}</>;
  if (state.data) return <DataProvider data={state.data}>{children}</DataProvider>;
  return (
    <p className="hint" role="status" data-testid="details-loading">
      {state.failed ? t(lang, 'details.failed') : t(lang, 'details.loading')}{' '}
      {state.failed && (
        <button type="button" className="link-button" onClick={() => setState((s) => ({ ...s, attempt: s.attempt + 1 }))}>
          {t(lang, 'failure.retry')}
        </button>
      )}
    </p>
  );
}
