// @vitest-environment happy-dom
import { fireEvent, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import type { CoreBundle } from '../../../src/data/types';
import { MapArea } from '../../../src/pages/MapArea';
import { BundleProvider } from '../../../src/view/bundle-context';
import { useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';
import { fixtureGeo } from '../../fixtures/map/geo';
import type * as Boundaries from '../../../src/geo/boundaries';

vi.mock('../../../src/geo/boundaries', async (original) => ({
  ...(await original<typeof Boundaries>()),
  loadGeo: () => Promise.resolve(fixtureGeo()),
}));

/** The opening view's flows: one per Vietnamese region × Japanese region with a tie. */
const regionFlowsOf = (bundle: CoreBundle) => {
  const regionOf = new Map(bundle.localities.map((l) => [l.id, l.regionId]));
  return new Set(bundle.pairs.map((p) => `${regionOf.get(p.vnId)}~${regionOf.get(p.jpPrefectureId)}`));
};
const drawn = (container: HTMLElement) => [...container.querySelectorAll('path[data-flow-id]')].map((p) => p.getAttribute('data-flow-id'));

function renderMap(bundle: CoreBundle) {
  return render(
    <BundleProvider data={indexCore(bundle)}>
      <MapArea />
    </BundleProvider>,
  );
}

describe('MapArea with an injected bundle', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('draws the region flows of the bundle it is given, not the published data', async () => {
    const { getByTestId, container } = renderMap(fixtureBundle);
    await waitFor(() => expect(getByTestId('map').getAttribute('data-map-ready')).toBe('true'));
    expect(getByTestId('map').getAttribute('data-level')).toBe('regions');
    const expected = regionFlowsOf(fixtureBundle);
    expect(expected.size).toBe(7);
    expect(new Set(drawn(container))).toEqual(expected);
    expect(getByTestId('map').getAttribute('data-arcs-drawn')).toBe(String(expected.size));
  });

  it('a bundle of one pair draws one flow; clicking walks down from its regions to its provinces to the pair', async () => {
    const only = fixtureBundle.pairs.find((p) => p.id === 'vn-da-nang--jp-27-sakai--2019-mou');
    if (!only) throw new Error('the fixture has no Đà Nẵng–Sakai MoU');
    const { getByTestId, container } = renderMap({ ...fixtureBundle, pairs: [only] });
    await waitFor(() => expect(getByTestId('map').getAttribute('data-map-ready')).toBe('true'));
    expect(drawn(container)).toEqual(['vn-r-central-coast~jp-r-kinki']);
    fireEvent.click(container.querySelector('[data-hit-flow="vn-r-central-coast~jp-r-kinki"]')!);
    expect(useStore.getState().selection).toEqual({ kind: 'region', id: 'vn-r-central-coast~jp-r-kinki' });
    await waitFor(() => expect(getByTestId('map').getAttribute('data-level')).toBe('provinces'));
    expect(drawn(container)).toEqual(['vn-da-nang~jp-27']);
    fireEvent.click(container.querySelector('[data-hit-flow="vn-da-nang~jp-27"]')!);
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: only.id });
    await waitFor(() => expect(getByTestId('map').getAttribute('data-level')).toBe('ties'));
    expect(drawn(container)).toEqual(['vn-da-nang~jp-27-sakai']);
  });
});
