/**
 * The possible-partners series walks from suggestion to suggestion, as a reader browsing
 * candidates does: where it starts (chosen from the bundle the build serves, real or synthetic,
 * with the app's own ranking, so it is the same on every run) and which suggestion each input follows.
 */
import { rankPartners, type ProfileBundle } from '../../../src/partners/index.ts';

export interface PartnerStart {
  id: string;
  /** How many suggestions the app ranks for it without a filter (the panel shows the first five). */
  suggestions: number;
}

/**
 * The locality to start from: of the Vietnamese units and Japanese prefectures (those a reader
 * opens possible partners for), the one with the most suggestions, ties by id. Null when none
 * has a suggestion (then the series cannot walk and is not measured).
 */
export function partnerStart(bundle: ProfileBundle): PartnerStart | null {
  let best: PartnerStart | null = null;
  for (const locality of bundle.localities) {
    if (locality.country !== 'vn' && locality.kind !== 'prefecture') continue;
    const suggestions = rankPartners(locality.id, bundle).suggestions.length;
    if (suggestions > 0 && (!best || suggestions > best.suggestions || (suggestions === best.suggestions && locality.id < best.id))) {
      best = { id: locality.id, suggestions };
    }
  }
  return best;
}

/**
 * Which of the `shown` suggestions (locality ids, in the panel's order) input `index` opens: the
 * `index`-th, cycling, so the walk spreads over many localities; the next one instead when that is
 * the locality the panel was opened from, so no input goes straight back. Null when none is shown.
 * Suggestions are mutual (no tie, a shared sector), so a locality reached this way always has one.
 */
export function nextSuggestion(shown: readonly string[], previous: string | null, index: number): string | null {
  if (!shown.length) return null;
  for (let offset = 0; offset < shown.length; offset++) {
    const id = shown[(index + offset) % shown.length] ?? null;
    if (id !== previous || shown.length === 1) return id;
  }
  return null;
}
