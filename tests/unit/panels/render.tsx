/** Renders a panel with the fixture bundle and a fresh store. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { indexBundle } from '../../../src/data/selectors';
import { BundleProvider } from '../../../src/view/bundle-context';
import { useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';

export const fixtureData = indexBundle(fixtureBundle);

export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}

/** `bundle`: the fixture with a few fields changed, for what the fixture data does not have. */
export function renderWithData(ui: ReactElement, bundle?: typeof fixtureBundle) {
  return render(<BundleProvider data={bundle ? indexBundle(bundle) : fixtureData}>{ui}</BundleProvider>);
}
