import { useCallback, useEffect, useRef, useState, type PointerEvent, type TouchEvent, type WheelEvent } from 'react';

/** A drag shorter than this is a click, not an intent to move the map. */
const DRAG_THRESHOLD_PX = 6;
const HINT_MS = 1500;

/**
 * The reader's intent to explore the SVG map: a wheel (ctrl/⌘ in an embed, where a bare wheel
 * scrolls the article and shows how to zoom instead, as MapLibre's hint does), a drag, a pinch.
 * Returns the handlers to spread on the map surface (none once MapLibre is there) and whether
 * the gesture hint shows.
 */
export function useIntent({ active, embed, onIntent }: { active: boolean; embed: boolean; onIntent: () => void }) {
  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  const showHint = useCallback(() => {
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), HINT_MS);
  }, []);

  const drag = useRef<{ x: number; y: number } | null>(null);
  const handlers = active
    ? {
        onWheel: (event: WheelEvent) => {
          if (!embed || event.ctrlKey || event.metaKey) onIntent();
          else showHint();
        },
        onPointerDown: (event: PointerEvent) => {
          drag.current = { x: event.clientX, y: event.clientY };
        },
        onPointerMove: (event: PointerEvent) => {
          if (drag.current && Math.hypot(event.clientX - drag.current.x, event.clientY - drag.current.y) > DRAG_THRESHOLD_PX) onIntent();
        },
        onPointerUp: () => {
          drag.current = null;
        },
        onTouchStart: (event: TouchEvent) => {
          if (event.touches.length > 1) onIntent();
        },
      }
    : {};
  return { handlers, hint: hint && active };
}
