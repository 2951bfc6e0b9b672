import { describe, expect, it } from 'vitest';
import { defaultState } from '../../../src/state/url-params';
import { toSearch } from '../../../src/state/url-write';

describe('links to a view', () => {
  it('are the same link whatever order the sectors were chosen in', () => {
    const chosen = (sectors: string[]) => toSearch({ ...defaultState('en'), sectors }, 'en');
    expect(chosen(['tourism', 'hydrogen'])).toBe(chosen(['hydrogen', 'tourism']));
    expect(chosen(['tourism', 'hydrogen'])).toContain('sectors=hydrogen%2Ctourism');
  });
});
