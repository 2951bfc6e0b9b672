import { describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import type { CorePair } from '../../../src/data/types';
import type { Selection } from '../../../src/state/types';
import { arcHandles, arcTooltip, flowName } from '../../../src/view/arc-handles';
import { buildMapModel } from '../../../src/view/map-model';
import { fixtureBundle } from '../../fixtures/bundle';

const data = indexCore(fixtureBundle);
/** A region's name from the fixture data (tests/fixtures/data/base/localities/regions.csv). */
const region = (id: string, lang: 'en' | 'vi' | 'ja' = 'en') => data.regionById.get(id)?.names[lang] ?? `(no region ${id})`;
const { pairs } = fixtureBundle;
const names = { localityById: data.localityById, regionById: data.regionById };
const modelFor = (selection: Selection, visible: readonly CorePair[] = pairs) =>
  buildMapModel({
    pairs,
    pairById: data.pairById,
    localityById: data.localityById,
    regions: fixtureBundle.regions,
    visible,
    filtered: visible !== pairs,
    selection,
    zoomedIn: false,
  });

describe('arc handles', () => {
  it('one handle per flow, strongest first, named with its ties and signed documents', () => {
    const model = modelFor({ kind: 'none' });
    const handles = arcHandles(model, names, 'en', vi.fn());
    expect(handles.map((h) => h.id)).toEqual(model.scene.flows.map((f) => f.id));
    expect(handles.every((h) => h.kind === 'flow' && !h.pressed)).toBe(true);
    const name = (id: string) => handles.find((h) => h.id === id)?.name;
    expect(name('vn-r-southeast~jp-r-kinki')).toBe(`${region('vn-r-southeast')} – ${region('jp-r-kinki')}: 2 ties, 1 signed document`);
    expect(name('vn-r-central-coast~jp-r-kinki')).toBe(`${region('vn-r-central-coast')} – ${region('jp-r-kinki')}: 1 tie, 3 signed documents`);
    expect(name('vn-r-northern-midlands~jp-r-chubu')).toBe(`${region('vn-r-northern-midlands')} – ${region('jp-r-chubu')}: 1 tie, 0 signed documents`);
    expect(region('jp-r-kinki')).toMatch(/^Kinki/);
  });

  it('names flows in Vietnamese and Japanese too', () => {
    const flow = modelFor({ kind: 'none' }).scene.flows.find((f) => f.id === 'vn-r-southeast~jp-r-kinki')!;
    expect(flowName(flow, names, 'vi')).toBe(`${region('vn-r-southeast', 'vi')} – ${region('jp-r-kinki', 'vi')}: 2 mối quan hệ, 1 văn bản đã ký`);
    expect(flowName(flow, names, 'ja')).toBe(`${region('vn-r-southeast', 'ja')} – ${region('jp-r-kinki', 'ja')}：提携2件、署名文書1件`);
    expect(region('vn-r-southeast', 'vi')).toBe('Đông Nam Bộ');
    expect(region('jp-r-kinki', 'ja')).toBe('近畿地方');
  });

  it('a filter renames the flows it touches', () => {
    const withoutOsakaCity = pairs.filter((p) => p.id !== 'vn-ho-chi-minh-city--jp-27-osaka');
    const handles = arcHandles(modelFor({ kind: 'none' }, withoutOsakaCity), names, 'en', vi.fn());
    expect(handles.find((h) => h.id === 'vn-r-southeast~jp-r-kinki')?.name).toBe(`${region('vn-r-southeast')} – ${region('jp-r-kinki')}: 1 tie, 0 signed documents`);
  });

  it('at the provinces level, names units and prefectures', () => {
    const handles = arcHandles(modelFor({ kind: 'locality', id: 'jp-27' }), names, 'en', vi.fn());
    expect(handles.find((h) => h.id === 'vn-da-nang~jp-27')?.name).toBe('Da Nang – Osaka: 1 tie, 3 signed documents');
  });

  it('is pressed for the selected pair’s tie, and activating a handle picks its flow', () => {
    const onPick = vi.fn();
    const handles = arcHandles(modelFor({ kind: 'pair', id: 'vn-ho-chi-minh-city--jp-27-osaka' }), names, 'en', onPick);
    expect(handles.map((h) => h.id).sort()).toEqual(['vn-ho-chi-minh-city~jp-27', 'vn-ho-chi-minh-city~jp-27-osaka']);
    expect(handles.filter((h) => h.pressed).map((h) => h.id)).toEqual(['vn-ho-chi-minh-city~jp-27-osaka']);
    handles.find((h) => h.id === 'vn-ho-chi-minh-city~jp-27')?.onActivate();
    expect(onPick).toHaveBeenCalledWith({ kind: 'flow', id: 'vn-ho-chi-minh-city~jp-27' });
  });
});

describe('arc tooltip', () => {
  const tooltipData = { ...names, pairById: data.pairById };

  it('names the flow and lists its ties, each with its number of documents', () => {
    const model = modelFor({ kind: 'none' });
    const coast = arcTooltip({ kind: 'flow', id: 'vn-r-central-coast~jp-r-kinki' }, model, tooltipData, 'en');
    expect(coast).toEqual({ title: `${region('vn-r-central-coast')} – ${region('jp-r-kinki')}: 1 tie, 3 signed documents`, lines: ['Da Nang – Sakai · 3 documents'] });
    const highlands = arcTooltip({ kind: 'flow', id: 'vn-r-central-highlands~jp-r-kinki' }, model, tooltipData, 'en');
    expect(highlands?.lines.sort()).toEqual(['Gia Lai – Sakai · 1 document', 'Gia Lai – Yoshino · 1 document']);
  });

  it('says nothing for a circle, a unit or a flow not in the scene', () => {
    const model = modelFor({ kind: 'none' });
    expect(arcTooltip({ kind: 'locality', id: 'jp-19' }, model, tooltipData, 'en')).toBeNull();
    expect(arcTooltip({ kind: 'region', id: 'jp-r-kinki' }, model, tooltipData, 'en')).toBeNull();
    expect(arcTooltip({ kind: 'flow', id: 'vn-da-nang~jp-27' }, model, tooltipData, 'en')).toBeNull();
  });
});
