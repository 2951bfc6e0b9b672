import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../data/vocabulary';
import type { LonLat } from '../geo/arcs';
import { t } from '../i18n';
import { selectLocality, selectRegion } from '../state/store';
import type { LabelBox } from './label-placement';
import { layoutMapLabels, type FixedLabel, type LabelCircle } from './map-label-layout';
import { MapHandles, type ArcHandle } from './MapHandles';
import type { LabelEntry } from './model';
import { watchObstacles } from './obstacles';
import { useStableSet } from './use-stable-set';
import type { Hit, Projector } from './projector';

export interface MapLabelsProps {
  projector: Projector;
  lang: Lang;
  /** Locality labels in tab order (Vietnam then Japan, by name). */
  entries: readonly LabelEntry[];
  /** Labels that are always shown and never focusable (Hoàng Sa, Trường Sa). */
  fixed: readonly FixedLabel[];
  /** The circles drawn, which the islands' names keep clear of. */
  circles: readonly LabelCircle[];
  /** Arcs drawn, as focusable handles after the labels. */
  handles: readonly ArcHandle[];
  /** Localities whose labels win collisions (the selection and its partners). */
  boosted: ReadonlySet<string>;
  selectedLocalities: ReadonlySet<string>;
  /** The list view covers the map: labels are measured and placed when it is uncovered. */
  covered: boolean;
  /** A handle gained (id) or lost (null) focus: the map highlights that arc. */
  onFocusHandle: (handle: ArcHandle | null) => void;
  /** A place's name gained or lost the pointer or focus: the map highlights its flows. */
  onHoverLabel?: (hit: Hit | null) => void;
}

/**
 * Locality names as DOM buttons over the map, whichever renderer draws it: any script renders
 * with the system fonts, with no glyph server, every label is reachable with Tab, and the same
 * elements stay in place when the WebGL map takes over from the SVG first view. After each camera
 * move the labels are projected and a greedy collision pass hides the lower-priority ones;
 * hidden labels stay focusable and show while focused.
 */
export function MapLabels({ projector, lang, entries, fixed, circles, handles, covered, onFocusHandle, onHoverLabel, ...props }: MapLabelsProps) {
  // A filter builds new Sets with the same members: those must not move a label.
  const boosted = useStableSet(props.boosted);
  const selectedLocalities = useStableSet(props.selectedLocalities);
  const root = useRef<HTMLDivElement>(null);
  const sizes = useRef(new Map<string, { width: number; height: number }>());
  const handlePoints = useRef(new Map<string, LonLat>());
  const obstacleBoxes = useRef<LabelBox[]>([]);
  const place = useRef<() => void>(() => undefined);

  // The controls and legend are measured when they change, never while placing labels.
  useLayoutEffect(() => {
    const container = root.current;
    if (!container) return;
    return watchObstacles(container, (boxes) => {
      obstacleBoxes.current = boxes;
      place.current();
    });
  }, []);

  // The focused handle follows the camera; a new set of handles (a filter, a selection) needs no
  // new placement of the labels.
  useLayoutEffect(() => {
    handlePoints.current = new Map(handles.map((h) => [h.id, h.mid]));
  }, [handles]);

  // 1. Measure the labels when their text or weight can change (language, a selected label is
  //    bold), not on every camera move or filter: each read forces a layout of the page.
  useLayoutEffect(() => {
    if (covered) return;
    const measured = new Map<string, { width: number; height: number }>();
    root.current?.querySelectorAll<HTMLElement>('[data-label-id]').forEach((el) => measured.set(el.dataset.labelId ?? '', { width: el.offsetWidth, height: el.offsetHeight }));
    sizes.current = measured;
  }, [entries, fixed, selectedLocalities, covered]);

  useLayoutEffect(() => {
    const container = root.current;
    if (!container || covered) return;
    const labelEls = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-label-id]').forEach((el) => labelEls.set(el.dataset.labelId ?? '', el));
    // Each leader is two lines, its halo and its ink (a CSS filter would cost a raster per frame while the camera moves).
    const leaderEls = [...container.querySelectorAll<SVGLineElement>('[data-leader]')];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const fixedById = new Map(fixed.map((f) => [f.id, f]));

    let frame = 0;
    const update = () => {
      frame = 0;
      // 2. Place them (./map-label-layout.ts) from the sizes measured in 1.
      const { columns, atPoint, shown } = layoutMapLabels({
        ids: labelEls.keys(),
        entryById: byId,
        fixedById,
        sizes: sizes.current,
        obstacles: obstacleBoxes.current,
        projector,
        boosted,
        circles,
      });
      // 3. Write positions (no layout reads from here on).
      labelEls.forEach((el, id) => {
        const column = columns.get(id);
        const place = column ?? atPoint.get(id);
        if (!place) return;
        el.style.transform = `translate(${Math.round(place.x)}px, ${Math.round(place.y)}px)`;
        el.dataset.collided = column || shown.has(id) ? 'false' : 'true';
        if (column) el.dataset.column = column.side;
      });
      for (const line of leaderEls) {
        const column = columns.get(line.dataset.leader ?? '');
        line.style.display = column ? '' : 'none';
        if (!column) continue;
        line.setAttribute('x1', String(Math.round(column.line.x1)));
        line.setAttribute('y1', String(Math.round(column.line.y1)));
        line.setAttribute('x2', String(Math.round(column.line.x2)));
        line.setAttribute('y2', String(Math.round(column.line.y2)));
      }
      // 4. Handles are invisible until focused, so only the focused one follows the camera.
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.dataset.handle !== undefined && container.contains(focused)) placeHandle(focused);
    };
    const placeHandle = (el: HTMLElement) => {
      const mid = handlePoints.current.get(el.dataset.handle ?? '');
      if (!mid) return;
      const [x, y] = projector.project(mid);
      el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.dataset.handle !== undefined) placeHandle(event.target);
    };
    container.addEventListener('focusin', onFocusIn);
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    place.current = update;
    update();
    const unsubscribe = projector.subscribe(schedule);
    return () => {
      place.current = () => undefined;
      unsubscribe();
      container.removeEventListener('focusin', onFocusIn);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [projector, entries, fixed, circles, boosted, selectedLocalities, covered]);

  const group = (country: 'vn' | 'jp') => (
    <div role="group" aria-label={t(lang, `map.labels.${country}`)}>
      {entries
        .filter((e) => e.country === country)
        .map((e) => (
          <button
            key={e.id}
            type="button"
            className={`map-label map-label--${e.kind}`}
            data-label-id={e.id}
            data-locality-label=""
            data-collided="true"
            aria-label={e.ariaLabel}
            aria-pressed={selectedLocalities.has(e.id)}
            onClick={() => (e.kind === 'region' ? selectRegion(e.id) : selectLocality(e.id))}
            onPointerEnter={() => onHoverLabel?.({ kind: e.kind === 'region' ? 'region' : 'locality', id: e.id })}
            onPointerLeave={() => onHoverLabel?.(null)}
            onFocus={() => onHoverLabel?.({ kind: e.kind === 'region' ? 'region' : 'locality', id: e.id })}
            onBlur={() => onHoverLabel?.(null)}
          >
            {e.count === undefined ? (
              e.text
            ) : (
              // One inline run, so a wrapped name keeps its number at the end of its last line; the
              // no-break space keeps the number with the last word (a reader saw "Kyushu–Okinawa" / "20").
              <span>
                {e.text}
                {'\u00a0'}
                <span className="map-label__count" aria-hidden="true">
                  {e.count}
                </span>
              </span>
            )}
          </button>
        ))}
    </div>
  );

  return (
    <div ref={root} className="map-labels" lang={lang}>
      <svg className="map-leaders" aria-hidden="true">
        {entries.filter((e) => e.side).flatMap((e) => [<line key={`${e.id}-halo`} data-leader={e.id} className="map-leader-halo" />, <line key={e.id} data-leader={e.id} />])}
      </svg>
      {group('vn')}
      {group('jp')}
      {fixed.map((f) => (
        <span key={f.id} className={`map-label map-label--${f.kind === 'count' ? 'count' : 'fixed'}`} data-label-id={f.id} data-collided="true" aria-hidden={f.kind === 'count' || undefined}>
          {f.text}
        </span>
      ))}
      <MapHandles handles={handles} lang={lang} onFocusHandle={onFocusHandle} />
    </div>
  );
}
