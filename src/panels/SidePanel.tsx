import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../i18n';
import { clearSelection, setPanel, useStore } from '../state/store';
import { useCoreData } from '../view/bundle-context';
import { selectionName } from '../i18n/names';
import { SelectionPanel } from './SelectionPanel';

/** Bottom-sheet heights on phones: `peek` is the closed panel, `half` and `full` are open. */
export type Snap = 'peek' | 'half' | 'full';
const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

/** Nearest snap for a sheet `height` px tall in a viewport `viewport` px tall. */
function nearestSnap(height: number, viewport: number): Snap {
  const targets: Record<Snap, number> = { peek: 64, half: viewport * 0.5, full: viewport * 0.88 };
  return SNAPS.reduce((best, snap) => (Math.abs(targets[snap] - height) < Math.abs(targets[best] - height) ? snap : best), 'peek' as Snap);
}

/**
 * The details panel: on desktop a collapsible column on the right, on phones a bottom sheet with
 * a drag handle (pointer events, or arrow keys and Enter on the focused handle) and three heights.
 * Shows what the selection opens (./SelectionPanel.tsx).
 */
export function SidePanel() {
  const { localityById, pairById, regionById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const panel = useStore((s) => s.panel);
  const selection = useStore((s) => s.selection);
  const [openSnap, setOpenSnap] = useState<Exclude<Snap, 'peek'>>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);
  const sheet = useRef<HTMLElement>(null);
  const snap: Snap = panel === 'open' ? openSnap : 'peek';

  const goTo = (next: Snap) => {
    if (next === 'peek') setPanel('closed');
    else {
      setOpenSnap(next);
      setPanel('open');
    }
  };
  const step = (delta: 1 | -1) => goTo(SNAPS[Math.max(0, Math.min(SNAPS.length - 1, SNAPS.indexOf(snap) + delta))] ?? 'peek');

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: sheet.current?.getBoundingClientRect().height ?? 0 };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag.current) return;
    setDragHeight(Math.max(48, drag.current.startHeight + drag.current.startY - event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const start = drag.current;
    drag.current = null;
    if (!start) return;
    const moved = Math.abs(event.clientY - start.startY);
    setDragHeight(null);
    // A tap (no real movement) cycles like Enter; a drag snaps to the nearest height.
    if (moved < 6) goTo(SNAPS[(SNAPS.indexOf(snap) + 1) % SNAPS.length] ?? 'peek');
    else goTo(nearestSnap(start.startHeight + start.startY - event.clientY, window.innerHeight));
  };
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      step(1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      step(-1);
    }
  };

  const title = selectionName(selection, { localityById, pairById, regionById }, lang) || t(lang, 'panel.overview');

  return (
    <aside
      ref={sheet}
      className="side-panel"
      // The map pads its camera for whatever this sheet covers (phones only: on desktop it sits beside the map).
      data-map-occluder=""
      aria-label={t(lang, 'panel.label')}
      data-panel={panel}
      data-snap={snap}
      data-dragging={dragHeight !== null || undefined}
      style={dragHeight !== null ? { blockSize: `${dragHeight}px` } : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={t(lang, 'sheet.handle')}
        aria-keyshortcuts="ArrowUp ArrowDown"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDragHeight(null);
        }}
        onKeyDown={onHandleKey}
        onClick={(e) => {
          // Keyboard "click" (Enter/Space) cycles; pointer clicks were handled on pointerup.
          if (e.detail === 0) goTo(SNAPS[(SNAPS.indexOf(snap) + 1) % SNAPS.length] ?? 'peek');
        }}
      >
        <span aria-hidden="true" />
      </button>
      <div className="panel-bar">
        <p className="panel-title">{title}</p>
        {selection.kind !== 'none' && panel === 'open' && (
          // Short on screen, so the place's name beside it keeps its width; spoken in full.
          <button type="button" className="link-button" aria-label={t(lang, 'panel.back')} onClick={clearSelection}>
            <span aria-hidden="true">← </span>
            {t(lang, 'panel.back.short')}
          </button>
        )}
        <button type="button" className="panel-toggle" aria-expanded={panel === 'open'} aria-controls="panel-content" onClick={() => setPanel(panel === 'open' ? 'closed' : 'open')}>
          {t(lang, panel === 'open' ? 'panel.hide' : 'panel.show')}
        </button>
      </div>
      <div id="panel-content" className="panel-content" hidden={panel !== 'open'}>
        <SelectionPanel />
      </div>
    </aside>
  );
}
