import { ampMessage, pymMessage, parsePymMessage } from './messages';

/**
 * The query string as it was when this module was first evaluated: URL sync later drops
 * parameters the app does not know (pym.js adds `childId`, `initialWidth`, `parentTitle`,
 * `parentUrl`), so the pym child id has to be read before that happens.
 */
const INITIAL_SEARCH = typeof location === 'undefined' ? '' : location.search;

const CHILD_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The `childId` pym.js put in our URL, or '' (our own loader matches by window, not id). */
export function pymChildId(search: string = INITIAL_SEARCH): string {
  const id = new URLSearchParams(search).get('childId') ?? '';
  return CHILD_ID.test(id) ? id : '';
}

export interface HeightReporterOptions {
  win?: Window;
  /** The element whose height is the page's content height (height: auto, no margins). */
  target?: HTMLElement;
  childId?: string;
}

/**
 * In an iframe, reports the content height to the parent in both pym.js and AMP formats:
 * 1. at once and on `load`;
 * 2. on every resize of the content (ResizeObserver);
 * 3. whenever a pym.js parent sends its width.
 * Returns a function that stops reporting. Outside an iframe it does nothing.
 */
export function startHeightReporter(options: HeightReporterOptions = {}): () => void {
  const win = options.win ?? window;
  if (win.parent === win) return () => {};
  const target = options.target ?? win.document.body;
  const childId = options.childId ?? pymChildId();
  let last = -1;

  const send = (force: boolean) => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    // Heights are not secret, and the parent's origin is unknown to an embed: '*' is the target.
    win.parent.postMessage(pymMessage(childId, 'height', height), '*');
    win.parent.postMessage(ampMessage(height), '*');
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const message = parsePymMessage(event.data);
    if (message?.type === 'width' && message.id === childId) send(true);
  };
  const onLoad = () => send(true);

  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => send(false));
  observer?.observe(target);
  win.addEventListener('message', onMessage);
  win.addEventListener('load', onLoad);
  send(true);
  return () => {
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onLoad);
  };
}
