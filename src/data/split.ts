// Type-only imports: vite.config.ts loads this file through scripts/lib/bundle-parts.ts.
import type { Bundle, BundleDetails, CoreBundle, CorePair, ForumTextKey, ForumTexts, PairDetailKey, PairDetails } from './types';

/** Every detail key exactly once (the Record makes a missing or unknown key a type error). */
const DETAIL_KEY_SET: Record<PairDetailKey, true> = { summary: true, source: true, moreSources: true, caveat: true, vnSignatory: true };
export const PAIR_DETAIL_KEYS = Object.keys(DETAIL_KEY_SET) as PairDetailKey[];

const FORUM_TEXT_KEY_SET: Record<ForumTextKey, true> = {
  speakers: true,
  quotes: true,
  figures: true,
  directions: true,
  lookingForPartners: true,
  forum: true,
  sources: true,
  tieSearches: true,
};
export const FORUM_TEXT_KEYS = Object.keys(FORUM_TEXT_KEY_SET) as ForumTextKey[];

/**
 * Cuts the compiled bundle in three at build time (scripts/lib/bundle-parts.ts): the core that
 * the map needs; the forum's texts (quotes, figures, directions, tie searches: what the overview
 * and locality panels read, which the full app shows at once and an embed only when its panel
 * opens); and the details (summaries, sources, caveats, priorities: most of the compressed data)
 * that only panels, the list and the CSV read.
 */
export function splitBundle(bundle: Bundle): { core: CoreBundle; texts: ForumTexts; details: BundleDetails } {
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
  const core: Record<string, unknown> = {};
  const texts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) ((FORUM_TEXT_KEYS as readonly string[]).includes(key) ? texts : core)[key] = value;
  return { core: { ...(core as Omit<CoreBundle, 'pairs'>), pairs: corePairs }, texts: texts as unknown as ForumTexts, details: { pairs: detailsById, priorities } };
}

/** The whole bundle again, as `data:build` wrote it. */
export function mergeBundle(core: CoreBundle, texts: ForumTexts, details: BundleDetails): Bundle {
  return {
    ...core,
    ...texts,
    priorities: details.priorities,
    pairs: core.pairs.map((pair) => ({ ...pair, ...details.pairs[pair.id]! })),
  };
}
