import { createContext, useContext } from 'react';
import type { RenderFlags } from './types';
import { DEFAULT_FLAGS } from './url-params';

/**
 * The render flags reach components through context, not the store: they are read once from the
 * link at start (startUrlSync) and never change, so no component re-renders on them.
 */
const RenderFlagsContext = createContext<RenderFlags>(DEFAULT_FLAGS);

export const RenderFlagsProvider = RenderFlagsContext.Provider;

export function useRenderFlags(): RenderFlags {
  return useContext(RenderFlagsContext);
}
