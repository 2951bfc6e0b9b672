import { memo } from 'react';
import type { Lang } from '../data/vocabulary';
import type { LonLat } from '../geo/arcs';
import { t } from '../i18n';

/** A focusable stand-in for an arc (an overview group or one document), placed on its midpoint. */
export interface ArcHandle {
  id: string;
  kind: 'flow';
  name: string;
  mid: LonLat;
  pressed: boolean;
  onActivate: () => void;
}

/**
 * The arcs drawn, as a list of focusable buttons after the labels: invisible until focused, then
 * placed on their arc's midpoint (MapLabels moves the focused one with the camera).
 */
export function MapHandles({ handles, lang, onFocusHandle }: { handles: readonly ArcHandle[]; lang: Lang; onFocusHandle: (handle: ArcHandle | null) => void }) {
  return (
    <ul className="map-pairs" aria-label={t(lang, 'map.pairs')}>
      {handles.map((h) => (
        <HandleItem key={h.id} handle={h} onFocusHandle={onFocusHandle} />
      ))}
    </ul>
  );
}

/** One arc's handle. Memoised: a filter leaves most arcs' handles as they were (same object). */
const HandleItem = memo(function HandleItem({ handle: h, onFocusHandle }: { handle: ArcHandle; onFocusHandle: (handle: ArcHandle | null) => void }) {
  return (
    <li>
      <button
        type="button"
        className="map-pair-handle"
        data-handle={h.id}
        data-flow-handle={h.id}
        aria-pressed={h.pressed}
        aria-label={h.name}
        onClick={h.onActivate}
        onFocus={() => onFocusHandle(h)}
        onBlur={() => onFocusHandle(null)}
      />
    </li>
  );
});
