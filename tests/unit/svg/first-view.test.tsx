// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import type { Relationship } from '../../../src/data/vocabulary';
import { flowFeatures } from '../../../src/map/map-data';
import { SvgFirstView } from '../../../src/svg/SvgFirstView';
import { fitCamera } from '../../../src/view/camera';
import { flowStates } from '../../../src/view/flow-style';
import { buildMapModel } from '../../../src/view/map-model';
import { DARK, LIGHT, type Flavour } from '../../../src/view/palette';
import type { Hit } from '../../../src/view/projector';
import { useStore } from '../../../src/state/store';
import type { Selection } from '../../../src/state/types';
import { BundleProvider } from '../../../src/view/bundle-context';
import { selectVisible } from '../../../src/view/visible';
import { fixtureGeo } from '../../fixtures/map/geo';
import { projectWorld, referenceZoom } from '../../../src/svg/world-paths';
import { pairs } from '../../fixtures/map/bundle';
import { fixtureBundle } from '../../fixtures/bundle';

const geo = fixtureGeo();
const size = { width: 600, height: 400 };
const camera = fitCamera(
  [
    [105, 14],
    [140, 37],
  ],
  size,
);
const world = await projectWorld(geo, referenceZoom(camera.zoom), { turn: () => Promise.resolve(), sliceMs: Infinity });
/** The map fixture's pairs (the units geo.ts draws) over the whole fixture's localities and regions. */
const data = indexCore({ ...fixtureBundle, pairs });

/** The model the first view should draw for this view of the map fixture. */
function modelOf(selection: Selection, relationships: readonly Relationship[]) {
  const visible = selectVisible(pairs, { sectors: [], relationships, years: null });
  return buildMapModel({
    pairs,
    pairById: data.pairById,
    localityById: data.localityById,
    regions: fixtureBundle.regions,
    visible,
    filtered: relationships.length > 0,
    selection,
    zoomedIn: false,
  });
}

/** The first view as the map area has it: below the data channel, the view (selection, filters) in the store. */
function renderView(selection: Selection = { kind: 'none' }, flavour: Flavour = LIGHT, onPick = vi.fn(), relationships: Relationship[] = [], hovered: Hit | null = null) {
  useStore.setState({ selection, relationships });
  const view = render(
    <BundleProvider data={data}>
      <SvgFirstView world={world} zoomedIn={false} scale={1} size={size} base={camera} camera={camera} flavour={flavour} premerger={false} hovered={hovered} onHover={() => {}} onPick={onPick} />
    </BundleProvider>,
  );
  return { ...view, onPick, model: modelOf(selection, relationships) };
}

const drawnFlows = (container: HTMLElement) => [...container.querySelectorAll('path[data-flow-id]')].map((p) => p.getAttribute('data-flow-id')).sort();

describe('SvgFirstView', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('opens on one flow per region pair, with its ties, and one circle per region', () => {
    const { container } = renderView();
    expect(container.querySelector('.svg-first-view')?.getAttribute('data-level')).toBe('regions');
    expect(drawnFlows(container)).toEqual(['vn-r-central-coast~jp-r-chubu', 'vn-r-central-coast~jp-r-kinki', 'vn-r-northern-midlands~jp-r-chubu', 'vn-r-southeast~jp-r-kinki']);
    // Hồ Chí Minh City's two ties (Osaka Prefecture and Osaka City); Đà Nẵng's three documents with Sakai are one tie.
    expect(container.querySelector('path[data-flow-id="vn-r-southeast~jp-r-kinki"]')?.getAttribute('data-ties')).toBe('2');
    expect(container.querySelector('path[data-flow-id="vn-r-central-coast~jp-r-kinki"]')?.getAttribute('data-ties')).toBe('1');
    expect([...container.querySelectorAll('circle[data-location-id]')].map((c) => c.getAttribute('data-location-id')).sort()).toEqual([
      'jp-r-chubu',
      'jp-r-kinki',
      'vn-r-central-coast',
      'vn-r-northern-midlands',
      'vn-r-southeast',
    ]);
    // Every flow has its hit stroke.
    expect([...container.querySelectorAll('[data-hit-flow]')].map((p) => p.getAttribute('data-hit-flow')).sort()).toEqual(drawnFlows(container));
  });

  it('draws a selected locality’s unit × prefecture flows instead of the regions', () => {
    const { container } = renderView({ kind: 'locality', id: 'jp-27' });
    expect(container.querySelector('.svg-first-view')?.getAttribute('data-level')).toBe('provinces');
    expect(drawnFlows(container)).toEqual(['vn-da-nang~jp-27', 'vn-ho-chi-minh-city~jp-27']);
    expect(container.querySelector('circle[data-location-id="jp-27"]')).not.toBeNull();
  });

  it('reports a click on a flow as that flow, and on a region’s circle as that region', () => {
    const { container, onPick } = renderView();
    fireEvent.click(container.querySelector('[data-hit-flow="vn-r-central-coast~jp-r-chubu"]')!);
    expect(onPick).toHaveBeenCalledWith({ kind: 'flow', id: 'vn-r-central-coast~jp-r-chubu' });
    fireEvent.click(container.querySelector('circle[data-location-id="jp-r-kinki"]')!);
    expect(onPick).toHaveBeenLastCalledWith({ kind: 'region', id: 'jp-r-kinki' });
  });

  it('paints the sea from the flavour', () => {
    expect(renderView(undefined, DARK).container.querySelector('rect[data-layer="sea"]')?.getAttribute('fill')).toBe(DARK.sea);
    expect(renderView(undefined, LIGHT).container.querySelector('rect[data-layer="sea"]')?.getAttribute('fill')).toBe(LIGHT.sea);
  });

  it('veils the units a filter leaves out and outlines the selected one, above a base that does not change', () => {
    // Friendships, cooperation agreements and MoUs: in the fixture, only Đà Nẵng–Sakai and Hồ Chí Minh City–Osaka City.
    const osakaOnly: Relationship[] = ['friendship', 'cooperation_agreement', 'mou'];
    const plain = renderView();
    // Gradient ids are React's useId, different in each mount: the drawing is what must not change.
    const base = (container: HTMLElement) => container.querySelector('.svg-first-view__base')!.innerHTML.replace(/«[^»]*»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, 'id');
    const baseBefore = base(plain.container);
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
    expect(base(filtered.container)).toBe(baseBefore);
  });

  it('lets a click on a unit through the overlay to the base', () => {
    const { container, onPick } = renderView();
    fireEvent.click(container.querySelector('.svg-first-view__base path[data-locality-id="jp-19"]')!);
    expect(onPick).toHaveBeenCalledWith({ kind: 'locality', id: 'jp-19' });
    expect(container.querySelector('.svg-first-view__overlay')?.getAttribute('pointer-events')).toBe('none');
  });
});

describe('one geometry, three outputs', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));
  // The SVG first view and the WebGL map's GeoJSON are built from the same scene and paint.
  const cases: [string, Selection, Flavour, Hit | null][] = [
    ['the opening view', { kind: 'none' }, LIGHT, null],
    ['a hovered flow in the dark flavour', { kind: 'none' }, DARK, { kind: 'flow', id: 'vn-r-southeast~jp-r-kinki' }],
    ['a selected pair’s ties', { kind: 'pair', id: 'vn-ho-chi-minh-city--jp-27-osaka' }, LIGHT, null],
  ];
  for (const [name, selection, flavour, hovered] of cases) {
    it(`gives every flow the same width, colour, opacity, dash and points in SVG and WebGL: ${name}`, () => {
      const { container, model } = renderView(selection, flavour, vi.fn(), [], hovered);
      const features = flowFeatures(model.scene, flowStates(model, hovered, flavour, 1)).features;
      expect(features.map((f) => f.properties.id).sort()).toEqual(drawnFlows(container));
      for (const feature of features) {
        const path = container.querySelector(`path[data-flow-id="${feature.properties.id}"]`)!;
        expect(path.getAttribute('stroke')).toBe(feature.properties.color);
        expect(Number(path.getAttribute('stroke-width'))).toBe(feature.properties.width);
        expect(Number(path.getAttribute('stroke-opacity'))).toBeCloseTo(feature.properties.opacity, 10);
        expect(path.hasAttribute('stroke-dasharray')).toBe(feature.properties.dashed);
        // The same sampled curve: one path command per point of the feature's line.
        expect(path.getAttribute('d')?.match(/[ML]/g)).toHaveLength(feature.geometry.coordinates.length);
      }
      // The flows really differ, so the comparison can fail.
      expect(new Set(features.map((f) => `${f.properties.width}/${f.properties.color}`)).size).toBeGreaterThan(1);
    });
  }
});
