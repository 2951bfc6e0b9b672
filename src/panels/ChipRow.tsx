import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n';
import { useStore } from '../state/store';

/** Which ends of a scrolling row have more behind them (a pixel of slack for sub-pixel widths). */
function overflowEnds(scrollLeft: number, scrollWidth: number, clientWidth: number): { before: boolean; after: boolean } {
  // Right-to-left layouts report a negative scrollLeft; the interface languages are all left-to-right.
  return { before: scrollLeft > 1, after: scrollLeft + clientWidth < scrollWidth - 1 };
}

/** About the faded edge's width (2.5rem on phones, 3.5rem wider, in panels.css): a chip under it is not yet "seen". */
const FADE_PX = 40;

/**
 * Where one press of a scroll button takes the row: the first chip cut by the far edge (or under
 * its fade) comes to the near edge, so each press shows at least one new chip however narrow the
 * row is (at 375 px it is one chip wide), and no chip is skipped.
 */
function nextScrollLeft(el: HTMLElement, direction: 1 | -1): number {
  const box = el.getBoundingClientRect();
  const view = { left: el.scrollLeft, right: el.scrollLeft + el.clientWidth };
  const chips = [...el.children].map((child) => {
    const r = child.getBoundingClientRect();
    return { left: r.left - box.left + el.scrollLeft, right: r.right - box.left + el.scrollLeft };
  });
  const max = el.scrollWidth - el.clientWidth;
  if (direction === 1) {
    // The first chip cut by the far edge that does not already start at the near edge.
    const next = chips.find((c) => c.right > view.right - FADE_PX && c.left - FADE_PX > view.left + 1);
    const target = next ? next.left - FADE_PX : max;
    return Math.min(max, Math.max(view.left + 1, target));
  }
  const previous = [...chips].reverse().find((c) => c.left < view.left + FADE_PX);
  const target = previous ? previous.right + FADE_PX - el.clientWidth : 0;
  return Math.max(0, Math.min(view.left - 1, target));
}

/**
 * The sector chips' one-line row, saying that it continues: the edge with more chips behind it
 * fades, and a button on that side brings the next hidden chip in, so a reader with a mouse reaches
 * every chip without Tab or a trackpad. A vertical wheel scrolls the row sideways while it can
 * move (then the page scrolls as usual).
 */
export function ChipRow({ label, children }: { label: string; children: ReactNode }) {
  const lang = useStore((s) => s.lang);
  const list = useRef<HTMLUListElement>(null);
  const [ends, setEnds] = useState({ before: false, after: false });

  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const next = overflowEnds(el.scrollLeft, el.scrollWidth, el.clientWidth);
    setEnds((prev) => (prev.before === next.before && prev.after === next.after ? prev : next));
  }, []);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    measure();
    const onWheel = (event: WheelEvent) => {
      // Only a mostly vertical wheel is turned sideways; a trackpad's own sideways swipe passes.
      if (event.ctrlKey || Math.abs(event.deltaY) <= Math.abs(event.deltaX)) return;
      const max = el.scrollWidth - el.clientWidth;
      if (max <= 0) return;
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      const target = Math.max(0, Math.min(max, el.scrollLeft + delta));
      if (target === el.scrollLeft) return;
      event.preventDefault();
      el.scrollLeft = target;
    };
    // Not passive: preventDefault keeps the page from scrolling while the row does.
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [measure]);

  // Chips are re-sorted and re-counted as filters change: their width changes with them.
  useEffect(measure, [children, measure]);

  // Arrow keys, Home and End move between chips (focus scrolls the chip into view), so a keyboard
  // reader reaches the last chip without tabbing through every one before it.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const chips = [...(list.current?.querySelectorAll<HTMLButtonElement>('li > button') ?? [])];
    const at = chips.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: chips.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    chips[Math.max(0, Math.min(chips.length - 1, to))]?.focus();
  };

  const step = (direction: 1 | -1) => {
    const el = list.current;
    if (!el) return;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollTo({ left: nextScrollLeft(el, direction), behavior: reduced ? 'auto' : 'smooth' });
  };

  // The buttons are for the pointer: they are no Tab stop, since Tab already scrolls each chip
  // into view, and they would add two stops before every chip.
  return (
    <div className="chip-row" data-more-before={ends.before || undefined} data-more-after={ends.after || undefined}>
      {ends.before && (
        <button type="button" tabIndex={-1} className="chip-scroll chip-scroll-before" aria-label={t(lang, 'filters.scroll.before')} onClick={() => step(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
      )}
      <ul ref={list} className="chips" aria-label={label} onKeyDown={onKeyDown}>
        {children}
      </ul>
      {ends.after && (
        <button type="button" tabIndex={-1} className="chip-scroll chip-scroll-after" aria-label={t(lang, 'filters.scroll.after')} onClick={() => step(1)}>
          <span aria-hidden="true">›</span>
        </button>
      )}
    </div>
  );
}
