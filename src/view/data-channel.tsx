import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { loadBundle } from '../data/load';
import { hasDetails, indexBundle, type IndexedBundle, type IndexedCore } from '../data/selectors';
import { t } from '../i18n';
import { useStore } from '../state/store';

const CoreContext = createContext<IndexedCore | null>(null);
const DataContext = createContext<IndexedBundle | null>(null);

function DataProvider({ data, children }: { data: IndexedBundle; children: ReactNode }) {
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
 * dialog): the pages wrap themselves in it with the bundle indexed once at start (src/main.tsx),
 * component tests with the fixture. It lives in src/view/ so that every layer that draws can
 * read it. Given the core only, panels fetch the details when shown (<WithDetails>); given the
 * whole bundle, they never wait.
 */
export function BundleProvider({ data, children }: { data: IndexedCore | IndexedBundle; children: ReactNode }) {
  return hasDetails(data) ? <DataProvider data={data}>{children}</DataProvider> : <CoreDataProvider data={data}>{children}</CoreDataProvider>;
}

/** The whole bundle; throws when none is above, so a missing provider is loud rather than an empty panel. */
export function useData(): IndexedBundle {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData() needs the whole bundle: a <BundleProvider> given it, or a <WithDetails> above it (src/view/data-channel.tsx)');
  return data;
}

/** The first view's data: localities, pairs without their texts, sectors, forum. */
export function useCoreData(): IndexedCore {
  const data = useContext(CoreContext);
  if (!data) throw new Error('useCoreData() needs a <BundleProvider> above it (src/view/data-channel.tsx): pages get one from src/main.tsx, tests wrap the fixture in one');
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
