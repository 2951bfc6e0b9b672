import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS } from '../../../src/state/url-params';
import { parseParams } from '../../../src/state/url-parse';
import { toSearch } from '../../../src/state/url-write';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';

const vocabulary = vocabularyOf(fixtureBundle);
const parse = (params: Record<string, string>) => parseParams(`?${new URLSearchParams(params)}`, vocabulary);

describe('the embed’s headline, caption and notes in the link', () => {
  it('keep markup and quotes as the literal text they are', () => {
    const headline = '<script>alert(1)</script> "Hải Phòng" & \'Gunma\'';
    const { flags, notices } = parse({ embed: '1', title: headline, caption: '<img src=x onerror=alert(1)>', notes: 'Source: <b>us</b>' });
    expect(notices).toEqual([]);
    expect(flags).toMatchObject({ headline, caption: '<img src=x onerror=alert(1)>', notes: 'Source: <b>us</b>' });
  });

  it('become one line, without control characters or bidirectional overrides', () => {
    // U+202E would show "Gunma" reversed; a NUL or a line break would be invisible or break the line.
    const { flags } = parse({ title: 'Hai\nPhong\u0000 \u202eamnuG\u202c  ties\t2025' });
    expect(flags.headline).toBe('Hai Phong amnuG ties 2025');
  });

  it('keep joiners, so an emoji or a conjunct is not broken', () => {
    expect(parse({ notes: 'Team 👩\u200d💻 notes' }).flags.notes).toBe('Team 👩\u200d💻 notes');
  });

  it('a text over its limit is ignored, and the notice says it was too long', () => {
    const { flags, notices } = parse({ title: 'x'.repeat(121), notes: 'y'.repeat(280) });
    expect(flags.headline).toBeUndefined();
    expect(flags.notes).toBe('y'.repeat(280));
    expect(notices).toEqual([expect.objectContaining({ param: 'title', reason: 'too-long' })]);
  });

  it('counts characters, not UTF-16 units: 120 kanji are a headline', () => {
    expect(parse({ title: '山'.repeat(120) }).flags.headline).toBe('山'.repeat(120));
  });

  it('a text of nothing but controls is reported as a bad value', () => {
    const { flags, notices } = parse({ caption: '\u202e\u0007' });
    expect(flags).toEqual(DEFAULT_FLAGS);
    expect(notices).toEqual([expect.objectContaining({ param: 'caption', reason: 'bad-value' })]);
  });

  it('survive the rewritten URL of the embed', () => {
    const { state, flags } = parse({ embed: '1', title: 'Gunma & Ninh Bình: 25/11', caption: '"a" < b', notes: '50% + more' });
    const again = parseParams(toSearch(state, 'en', flags), vocabulary);
    expect(again.flags).toEqual(flags);
    expect(again.notices).toEqual([]);
  });
});

describe('the embed’s level and parts in the link', () => {
  it('level=provinces opens on provinces; regions is the default and not written', () => {
    expect(parse({ level: 'provinces' }).flags.startLevel).toBe('provinces');
    const regions = parse({ level: 'regions' });
    expect(regions.flags).toEqual(DEFAULT_FLAGS);
    expect(toSearch(regions.state, 'en', regions.flags)).toBe('');
  });

  it('chips=0 and details=0 hide the chips and the details panel', () => {
    expect(parse({ chips: '0', details: '0' }).flags).toMatchObject({ hideChips: true, hideDetails: true });
    expect(parse({ chips: '1' }).flags.hideChips).toBeUndefined();
  });

  it('a bad level or flag is named in a notice and changes nothing', () => {
    const { flags, notices } = parse({ level: 'towns', chips: 'hide' });
    expect(flags).toEqual(DEFAULT_FLAGS);
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['chips', 'bad-value'],
      ['level', 'bad-value'],
    ]);
  });
});
