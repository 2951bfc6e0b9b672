import { describe, expect, it, vi } from 'vitest';
import { arcHandles, arcTooltip } from '../../../src/view/arc-handles';
import { buildMapModel } from '../../../src/view/map-model';
import type { Selection } from '../../../src/state/types';
import { localities, pairs } from '../../fixtures/map/bundle';

const localityById = new Map(localities.map((l) => [l.id, l]));
const pairById = new Map(pairs.map((p) => [p.id, p]));
const modelFor = (selection: Selection) => buildMapModel({ pairs, localities, visible: pairs, filtered: false, selection });

describe('arc handles', () => {
  it('in the overview, one handle per unit–prefecture arc, named with its number of documents', () => {
    const handles = arcHandles(modelFor({ kind: 'none' }), localityById, 'en', vi.fn());
    expect(handles.map((h) => h.id).sort()).toEqual(['vn-da-nang~jp-27', 'vn-ho-chi-minh-city~jp-27', 'vn-lao-cai~jp-19', 'vn-quang-tri~jp-19']);
    expect(handles.every((h) => h.kind === 'group')).toBe(true);
    expect(handles.find((h) => h.id === 'vn-da-nang~jp-27')?.name).toBe('Da Nang – Osaka: 3 documents');
  });

  it('with the same onPick across renders, a filter and a language change still rename the handles they touch', () => {
    const onPick = vi.fn();
    const name = (handles: ReturnType<typeof arcHandles>) => handles.find((h) => h.id === 'vn-da-nang~jp-27')?.name;
    const filtered = (visible: typeof pairs) => buildMapModel({ pairs, localities, visible, filtered: true, selection: { kind: 'none' } });
    const first = arcHandles(modelFor({ kind: 'none' }), localityById, 'en', onPick);
    expect(name(first)).toBe('Da Nang – Osaka: 3 documents');
    const fewer = arcHandles(filtered(pairs.filter((p) => p.id !== 'vn-da-nang--jp-27-sakai--2019-mou')), localityById, 'en', onPick);
    expect(name(fewer)).toBe('Da Nang – Osaka: 2 documents');
    // An arc the filter did not touch keeps its handle as it was.
    expect(fewer.find((h) => h.id === 'vn-lao-cai~jp-19')).toBe(first.find((h) => h.id === 'vn-lao-cai~jp-19'));
    expect(name(arcHandles(modelFor({ kind: 'none' }), localityById, 'en', onPick))).toBe('Da Nang – Osaka: 3 documents');
    expect(name(arcHandles(modelFor({ kind: 'none' }), localityById, 'vi', onPick))).not.toBe('Da Nang – Osaka: 3 documents');
  });

  it('a selection puts its documents first, pressed for the selected pair, and activating one picks it', () => {
    const onPick = vi.fn();
    const handles = arcHandles(modelFor({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' }), localityById, 'en', onPick);
    const docs = handles.filter((h) => h.kind === 'pair');
    expect(handles.slice(0, docs.length)).toEqual(docs);
    expect(docs.filter((h) => h.pressed).map((h) => h.id)).toEqual(['vn-da-nang--jp-27-sakai--2019-mou']);
    docs.find((h) => h.id === 'vn-da-nang--jp-27-sakai--2019-friendship')?.onActivate();
    expect(onPick).toHaveBeenCalledWith({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-friendship' });
  });
});

describe('arc tooltip', () => {
  it('an overview arc lists its documents; a document arc says what it is', () => {
    const model = modelFor({ kind: 'none' });
    const group = arcTooltip({ kind: 'group', id: 'vn-da-nang~jp-27' }, model, { localityById, pairById }, 'en');
    expect(group?.title).toBe('Da Nang – Osaka: 3 documents');
    expect(group?.lines).toHaveLength(3);
    expect(arcTooltip({ kind: 'pair', id: 'vn-quang-tri--jp-19' }, model, { localityById, pairById }, 'en')).toEqual({ title: 'Quang Tri – Yamanashi: sister relationship, 2023', lines: [] });
    expect(arcTooltip({ kind: 'locality', id: 'jp-19' }, model, { localityById, pairById }, 'en')).toBeNull();
  });
});
