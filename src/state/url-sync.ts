import type { Lang } from '../data/vocabulary';
import { applyState, uiState, useStore } from './store';
import type { RenderFlags, UiState } from './types';
import { localityPage, pageHref, pageSearch } from './locality-page';
import { parseParams } from './url-parse';
import { toSearch } from './url-write';
import { type Vocabulary } from './url-vocabulary';

function selectionKey(state: UiState): string {
  const { selection } = state;
  return selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`;
}

/** True in an iframe (an embed in an article). A cross-origin parent is still a parent. */
export function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

export interface UrlSyncOptions {
  /**
   * In an iframe, an iframe's history entries join the host page's joint session history: the
   * reader's Back button would step through map states instead of leaving the article. So a
   * framed app only ever replaces its URL. Defaults to whether `win` is in a frame.
   */
  framed?: boolean;
}

export interface UrlSync {
  /** The render flags the page was opened with; they stay in every URL written after. */
  flags: RenderFlags;
  stop: () => void;
}

/**
 * Subscribes once: reads the URL into the store (cleaning it of ignored parameters), then
 * writes every change back. In a page of its own, a new selection pushes a history entry so
 * back/forward move between selections, and other changes replace the current entry; in an
 * iframe, every change replaces it.
 */
export function startUrlSync(vocabulary: Vocabulary, fallbackLang: Lang, win: Window = window, options: UrlSyncOptions = {}): UrlSync {
  const framed = options.framed ?? isFramed(win);
  // Opened from a locality's page (l/<id>/, written by the build), the app keeps giving each
  // locality its page, whose link previews as that locality; anywhere else, only the query moves.
  const root = localityPage(win.location.pathname)?.root ?? null;
  const read = () => parseParams(pageSearch(win.location.search, localityPage(win.location.pathname)), vocabulary, fallbackLang);
  const opened = read();
  const { flags } = opened;
  applyState(opened.state, opened.notices);
  let current = opened.state;
  const load = () => {
    const { state, notices } = read();
    applyState(state, notices);
    return state;
  };
  const hrefOf = (state: UiState) => (root === null ? `${win.location.pathname}${toSearch(state, fallbackLang, flags)}` : pageHref(root, state, fallbackLang, flags));
  const here = () => `${win.location.pathname}${win.location.search}`;
  const clean = hrefOf(current);
  if (clean !== here()) win.history.replaceState(null, '', `${clean}${win.location.hash}`);

  let fromHistory = false;
  const onPopState = () => {
    fromHistory = true;
    current = load();
    fromHistory = false;
  };
  win.addEventListener('popstate', onPopState);

  const unsubscribe = useStore.subscribe((store) => {
    if (fromHistory) return;
    const next = uiState(store);
    const href = hrefOf(next);
    const url = `${href}${win.location.hash}`;
    if (href === here()) {
      current = next;
      return;
    }
    if (!framed && selectionKey(next) !== selectionKey(current)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    current = next;
  });
  const stop = () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
  return { flags, stop };
}
