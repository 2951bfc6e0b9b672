// Where the bench's possible-partners series starts and which suggestion each input follows, on the partner logic's small fixture.
import { describe, expect, it } from 'vitest';
import { nextSuggestion, partnerStart } from '../../scripts/lib/bench/partner-targets';
import { bundle } from '../unit/partners/fixture';

describe('partnerStart', () => {
  it('starts from the Vietnamese unit or prefecture with the most suggestions', () => {
    // Whiskey (jp-04) has three: Alpha, Bravo, Delta; every other locality has at most two.
    expect(partnerStart(bundle)).toEqual({ id: 'jp-04', suggestions: 3 });
  });

  it('follows the data, ties by id, and never starts from a municipality or a locality without suggestions', () => {
    // Tie Whiskey to Bravo: Whiskey keeps two (Alpha, Delta), as do Xray, Alpha and Delta; jp-03 comes first by id.
    const tied = { ...bundle, pairs: [...bundle.pairs, { ...bundle.pairs[2]!, id: 'extra', jpId: 'jp-04', jpPrefectureId: 'jp-04' }] };
    expect(partnerStart(tied)).toEqual({ id: 'jp-03', suggestions: 2 });
    const none = { ...bundle, priorities: [], pairs: [] };
    expect(partnerStart(none)).toBeNull();
  });
});

describe('nextSuggestion', () => {
  it('takes the index-th suggestion shown, cycling', () => {
    expect([0, 1, 2, 3].map((i) => nextSuggestion(['a', 'b', 'c'], null, i))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('never goes straight back to the locality it came from, unless it is the only one', () => {
    expect(nextSuggestion(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(nextSuggestion(['a', 'b'], 'b', 3)).toBe('a');
    expect(nextSuggestion(['b'], 'b', 0)).toBe('b');
    expect(nextSuggestion([], 'b', 0)).toBeNull();
  });
});
