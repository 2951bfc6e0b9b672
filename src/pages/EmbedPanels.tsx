import { LocalityPanel } from '../panels/LocalityPanel';
import { OverviewPanel } from '../panels/OverviewPanel';
import { PairPanel } from '../panels/PairPanel';
import { Timeline } from '../panels/Timeline';
import { useStore } from '../state/store';

/** The panel for the current selection, or the overview. */
function SelectionPanel() {
  const selection = useStore((s) => s.selection);
  if (selection.kind === 'pair') return <PairPanel id={selection.id} />;
  if (selection.kind === 'locality') return <LocalityPanel id={selection.id} />;
  return <OverviewPanel />;
}

/**
 * What an embed shows only when the reader asks (its panel, `timeline=1`'s chart): a chunk of its
 * own, loaded with the details (EmbedApp's `PANEL_CODE`), so the first view carries none of it.
 */
export const embedPanels = { SelectionPanel, Timeline };
export type EmbedPanelSet = typeof embedPanels;
