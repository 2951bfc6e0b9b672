import { describe, expect, it } from 'vitest';
import { pageOf } from '../../../src/state/page-kind';
import { parseParams } from '../../../src/state/url-parse';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';

describe('pageOf (which page a link opens, read before the app has loaded)', () => {
  it('opens the still image before the embed, and the full app otherwise', () => {
    expect(pageOf('?static=1&embed=1')).toBe('static');
    expect(pageOf('?embed=true&loc=vn-hanoi')).toBe('embed');
    expect(pageOf('?loc=vn-hanoi')).toBe('app');
    expect(pageOf('')).toBe('app');
  });

  it('agrees with the render flags the app then reads from the same link, understood or not', () => {
    const vocabulary = vocabularyOf(fixtureBundle);
    for (const search of ['?embed=1', '?embed=yes', '?embed=0', '?embed=', '?static=false&embed=true', '?static=1&embed=2', `?embed=${'1'.repeat(300)}`]) {
      const { flags } = parseParams(search, vocabulary);
      expect(pageOf(search), search).toBe(flags.static ? 'static' : flags.embed ? 'embed' : 'app');
    }
    expect(pageOf('?embed=yes')).toBe('app');
  });
});
