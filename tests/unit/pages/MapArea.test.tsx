// @vitest-environment happy-dom
import { fireEvent, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import type { CoreBundle } from '../../../src/data/types';
import { MapArea } from '../../../src/pages/MapArea';
import { BundleProvider } from '../../../src/panels/data';
import { useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';
import { fixtureGeo } from '../../fixtures/map/geo';
import type * as Boundaries from '../../../src/geo/boundaries';

vi.mock('../../../src/geo/boundaries', async (original) => ({
  ...(await original<typeof Boundaries>()),
  loadGeo: () => Promise.resolve(fixtureGeo()),
}));

/** Overview arcs: one per Vietnamese unit and Japanese prefecture. */
const groupsOf = (bundle: CoreBundle) => new Set(bundle.pairs.map((p) => `${p.vnId}~${p.jpPrefectureId}`));

function renderMap(bundle: CoreBundle) {
  return render(
    <BundleProvider data={indexCore(bundle)}>
      <MapArea />
    </BundleProvider>,
  );
}

describe('MapArea with an injected bundle', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('draws the overview arcs of the bundle it is given, not the published data', async () => {
    const { getByTestId, container } = renderMap(fixtureBundle);
    await waitFor(() => expect(getByTestId('map').getAttribute('data-map-ready')).toBe('true'));
    const drawn = [...container.querySelectorAll('path[data-group-id]')].map((p) => p.getAttribute('data-group-id'));
    expect(new Set(drawn)).toEqual(groupsOf(fixtureBundle));
    expect(getByTestId('map').getAttribute('data-arcs-drawn')).toBe(String(groupsOf(fixtureBundle).size));
  });

  it('a bundle of one pair draws one arc, and clicking it opens that pair', async () => {
    const [only] = fixtureBundle.pairs;
    if (!only) throw new Error('the fixture has no pair');
    const { getByTestId, container } = renderMap({ ...fixtureBundle, pairs: [only] });
    await waitFor(() => expect(getByTestId('map').getAttribute('data-map-ready')).toBe('true'));
    expect(container.querySelectorAll('path[data-group-id]')).toHaveLength(1);
    fireEvent.click(container.querySelector(`path[data-group-id="${only.vnId}~${only.jpPrefectureId}"]`)!);
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: only.id });
  });
});
