// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SvgFirstView } from '../../../src/svg/SvgFirstView';
import { SvgMap } from '../../../src/svg/SvgMap';
import { buildSvgMap } from '../../../src/svg/svg-map';
import { projectWorld, referenceZoom } from '../../../src/svg/world-paths';
import { useStore } from '../../../src/state/store';
import { BundleProvider } from '../../../src/view/bundle-context';
import type { Selection } from '../../../src/state/types';
import { indexCore } from '../../../src/data/selectors';
import { NO_FILTERS, selectVisible, type Filters } from '../../../src/view/visible';
import { fitCamera } from '../../../src/view/camera';
import { buildMapModel } from '../../../src/view/map-model';
import { LIGHT } from '../../../src/view/palette';
import { fixtureGeo } from '../../fixtures/map/geo';
import { pairs } from '../../fixtures/map/bundle';
import { fixtureBundle } from '../../fixtures/bundle';

const geo = fixtureGeo();
const noFilter: Filters = NO_FILTERS;
/** The map fixture's pairs (the units geo.ts draws) over the whole fixture's localities and regions. */
const data = indexCore({ ...fixtureBundle, pairs });
const size = { width: 600, height: 400 };
const camera = fitCamera(
  [
    [105, 14],
    [140, 37],
  ],
  size,
);
const world = await projectWorld(geo, referenceZoom(camera.zoom), { turn: () => Promise.resolve(), sliceMs: Infinity });

function renderMap(filters: Filters = noFilter, selection: Selection = { kind: 'none' }) {
  const visible = selectVisible(pairs, filters);
  return render(
    <BundleProvider data={data}>
      <SvgMap geo={geo} visible={visible} filtered={visible.length !== pairs.length} width={600} height={400} lang="vi" selection={selection} />
    </BundleProvider>,
  );
}

const drawnFlows = (container: HTMLElement) => [...container.querySelectorAll('path[data-flow-id]')].map((p) => p.getAttribute('data-flow-id')).sort();

describe('SvgMap', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('draws one flow per region pair when nothing is selected', () => {
    const { container } = renderMap();
    expect(container.querySelector('svg')?.getAttribute('data-level')).toBe('regions');
    expect(drawnFlows(container)).toEqual(['vn-r-central-coast~jp-r-chubu', 'vn-r-central-coast~jp-r-kinki', 'vn-r-northern-midlands~jp-r-chubu', 'vn-r-southeast~jp-r-kinki']);
  });

  it('draws only the flows the sector filter lets through', () => {
    const { container } = renderMap({ sectors: ['agriculture'], relationships: [], years: null });
    expect(drawnFlows(container)).toEqual(['vn-r-central-coast~jp-r-chubu', 'vn-r-northern-midlands~jp-r-chubu']);
  });

  it('selects a region pair in the store when its flow is clicked', () => {
    renderMap();
    const region = (id: string) => data.regionById.get(id)?.names.vi;
    fireEvent.click(screen.getByRole('button', { name: `${region('vn-r-central-coast')} – ${region('jp-r-chubu')}: 1 mối quan hệ, 1 văn bản đã ký` }));
    expect(useStore.getState().selection).toEqual({ kind: 'region', id: 'vn-r-central-coast~jp-r-chubu' });
  });

  it('selects a province in the store when it is clicked', () => {
    renderMap(noFilter, { kind: 'locality', id: 'jp-27' });
    fireEvent.click(screen.getByRole('button', { name: 'Đà Nẵng: 1 mối quan hệ' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'vn-da-nang' });
  });

  it('selects a tie’s document with the keyboard (Enter) on a province flow', () => {
    renderMap(noFilter, { kind: 'locality', id: 'jp-19' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Quảng Trị – Yamanashi: 1 mối quan hệ, 1 văn bản đã ký' }), { key: 'Enter' });
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
  });

  it('clears the selection on Escape', () => {
    useStore.setState({ selection: { kind: 'locality', id: 'jp-19' } });
    renderMap(noFilter, { kind: 'locality', id: 'jp-19' });
    fireEvent.keyDown(screen.getByRole('button', { name: /^Yamanashi/ }), { key: 'Escape' });
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
  });

  // At the opening (regions) view the Vietnamese region names stand in a column east of Vietnam,
  // over the sea where the archipelago names are: those must still always be named.
  it('labels Hoàng Sa and Trường Sa in the interface language, at every level', () => {
    for (const selection of [{ kind: 'locality', id: 'jp-27' }, { kind: 'none' }] as const) {
      const { container, unmount } = renderMap(noFilter, selection);
      const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
      expect(texts).toContain('Quần đảo Trường Sa (Khánh Hòa)');
      unmount();
    }
  });

  // At the regions level the labels drawn are regions', yet every unit keeps its own accessible name.
  it('names every unit button for screen readers at the opening view, not by its id', () => {
    const { container } = renderMap();
    const labels = [...container.querySelectorAll('path[data-locality-id]')].map((p) => p.getAttribute('aria-label'));
    expect(labels).toHaveLength(6);
    for (const label of labels) expect(label).not.toMatch(/^(vn|jp)-/);
    expect(screen.getByRole('button', { name: /^Đà Nẵng/ }).getAttribute('data-locality-id')).toBe('vn-da-nang');
  });
});

describe('the printable map and the first view', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));
  const selections: Selection[] = [{ kind: 'none' }, { kind: 'region', id: 'vn-r-central-coast' }, { kind: 'locality', id: 'jp-27' }, { kind: 'pair', id: 'vn-ho-chi-minh-city--jp-27-osaka' }];
  for (const selection of selections) {
    it(`draw the same flows at the same level: ${selection.kind === 'none' ? 'the opening view' : `${selection.kind} ${selection.id}`}`, () => {
      const printable = renderMap(noFilter, selection);
      const printed = drawnFlows(printable.container);
      const level = printable.container.querySelector('svg')?.getAttribute('data-level');
      printable.unmount();
      // The first view reads the same data from the channel and the view from the store.
      useStore.setState({ selection });
      const screenView = render(
        <BundleProvider data={data}>
          <SvgFirstView world={world} zoomedIn={false} scale={1} size={size} base={camera} camera={camera} flavour={LIGHT} premerger={false} hovered={null} onHover={() => {}} onPick={() => {}} />
        </BundleProvider>,
      );
      expect(screenView.container.querySelector('.svg-first-view')?.getAttribute('data-level')).toBe(level);
      expect(printed.length).toBeGreaterThan(0);
      expect(drawnFlows(screenView.container)).toHaveLength(printed.length);
      expect(drawnFlows(screenView.container)).toEqual(printed);
      screenView.unmount();
    });
  }
});

describe('buildSvgMap', () => {
  it('draws every unit and keeps the flows inside the picture', () => {
    const base = buildSvgMap({ geo, width: 600, height: 400 });
    expect(base.units.map((u) => u.id)).toEqual(['vn-da-nang', 'vn-quang-tri', 'vn-lao-cai', 'vn-ho-chi-minh-city', 'jp-19', 'jp-27']);
    for (const selection of [{ kind: 'none' }, { kind: 'locality', id: 'jp-27' }] as const) {
      const { scene } = buildMapModel({ pairs, pairById: data.pairById, localityById: data.localityById, regions: fixtureBundle.regions, visible: pairs, filtered: false, selection, zoomedIn: false });
      expect(scene.flows.length).toBeGreaterThan(0);
      for (const flow of scene.flows) {
        for (const point of flow.line) {
          const [x, y] = base.project(point);
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(600);
          expect(y).toBeGreaterThan(0);
          expect(y).toBeLessThan(400);
        }
      }
    }
  });
});
