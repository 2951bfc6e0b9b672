// Type-only imports: vite.config.ts loads this file through scripts/lib/bundle-parts.ts.
import type { Bundle, BundleDetails, CoreBundle, CorePair, PairDetailKey, PairDetails } from './types';

/** Every detail key exactly once (the Record makes a missing or unknown key a type error). */
const DETAIL_KEY_SET: Record<PairDetailKey, true> = { summary: true, source: true, moreSources: true, caveat: true, vnSignatory: true };
export const PAIR_DETAIL_KEYS = Object.keys(DETAIL_KEY_SET) as PairDetailKey[];

/**
 * Cuts the compiled bundle in two at build time (scripts/lib/bundle-parts.ts): the core that the
 * first view needs, and the details (summaries, sources, caveats, priorities: about 70 % of the
 * compressed data) that only panels, the list and the CSV read.
 */
export function splitBundle(bundle: Bundle): { core: CoreBundle; details: BundleDetails } {
  const { priorities, pairs, ...rest } = bundle;
  const detailsById: Record<string, PairDetails> = {};
  const corePairs = pairs.map((pair) => {
    const core: Record<string, unknown> = {};
    const details: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(pair)) {
      ((PAIR_DETAIL_KEYS as readonly string[]).includes(key) ? details : core)[key] = value;
    }
    detailsById[pair.id] = details as unknown as PairDetails;
    return core as unknown as CorePair;
  });
  return { core: { ...rest, pairs: corePairs }, details: { pairs: detailsById, priorities } };
}

/** The whole bundle again, as `data:build` wrote it. */
export function mergeBundle(core: CoreBundle, details: BundleDetails): Bundle {
  return {
    ...core,
    priorities: details.priorities,
    pairs: core.pairs.map((pair) => ({ ...pair, ...details.pairs[pair.id]! })),
  };
}
