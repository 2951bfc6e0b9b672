import { useContext, useEffect, useState, type ReactNode } from 'react';
import { loadBundle } from '../data/load';
import { indexBundle, type IndexedBundle } from '../data/selectors';
import { t } from '../i18n';
import { useStore } from '../state/store';
import { DataContext, DataProvider } from './bundle-context';

// The channel itself (provider and hooks) is ./bundle-context.tsx. Views import it from here, but for
// the code the build also renders for link previews (src/svg/, ./use-map-model.ts), which must not load the bundle.
export { BundleProvider, useCoreData, useData, useForumData } from './bundle-context';

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
