import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/share/export-image';
import { fullMapHref } from '../../../src/share/links';
import { defaultState } from '../../../src/state/url';

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
