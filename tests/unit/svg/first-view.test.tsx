// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SvgFirstView } from '../../../src/svg/SvgFirstView';
import { fitCamera } from '../../../src/view/camera';
import { buildMapModel } from '../../../src/view/map-model';
import { DARK, LIGHT } from '../../../src/view/palette';
import type { Selection } from '../../../src/state/types';
import { partnerCounts } from '../../../src/data/selectors';
import { fixtureGeo } from '../../fixtures/map/geo';
import { projectWorld, referenceZoom } from '../../../src/svg/world-paths';
import { localities, pairs } from '../../fixtures/map/bundle';

const geo = fixtureGeo();
const size = { width: 600, height: 400 };
const camera = fitCamera([[105, 14], [140, 37]], size);
const world = await projectWorld(geo, referenceZoom(camera.zoom), { turn: () => Promise.resolve(), sliceMs: Infinity });

function renderView(selection: Selection = { kind: 'none' }, flavour = LIGHT, onPick = vi.fn(), visible = pairs) {
  const model = buildMapModel({ pairs, localities, visible, filtered: visible !== pairs, selection });
  const view = render(
    <SvgFirstView
      world={world}
      model={model}
      counts={partnerCounts(pairs)}
      municipalities={localities.filter((l) => l.kind === 'municipality')}
      size={size}
      base={camera}
      camera={camera}
      flavour={flavour}
      premerger={false}
      hovered={null}
      onHover={() => {}}
      onPick={onPick}
      offThread
      covered={false}
    />,
  );
  return { ...view, onPick };
}

describe('SvgFirstView', () => {
  it('draws one overview arc per unit–prefecture group and no document arc', () => {
    const { container } = renderView();
    expect([...container.querySelectorAll('path[data-group-id]')].map((p) => p.getAttribute('data-group-id')).sort()).toEqual([
      'vn-da-nang~jp-27',
      'vn-ho-chi-minh-city~jp-27',
      'vn-lao-cai~jp-19',
      'vn-quang-tri~jp-19',
    ]);
    expect(container.querySelectorAll('path[data-pair-id]')).toHaveLength(0);
    expect(container.querySelector('path[data-group-id="vn-da-nang~jp-27"]')?.getAttribute('data-count')).toBe('3');
  });

  it('replaces a selected locality’s overview arcs by its documents', () => {
    const { container } = renderView({ kind: 'locality', id: 'jp-27' });
    expect(container.querySelector('path[data-group-id="vn-da-nang~jp-27"]')).toBeNull();
    expect([...container.querySelectorAll('path[data-pair-id]')].map((p) => p.getAttribute('data-pair-id')).sort()).toEqual([
      // Đà Nẵng's three with Sakai, Hồ Chí Minh City's with the prefecture and with Osaka City.
      'vn-da-nang--jp-27-sakai--2019-friendship',
      'vn-da-nang--jp-27-sakai--2019-friendship-2',
      'vn-da-nang--jp-27-sakai--2019-mou',
      'vn-ho-chi-minh-city--jp-27',
      'vn-ho-chi-minh-city--jp-27-osaka',
    ]);
  });

  it('reports a click on an overview arc as that group', () => {
    const { container, onPick } = renderView();
    fireEvent.click(container.querySelector('path[data-group-id="vn-quang-tri~jp-19"]')!);
    expect(onPick).toHaveBeenCalledWith({ kind: 'group', id: 'vn-quang-tri~jp-19' });
  });

  it('paints the sea from the flavour', () => {
    expect(renderView(undefined, DARK).container.querySelector('rect[data-layer="sea"]')?.getAttribute('fill')).toBe(DARK.sea);
    expect(renderView(undefined, LIGHT).container.querySelector('rect[data-layer="sea"]')?.getAttribute('fill')).toBe(LIGHT.sea);
  });

  it('veils the units a filter leaves out and outlines the selected one, above a base that does not change', () => {
    const osakaOnly = pairs.filter((p) => p.jpPrefectureId === 'jp-27');
    const plain = renderView();
    const baseBefore = plain.container.querySelector('.svg-first-view__base')!.innerHTML;
    expect(plain.container.querySelectorAll('[data-dimmed-id]')).toHaveLength(0);
    plain.unmount();

    const filtered = renderView({ kind: 'locality', id: 'jp-27' }, LIGHT, vi.fn(), osakaOnly);
    const dimmed = [...filtered.container.querySelectorAll('[data-dimmed-id]')].map((p) => p.getAttribute('data-dimmed-id'));
    expect(dimmed).toContain('jp-19');
    expect(dimmed).toContain('vn-quang-tri');
    expect(dimmed).not.toContain('jp-27');
    expect(dimmed).not.toContain('vn-da-nang');
    expect(dimmed).toContain('vn-lao-cai');
    expect(dimmed).not.toContain('vn-ho-chi-minh-city');
    expect([...filtered.container.querySelectorAll('[data-outlined-id]')].map((p) => p.getAttribute('data-outlined-id'))).toEqual(['jp-27']);
    expect(filtered.container.querySelector('.svg-first-view__base')!.innerHTML).toBe(baseBefore);
  });

  it('lets a click on a unit through the overlay to the base', () => {
    const { container, onPick } = renderView();
    fireEvent.click(container.querySelector('.svg-first-view__base path[data-locality-id="jp-19"]')!);
    expect(onPick).toHaveBeenCalledWith({ kind: 'locality', id: 'jp-19' });
    expect(container.querySelector('.svg-first-view__overlay')?.getAttribute('pointer-events')).toBe('none');
  });
});
