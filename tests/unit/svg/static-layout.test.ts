import { describe, expect, it } from 'vitest';
import { staticLayout, wrapText } from '../../../src/svg/static-layout';

describe('staticLayout', () => {
  it('stacks title, map, legend and credits without overlap, from 280 px wide', () => {
    for (const width of [100, 320, 768, 1280]) {
      const layout = staticLayout(width, 2);
      expect(layout.width).toBeGreaterThanOrEqual(280);
      expect(layout.subtitle.y).toBeLessThan(layout.map.y);
      expect(layout.map.y + layout.map.height).toBeLessThan(layout.legend.y);
      expect(layout.legend.arcsY).toBeLessThan(layout.credits.y);
      expect(layout.credits.y + layout.credits.lines * layout.credits.size).toBeLessThan(layout.height);
    }
  });
});

describe('wrapText', () => {
  it('wraps at spaces and cuts long runs without spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('出典フォーラム関連記事', 4)).toEqual(['出典フォ', 'ーラム関', '連記事']);
  });
});
