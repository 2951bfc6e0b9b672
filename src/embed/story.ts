import { applyState, uiState, useStore } from '../state/store';
import type { UiState } from '../state/types';
import { parseParams } from '../state/url-parse';
import { toSearch } from '../state/url-write';
import { type Vocabulary } from '../state/url-vocabulary';
import { isFramed } from '../state/url-sync';

/**
 * Story mode, the embed's side: the host page's loader (public/embed.v2.js, `KizunaEmbed.setView`
 * and `data-kizuna-step`) sends a view, a query string like a link's, and the embed shows it.
 * A message is a request from another site, so it passes every check below or changes nothing.
 * The loader repeats SET_VIEW_TYPE, STORY_READY_TYPE and STORY_KEYS (a unit test checks).
 */

export const SET_VIEW_TYPE = 'kizuna:set-view';
export const STORY_READY_TYPE = 'kizuna:story-ready';
export const STORY_VERSION = 1;
/**
 * What a step may set: the view a reader sees. Not the render flags (fixed for the embed's life),
 * nor the search text or the list view, which an embed does not show.
 */
export const STORY_KEYS = ['lang', 'loc', 'pair', 'region', 'sectors', 'rel', 'years', 'panel', 'premerger'] as const;
export const MAX_VIEW_LENGTH = 2000;

interface SetViewMessage {
  type: typeof SET_VIEW_TYPE;
  version: typeof STORY_VERSION;
  /** The host page's origin as its loader sees it; must equal the event's origin. */
  origin: string;
  view: string;
}

type StoryRefusal = 'not-framed' | 'wrong-source' | 'wrong-origin' | 'bad-shape' | 'unknown-key';

/** The parts of a MessageEvent the checks read (a plain object in tests). */
export interface StoryEvent {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface StoryContext {
  framed: boolean;
  /** The window that framed this page: the only sender accepted. */
  parent: unknown;
  /** The host page's origin when the browser tells it (referrer), or null: then the source check alone. */
  hostOrigin: string | null;
}

export type StoryReading = { ok: true; search: string } | { ok: false; reason: StoryRefusal };

const refuse = (reason: StoryRefusal): StoryReading => ({ ok: false, reason });

function isSetViewMessage(data: unknown): data is SetViewMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return (
    record.type === SET_VIEW_TYPE &&
    record.version === STORY_VERSION &&
    typeof record.origin === 'string' &&
    typeof record.view === 'string' &&
    record.view.length <= MAX_VIEW_LENGTH &&
    Object.keys(record).length === 4
  );
}

/** True when every parameter of `search` is a story key, each at most once. */
export function hasOnlyStoryKeys(search: string): boolean {
  const seen = new Set<string>();
  for (const [key] of new URLSearchParams(search)) {
    if (!(STORY_KEYS as readonly string[]).includes(key) || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Checks a message in the order a forger would have to pass them; the view's query string, or why not. */
export function readStoryMessage(event: StoryEvent, context: StoryContext): StoryReading {
  if (!context.framed) return refuse('not-framed');
  if (event.source === null || event.source !== context.parent) return refuse('wrong-source');
  if (context.hostOrigin !== null && event.origin !== context.hostOrigin) return refuse('wrong-origin');
  if (!isSetViewMessage(event.data)) return refuse('bad-shape');
  if (event.data.origin !== event.origin) return refuse('wrong-origin');
  const search = event.data.view.replace(/^\?/, '');
  if (!hasOnlyStoryKeys(search)) return refuse('unknown-key');
  return { ok: true, search };
}

/**
 * The state a step shows, read by the links' own parser so a bad value is dropped exactly as in a
 * link. A step is a whole view (what it does not name goes back to its default), except the
 * language and the panel: a reader who switched either keeps it unless the step names it.
 */
export function storyState(search: string, current: UiState, vocabulary: Vocabulary): { state: UiState; dropped: string[] } {
  const params = new URLSearchParams(search);
  const { state, notices } = parseParams(search, vocabulary, current.lang);
  if (!params.has('panel')) state.panel = current.panel;
  // Not story keys: kept as they are.
  state.query = current.query;
  state.view = current.view;
  return { state, dropped: notices.map((n) => `${n.param} (${n.reason})`) };
}

/** The origin of the page that framed this one, as far as the browser tells. */
export function hostOriginOf(doc: Pick<Document, 'referrer'>): string | null {
  try {
    return doc.referrer ? new URL(doc.referrer).origin : null;
  } catch {
    return null;
  }
}

export interface StoryListenerOptions {
  vocabulary: Vocabulary;
  win?: Window;
  framed?: boolean;
  /** Where refusals are said; once per kind (console.warn by default). */
  warn?: (message: string) => void;
}

/**
 * Listens for the host's views, applies each valid one to the store (URL sync then replaces the
 * embed's history entry, as for every embed change), and tells the host it listens. Returns a
 * function that stops. Outside a frame it does nothing: no one could send a view.
 */
export function startStoryListener(options: StoryListenerOptions): () => void {
  const win = options.win ?? window;
  const framed = options.framed ?? isFramed(win);
  if (!framed) return () => {};
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const warned = new Set<string>();
  const warnOnce = (kind: string, message: string) => {
    if (warned.has(kind)) return;
    warned.add(kind);
    warn(`[kizuna] ${message}`);
  };
  const context: StoryContext = { framed, parent: win.parent, hostOrigin: hostOriginOf(win.document) };

  const onMessage = (event: MessageEvent) => {
    const reading = readStoryMessage(event, context);
    if (!reading.ok) {
      warnOnce(reading.reason, `a message to the embed was ignored (${reading.reason})`);
      return;
    }
    const current = uiState(useStore.getState());
    const { state, dropped } = storyState(reading.search, current, options.vocabulary);
    if (dropped.length) warnOnce('bad-value', `a story step named values the map does not know, ignored: ${dropped.join(', ')}`);
    if (toSearch(state) === toSearch(current)) return;
    // The reader's own notices (about the embed's link) stay; the host's mistakes are the console's.
    applyState(state, useStore.getState().notices);
  };
  win.addEventListener('message', onMessage);
  // Ready: the loader keeps the latest view until then (the frame loads lazily, the app after it).
  win.parent.postMessage({ type: STORY_READY_TYPE, version: STORY_VERSION }, context.hostOrigin ?? '*');
  return () => win.removeEventListener('message', onMessage);
}
