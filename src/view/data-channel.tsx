import { useContext, useEffect, useState, type ReactNode } from 'react';
import { loadBundle } from '../data/load';
import { indexBundle, type IndexedBundle } from '../data/selectors';
import { t } from '../i18n';
import { useStore } from '../state/store';
import { DataContext, DataProvider } from './bundle-context';

// The channel itself (provider and hooks) is ./bundle-context.tsx, imported from there by everyone;
// this module adds what loads the rest of the bundle on demand (kept apart so that the link
// previews, which the build renders without Vite, never import the loader).

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

/** A chunk of code that children of <WithDetails> need as well (an embed's panels): loaded in parallel with the details, under the same line. */
export interface LazyCode {
  load: () => Promise<unknown>;
  loaded: () => boolean;
}

/**
 * Renders `children` with the whole bundle, fetching the details the first time it is needed
 * (and `code`, when given); until then (or after a failure, with a retry) one line says so.
 */
export function WithDetails({ children, code }: { children: ReactNode; code?: LazyCode }) {
  const present = useContext(DataContext);
  const lang = useStore((s) => s.lang);
  const [state, setState] = useState<{ data: IndexedBundle | null; codeReady: boolean; failed: boolean; attempt: number }>(() => ({
    data: loaded,
    codeReady: !code || code.loaded(),
    failed: false,
    attempt: 0,
  }));
  const dataReady = Boolean(present ?? state.data);
  useEffect(() => {
    if (dataReady && state.codeReady) return;
    let live = true;
    Promise.all([dataReady ? null : loadDetails(), state.codeReady ? null : code?.load()]).then(
      ([data]) => live && setState((s) => ({ ...s, data: data ?? s.data, codeReady: true, failed: false })),
      () => live && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      live = false;
    };
  }, [dataReady, state.codeReady, state.attempt, code]);
  if (present && state.codeReady) return <>{children}</>;
  if (state.data && state.codeReady) return <DataProvider data={state.data}>{children}</DataProvider>;
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
