import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/share/export-image';
import { fullMapHref } from '../../../src/share/links';
import { defaultState } from '../../../src/state/url-params';

describe('exportFileName', () => {
  it('names the file after the selection and language', () => {
    expect(exportFileName({ kind: 'pair', id: 'vn-a--jp-1' }, 'vi', 'png')).toBe('kizuna-vn-a--jp-1-vi.png');
    expect(exportFileName({ kind: 'none' }, 'en', 'svg')).toBe('kizuna-overview-en.svg');
  });
});

describe('fullMapHref', () => {
  it('links a locality to its own page (which previews as that locality), without the embed flags', () => {
    const state = { ...defaultState('ja', { embed: true }), selection: { kind: 'locality', id: 'jp-19' } as const };
    expect(fullMapHref('https://kizuna.example/', state)).toBe('https://kizuna.example/l/jp-19/?lang=ja');
  });

  it('keeps the filters in the query of a locality page, and links the overview to the app’s folder', () => {
    const base = { ...defaultState('vi', { embed: true }), sectors: ['energy'] };
    expect(fullMapHref('https://kizuna.example/maps/', { ...base, selection: { kind: 'locality', id: 'vn-gia-lai' } })).toBe('https://kizuna.example/maps/l/vn-gia-lai/?lang=vi&sectors=energy');
    expect(fullMapHref('https://kizuna.example/maps/', base)).toBe('https://kizuna.example/maps/?lang=vi&sectors=energy');
  });

  it('leaves a pair in the query: only localities and the overview have pages', () => {
    const state = { ...defaultState('en'), selection: { kind: 'pair', id: 'vn-a--jp-1' } as const };
    expect(fullMapHref('https://kizuna.example/', state)).toBe('https://kizuna.example/?lang=en&pair=vn-a--jp-1');
  });
});
