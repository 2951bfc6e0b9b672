// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import WebGLMap from '../../../src/map/WebGLMap';
import { useStore } from '../../../src/state/store';
import { BundleProvider } from '../../../src/view/bundle-context';
import { LIGHT } from '../../../src/view/palette';
import type { Hit } from '../../../src/view/projector';
import { fixtureBundle } from '../../fixtures/bundle';
import { fixtureGeo } from '../../fixtures/map/geo';

/*
 * No WebGL here: react-map-gl's components stand in as plain elements that show what they are
 * given, so the test sees which flows and circles the WebGL map would hand MapLibre.
 */
vi.mock('maplibre-gl', () => ({ setWorkerUrl: () => undefined }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));
vi.mock('../../../src/map/init', () => ({ initMapLibre: () => undefined }));
vi.mock('react-map-gl/maplibre', () => ({
  default: ({ children }: { children: ReactNode }) => <div data-testid="maplibre">{children}</div>,
  Source: ({ id, data, children }: { id: string; data: { features: { properties: { id: string } }[] }; children: ReactNode }) => (
    <div data-source={id} data-ids={data.features.map((f) => f.properties.id).join(' ')}>
      {children}
    </div>
  ),
  Layer: () => null,
}));

const geo = fixtureGeo();
const data = indexCore(fixtureBundle);
const sourceIds = (container: HTMLElement, id: string) => (container.querySelector(`[data-source="${id}"]`)?.getAttribute('data-ids') ?? '').split(' ').filter(Boolean).sort();

function renderWebGL(hovered: Hit | null = null) {
  return render(
    <BundleProvider data={data}>
      <WebGLMap
        geo={geo}
        zoomedIn={false}
        scale={1}
        flavour={LIGHT}
        premerger={false}
        embed={false}
        lang="en"
        initialCamera={{ center: [120, 25], zoom: 3 }}
        hovered={hovered}
        onReady={() => {}}
        onFallback={() => {}}
        onHover={() => {}}
        onPick={() => {}}
        onUserMove={() => {}}
        onNotice={() => {}}
      />
    </BundleProvider>,
  );
}

describe('WebGLMap, given the fixture through the data channel', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('hands MapLibre one flow per region pair with a tie at the opening level', () => {
    const regionOf = new Map(fixtureBundle.localities.map((l) => [l.id, l.regionId]));
    const expected = [...new Set(fixtureBundle.pairs.map((p) => `${regionOf.get(p.vnId)}~${regionOf.get(p.jpPrefectureId)}`))].sort();
    const { container } = renderWebGL();
    expect(expected.length).toBeGreaterThan(1);
    expect(sourceIds(container, 'flows')).toEqual(expected);
  });

  it('draws a selected locality’s own flows, read from the store and the channel', () => {
    useStore.setState({ selection: { kind: 'locality', id: 'jp-19' } });
    const { container } = renderWebGL();
    const partners = fixtureBundle.pairs.filter((p) => p.jpPrefectureId === 'jp-19').map((p) => `${p.vnId}~jp-19`);
    expect(sourceIds(container, 'flows')).toEqual([...new Set(partners)].sort());
    expect(sourceIds(container, 'locations')).toContain('jp-19');
  });

  it('outlines the selected unit and the one under the pointer, and no other', () => {
    const { container, unmount } = renderWebGL();
    expect(sourceIds(container, 'unit-outlines')).toEqual([]);
    unmount();
    useStore.setState({ selection: { kind: 'locality', id: 'jp-19' } });
    expect(sourceIds(renderWebGL({ kind: 'locality', id: 'vn-da-nang' }).container, 'unit-outlines')).toEqual(['jp-19', 'vn-da-nang']);
  });
});
