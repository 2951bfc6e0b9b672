// The full app's first view renders from the core of the bundle and the forum's texts alone:
// nothing in it may need the details (they arrive after the map is ready). A useData() slipped
// into the overview once.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundle, loadForumTexts } from '../../../src/data/load';
import { indexCore, indexTexts } from '../../../src/data/selectors';
import { BundleProvider } from '../../../src/view/bundle-context';
import { OverviewPanel } from '../../../src/panels/OverviewPanel';
import { SectorChips } from '../../../src/panels/SectorChips';
import { resetStore } from './render';

describe('the first view without the details', () => {
  beforeEach(resetStore);

  it('draws the overview with its looking-for-partners list and timeline, and the chips', async () => {
    const texts = await loadForumTexts();
    render(
      <BundleProvider data={indexTexts(indexCore(bundle), texts)}>
        <SectorChips />
        <OverviewPanel />
      </BundleProvider>,
    );
    expect(await screen.findByTestId('looking-list', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('timeline-table')).toBeInTheDocument();
    expect(screen.queryByTestId('details-loading')).toBeNull();
  });
});
