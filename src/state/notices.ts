import type { ParamNotice } from './types';

/**
 * How many ignored parameters the notice lists. A forged 7.8 KB link used to give 165 items and a
 * notice 3,485 px tall; the reader needs to know that part of the link was ignored and why, not
 * every item.
 */
const MAX_NOTICES_SHOWN = 3;

/** The notices to list (the first few) and how many more there were. */
export function summariseNotices(notices: readonly ParamNotice[]): { shown: readonly ParamNotice[]; more: number } {
  return { shown: notices.slice(0, MAX_NOTICES_SHOWN), more: Math.max(0, notices.length - MAX_NOTICES_SHOWN) };
}
