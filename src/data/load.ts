import coreJson from 'virtual:kizuna/bundle-core';
import { unpackCore } from './packed-pairs';
import { mergeBundle } from './split';
import type { Bundle, CoreBundle, ForumTexts } from './types';

/**
 * The compiled data, validated at build time by `npm run data:build`; trusted here. The map is
 * drawn from the core (scripts/lib/bundle-parts.ts), its pairs packed in columns on the wire
 * (./packed-pairs.ts); `loadForumTexts()` and `loadBundle()` fetch the rest.
 */
export const bundle: CoreBundle = unpackCore(coreJson);

/** The forum's texts (a chunk of their own): the full app waits for them before its first render, an embed fetches them with its panel. */
export async function loadForumTexts(): Promise<ForumTexts> {
  return (await import('virtual:kizuna/bundle-texts')).default;
}

/** The whole bundle: the core with the forum's texts and the details. Callers go through src/view/data-channel.tsx `loadDetails()`, which fetches once. */
export async function loadBundle(): Promise<Bundle> {
  const [texts, details] = await Promise.all([loadForumTexts(), import('virtual:kizuna/bundle-details')]);
  return mergeBundle(bundle, texts, details.default);
}
