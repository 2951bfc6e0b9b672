import { SelectionPanel } from '../panels/SelectionPanel';
import { Timeline } from '../panels/Timeline';

/**
 * What an embed shows only when the reader asks (its panel, `timeline=1`'s chart): a chunk of its
 * own, loaded with the details (EmbedApp's `PANEL_CODE`), so the first view carries none of it.
 */
export const embedPanels = { SelectionPanel, Timeline };
export type EmbedPanelSet = typeof embedPanels;
