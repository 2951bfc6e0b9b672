// The full app's first view renders from the core of the bundle alone: nothing in it may need
// the details (they arrive after the map is ready). A useData() slipped into the overview once.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundle } from '../../../src/data/load';
import { indexCore } from '../../../src/data/selectors';
import { BundleProvider } from '../../../src/view/data-channel';
import { OverviewPanel } from '../../../src/panels/OverviewPanel';
import { SectorChips } from '../../../src/panels/SectorChips';
import { resetStore } from './render';

describe('the first view without the details', () => {
  beforeEach(resetStore);

  it('draws the overview with its looking-for-partners list and timeline, and the chips', () => {
    render(
      <BundleProvider data={indexCore(bundle)}>
        <SectorChips />
        <OverviewPanel />
      </BundleProvider>,
    );
    expect(screen.getByTestId('looking-list')).toBeInTheDocument();
    expect(screen.getByTestId('timeline-table')).toBeInTheDocument();
    expect(screen.queryByTestId('details-loading')).toBeNull();
  });
});
