import type { YearsError } from '../partners/timeline';
import type { Lang, Relationship } from '../data/vocabulary';
import type { YearRange } from '../partners/timeline';

export type Selection =
  | { kind: 'none' }
  | { kind: 'locality'; id: string }
  | { kind: 'pair'; id: string }
  /** A region (`jp-r-kinki`) or a region pair (`vn-r-mekong-delta~jp-r-kinki`): its provinces' flows. */
  | { kind: 'region'; id: string };

export type View = 'map' | 'list';
export type PanelState = 'open' | 'closed';
export type DarkMode = 'auto' | 'on' | 'off';

/**
 * Render flags for embeds: read from the URL once at start, passed down (see render-flags.ts),
 * carried through every link. Not in the store: they never change while the page lives.
 */
export interface RenderFlags {
  embed: boolean;
  plain: boolean;
  static: boolean;
  dark: DarkMode;
  /** Embed only: show the timeline under the map (`timeline=1`). */
  timeline?: boolean;
  /** Embed only: the journalist's headline, caption and notes (`title`, `caption`, `notes`), plain text already cleaned (src/state/embed-text.ts). */
  headline?: string;
  caption?: string;
  notes?: string;
  /** Embed only: open on provinces × prefectures rather than regions (`level=provinces`). */
  startLevel?: StartLevel;
  /** Embed only: hide the sector chips (`chips=0`) or the details panel (`details=0`). */
  hideChips?: boolean;
  hideDetails?: boolean;
}

/** The level an embed opens on; regions unless the link says otherwise. */
export type StartLevel = 'regions' | 'provinces';

/** Everything a link must restore. The camera is not here: MapLibre owns it. */
export interface UiState {
  lang: Lang;
  selection: Selection;
  /** Sector ids, sorted; empty means no sector filter. */
  sectors: string[];
  /** Relationship types, sorted; empty means all types. */
  relationships: Relationship[];
  query: string;
  panel: PanelState;
  view: View;
  /** Show the 63 pre-merger provinces as a dashed overlay. */
  premerger: boolean;
  /** Inclusive year range filtering every view (`years=2013-2025`); null means all years. */
  years: YearRange | null;
}

/**
 * A URL parameter that was ignored, for the visible notice. `param` and `value` are what the
 * notice may quote: the link's text only when short and plain, else `…` (src/state/url-parse.ts).
 */
export interface ParamNotice {
  param: string;
  value: string;
  reason: 'unknown-param' | 'bad-value' | 'unknown-id' | 'too-long' | 'removed-id';
  /** For `years`: why the range was not read, so the notice can say how to write it. */
  yearsError?: YearsError;
}
