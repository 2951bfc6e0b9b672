import coreJson from 'virtual:kizuna/bundle-core';
import { mergeBundle } from './split';
import type { Bundle, CoreBundle } from './types';

/**
 * The compiled data, validated at build time by `npm run data:build`; trusted here. The first
 * view gets the core (scripts/lib/bundle-parts.ts); `loadBundle()` fetches the details once.
 */
export const bundle: CoreBundle = coreJson;

/** The whole bundle: the core with its details (a chunk of its own). Callers go through src/view/data-channel.tsx `loadDetails()`, which fetches once. */
export async function loadBundle(): Promise<Bundle> {
  const module = await import('virtual:kizuna/bundle-details');
  return mergeBundle(bundle, module.default);
}
