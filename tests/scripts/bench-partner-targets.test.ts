// Which localities the bench's possible-partners series alternates between, on the partner logic's small fixture.
import { describe, expect, it } from 'vitest';
import { partnerTargets } from '../../scripts/lib/bench/partner-targets';
import { bundle } from '../unit/partners/fixture';

describe('partnerTargets', () => {
  it('alternates Vietnam and Japan, most suggestions first, ties by id; no municipality and no locality without a profile', () => {
    // Charlie has nothing sourced (no profile); Yankee Town is a municipality (read as its prefecture);
    // Zulu has a profile but every Vietnamese unit with a shared sector is tied to it: last.
    expect(partnerTargets(bundle)).toEqual([
      { id: 'vn-alpha', suggestions: 2 },
      { id: 'jp-04', suggestions: 3 },
      { id: 'vn-bravo', suggestions: 2 },
      { id: 'jp-03', suggestions: 2 },
      { id: 'vn-delta', suggestions: 2 },
      { id: 'jp-02', suggestions: 1 },
      { id: 'jp-01', suggestions: 0 },
    ]);
  });

  it('stops at the count asked for', () => {
    expect(partnerTargets(bundle, 3).map((t) => t.id)).toEqual(['vn-alpha', 'jp-04', 'vn-bravo']);
  });

  it('follows the data: once Alpha is tied to every prefecture it has no suggestion and moves behind the others', () => {
    const tiedEverywhere = {
      ...bundle,
      pairs: [...bundle.pairs, ...['jp-03', 'jp-04'].map((jp, i) => ({ ...bundle.pairs[0]!, id: `extra-${i}`, jpId: jp, jpPrefectureId: jp }))],
    };
    expect(partnerTargets(tiedEverywhere).filter((t) => t.id.startsWith('vn-'))).toEqual([
      { id: 'vn-bravo', suggestions: 2 },
      { id: 'vn-delta', suggestions: 2 },
      { id: 'vn-alpha', suggestions: 0 },
    ]);
  });
});
