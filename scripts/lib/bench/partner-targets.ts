/**
 * Which localities the possible-partners series selects, chosen from the bundle the build serves
 * (real or synthetic) with the app's own ranking, so the choice follows the data and is the same
 * on every run.
 */
import type { ProfileBundle } from '../../../src/partners/profile.ts';
import { rankPartners } from '../../../src/partners/rank.ts';

export interface PartnerTarget {
  id: string;
  /** How many suggestions the app ranks for it without a filter (the panel shows the first five). */
  suggestions: number;
}

/**
 * Up to `count` localities that a reader can open possible partners for (Vietnamese units and
 * Japanese prefectures) and that have a sourced profile, alternating Vietnam and Japan. Those with
 * the most suggestions first (each input then renders a list), ties by id; those with a profile
 * but no suggestion (every counterpart already tied, as with dense synthetic data) only after them.
 */
export function partnerTargets(bundle: ProfileBundle, count = 8): PartnerTarget[] {
  const ranked = bundle.localities
    .filter((l) => l.country === 'vn' || l.kind === 'prefecture')
    .map((l) => ({ locality: l, ranking: rankPartners(l.id, bundle) }))
    .filter(({ ranking }) => ranking.reason === null || ranking.reason === 'no-match')
    .map(({ locality, ranking }) => ({ id: locality.id, country: locality.country, suggestions: ranking.suggestions.length }))
    .sort((a, b) => b.suggestions - a.suggestions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vn = ranked.filter((t) => t.country === 'vn');
  const jp = ranked.filter((t) => t.country === 'jp');
  const chosen: PartnerTarget[] = [];
  for (let i = 0; chosen.length < count && (i < vn.length || i < jp.length); i++) {
    for (const side of [vn, jp]) {
      const target = side[i];
      if (target && chosen.length < count) chosen.push({ id: target.id, suggestions: target.suggestions });
    }
  }
  return chosen;
}
