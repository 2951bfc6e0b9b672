// This test needs a fresh module graph: it watches the details load for the first time.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundle } from '../../../src/data/load';
import { indexCore } from '../../../src/data/selectors';
import { BundleProvider, useData } from '../../../src/view/bundle-context';
import { WithDetails } from '../../../src/view/data-channel';
import { resetStore } from './render';

function FirstSummary() {
  const { bundle: full } = useData();
  return <p>{full.pairs[0]!.summary.en}</p>;
}

describe('WithDetails', () => {
  beforeEach(resetStore);

  it('says the texts are loading, then shows the panel with the real summaries', async () => {
    render(
      <BundleProvider data={indexCore(bundle)}>
        <WithDetails>
          <FirstSummary />
        </WithDetails>
      </BundleProvider>,
    );
    expect(screen.getByTestId('details-loading')).toHaveTextContent('Loading the summaries and sources');
    const { default: details } = await import('virtual:kizuna/bundle-details');
    const first = details.pairs[bundle.pairs[0]!.id]!.summary.en;
    expect(first.length).toBeGreaterThan(20);
    expect(await screen.findByText(first)).toBeInTheDocument();
    expect(screen.queryByTestId('details-loading')).toBeNull();
  });
});
