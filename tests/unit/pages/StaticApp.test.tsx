// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import type * as Boundaries from '../../../src/geo/boundaries';
import { StaticApp } from '../../../src/pages/StaticApp';
import { useStore } from '../../../src/state/store';
import { BundleProvider } from '../../../src/view/bundle-context';
import { fixtureBundle } from '../../fixtures/bundle';
import { fixtureGeo } from '../../fixtures/map/geo';

vi.mock('../../../src/geo/boundaries', async (original) => ({
  ...(await original<typeof Boundaries>()),
  loadGeo: () => Promise.resolve(fixtureGeo()),
}));

/** The static page as src/main.tsx renders it: below the one data channel, given the fixture. */
function renderStatic() {
  return render(
    <BundleProvider data={indexCore(fixtureBundle)}>
      <StaticApp />
    </BundleProvider>,
  );
}

describe('StaticApp, given the fixture through the data channel', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('titles the figure with the selected place and draws its flows', async () => {
    useStore.setState({ lang: 'en', selection: { kind: 'locality', id: 'jp-19' } });
    const { container } = renderStatic();
    const headline = await screen.findByTestId('static:headline');
    const yamanashi = fixtureBundle.localities.find((l) => l.id === 'jp-19')!.names.en;
    expect(headline.textContent).toContain(yamanashi);
    // Yamanashi's partners in the fixture, one flow each.
    const partners = new Set(fixtureBundle.pairs.filter((p) => p.jpPrefectureId === 'jp-19').map((p) => p.vnId));
    await waitFor(() => expect(container.querySelectorAll('path[data-flow-id]')).toHaveLength(partners.size));
    expect(partners.size).toBeGreaterThan(1);
  });
});
