/** Renders a panel with the fixture bundle and a fresh store. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { indexBundle } from '../../../src/data/selectors';
import { BundleProvider } from '../../../src/view/data-channel';
import { useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';

export const fixtureData = indexBundle(fixtureBundle);

export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}

export function renderWithData(ui: ReactElement) {
  return render(<BundleProvider data={fixtureData}>{ui}</BundleProvider>);
}
