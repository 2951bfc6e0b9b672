import { useStore } from '../state/store';
import { WithDetails } from '../view/data-channel';
import { LocalityPanel } from './LocalityPanel';
import { OverviewPanel } from './OverviewPanel';
import { PairPanel } from './PairPanel';
import { RegionPanel } from './RegionPanel';

/**
 * The panel for the store's selection: the overview, a region or region pair, a locality or a
 * pair. The app's side panel and the embed's collapsible panel both show this one, so the two
 * never disagree on what a selection opens.
 */
export function SelectionPanel() {
  const selection = useStore((s) => s.selection);
  switch (selection.kind) {
    case 'none':
      return <OverviewPanel />;
    case 'region':
      return <RegionPanel id={selection.id} />;
    case 'locality':
      return (
        <WithDetails>
          <LocalityPanel id={selection.id} />
        </WithDetails>
      );
    case 'pair':
      return (
        <WithDetails>
          <PairPanel id={selection.id} />
        </WithDetails>
      );
  }
}
