import { create } from 'zustand';
import type { Lang, Relationship } from '../data/vocabulary';
import type { ParamNotice, PanelState, UiState, View } from './types';
import { defaultState, sanitizeQuery } from './url-params';
import type { YearRange } from '../partners/timeline';

export interface StoreState extends UiState {
  /** URL parameters that were ignored at load or on back/forward; shown as a dismissible notice. */
  notices: ParamNotice[];
  /**
   * A region or region flow a panel points at (the pointer or focus on a row or cell of the region
   * table): the map lights it as if the pointer were on it. Transient: never in the URL.
   */
  pointedAt: PointedAt | null;
}

/** What a panel can point at on the map: a region (`jp-r-kinki`) or a region flow (`vn-r-…~jp-r-…`). */
export interface PointedAt {
  kind: 'region' | 'flow';
  id: string;
}

/** The one UI store. Actions are the module functions below, shared by panels, map and URL sync. */
export const useStore = create<StoreState>()(() => ({ ...defaultState(), notices: [], pointedAt: null }));

const set = (partial: Partial<StoreState>) => useStore.setState(partial);

/** Replaces the whole UI state (URL load, back/forward). */
export function applyState(state: UiState, notices: ParamNotice[] = []): void {
  useStore.setState({ ...state, notices });
}

export function selectLocality(id: string): void {
  set({ selection: { kind: 'locality', id }, panel: 'open' });
}

export function selectPair(id: string): void {
  set({ selection: { kind: 'pair', id }, panel: 'open' });
}

/** Focuses a region or a region pair (`vn-r-…~jp-r-…`): the map shows its provinces' flows. */
export function selectRegion(id: string): void {
  set({ selection: { kind: 'region', id }, panel: 'open' });
}

export function clearSelection(): void {
  set({ selection: { kind: 'none' } });
}

export function toggleSector(id: string): void {
  const { sectors } = useStore.getState();
  const next = sectors.includes(id) ? sectors.filter((s) => s !== id) : [...sectors, id];
  set({ sectors: next.sort() });
}

export function setSectors(ids: string[]): void {
  set({ sectors: [...new Set(ids)].sort() });
}

export function setRelationships(types: Relationship[]): void {
  set({ relationships: [...new Set(types)].sort() });
}

/** Sets the search text, cleaned as the URL would clean it so every state survives a link. */
export function setQuery(query: string): void {
  set({ query: sanitizeQuery(query) });
}

export function setLang(lang: Lang): void {
  set({ lang });
}

export function setPanel(panel: PanelState): void {
  set({ panel });
}

export function togglePanel(): void {
  set({ panel: useStore.getState().panel === 'open' ? 'closed' : 'open' });
}

export function setView(view: View): void {
  set({ view });
}

/** Sets the year range (null: all years); every view filters through src/view/visible.ts. */
export function setYears(years: YearRange | null): void {
  const current = useStore.getState().years;
  if (current === years || (current && years && current[0] === years[0] && current[1] === years[1])) return;
  set({ years: years ? [years[0], years[1]] : null });
}

/** Clears every filter (sectors, relationship types, year range) in one step: one history entry. */
export function clearFilters(): void {
  set({ sectors: [], relationships: [], years: null });
}

export function setPremerger(premerger: boolean): void {
  set({ premerger });
}

export function dismissNotices(): void {
  set({ notices: [] });
}

/** Lights a region or region flow on the map from a panel (null: nothing). */
export function pointAt(target: PointedAt | null): void {
  const current = useStore.getState().pointedAt;
  if (current === target || (current && target && current.kind === target.kind && current.id === target.id)) return;
  set({ pointedAt: target });
}

/** The UI part of the store, without transient fields, for the URL. */
export function uiState(state: StoreState = useStore.getState()): UiState {
  const { notices: _notices, pointedAt: _pointedAt, ...ui } = state;
  return ui;
}
