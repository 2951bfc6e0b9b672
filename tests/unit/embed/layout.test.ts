import { describe, expect, it } from 'vitest';
import { gestureLocale } from '../../../src/i18n';
import { exportFileName } from '../../../src/share/export-image';
import { staticLayout, wrapText } from '../../../src/svg/static-layout';
import { resolveTheme } from '../../../src/view/theme';
import { fullMapHref } from '../../../src/share/links';
import { defaultState } from '../../../src/state/url';

describe('resolveTheme', () => {
  it('maps dark=on/off directly and auto to the reader preference', () => {
    expect(resolveTheme('on', false)).toBe('dark');
    expect(resolveTheme('off', true)).toBe('light');
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
  });
});

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

describe('exportFileName', () => {
  it('names the file after the selection and language', () => {
    expect(exportFileName({ kind: 'pair', id: 'vn-a--jp-1' }, 'vi', 'png')).toBe('kizuna-vn-a--jp-1-vi.png');
    expect(exportFileName({ kind: 'none' }, 'en', 'svg')).toBe('kizuna-overview-en.svg');
  });
});

describe('fullMapHref', () => {
  it('links to the same view without the embed flags', () => {
    const state = { ...defaultState('ja', { embed: true }), selection: { kind: 'locality', id: 'jp-19' } as const };
    expect(fullMapHref('https://kizuna.example/', state)).toBe('https://kizuna.example/?lang=ja&loc=jp-19');
  });
});

describe('strings', () => {
  it('has the three cooperative-gesture hints in every language', () => {
    for (const lang of ['en', 'vi', 'ja'] as const) {
      expect(Object.keys(gestureLocale(lang)).sort()).toEqual([
        'CooperativeGesturesHandler.MacHelpText',
        'CooperativeGesturesHandler.MobileHelpText',
        'CooperativeGesturesHandler.WindowsHelpText',
      ]);
    }
    expect(gestureLocale('vi')['CooperativeGesturesHandler.MobileHelpText']).toBe('Dùng hai ngón tay để di chuyển bản đồ');
  });
});
