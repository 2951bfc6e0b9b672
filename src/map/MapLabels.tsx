import { useLayoutEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../data/types';
import type { LonLat } from '../geo/arcs';
import { t } from '../i18n';
import { selectLocality, selectPair } from '../state/store';
import { placeLabels, type LabelBox } from './label-placement';
import type { LabelEntry } from './model';

export interface PairHandle {
  id: string;
  name: string;
  /** Arc midpoint, where the handle sits. */
  mid: LonLat;
}

export interface FixedLabel {
  id: string;
  text: string;
  point: LonLat;
}

export interface MapLabelsProps {
  map: MapLibreMap;
  lang: Lang;
  /** Locality labels in tab order (Vietnam then Japan, by name). */
  entries: readonly LabelEntry[];
  /** Labels that are always shown and never focusable (Hoàng Sa, Trường Sa). */
  fixed: readonly FixedLabel[];
  /** Visible pairs, as focusable handles after the labels. */
  pairs: readonly PairHandle[];
  /** Localities whose labels win collisions (the selection and its partners). */
  boosted: ReadonlySet<string>;
  selectedLocalities: ReadonlySet<string>;
  selectedPair: string | null;
  /** A pair handle gained (id) or lost (null) focus: the map highlights that arc. */
  onFocusPair: (id: string | null) => void;
}

/** The controls and legend over the map, as boxes no label may overlap (read before any write). */
function obstacles(container: HTMLElement): LabelBox[] {
  const parent = container.parentElement;
  if (!parent) return [];
  const origin = container.getBoundingClientRect();
  return [...parent.querySelectorAll<HTMLElement>('.map-controls, .maplibregl-ctrl-top-right, .map-legend, .maplibregl-ctrl-bottom-right')].map((el, i) => {
    const r = el.getBoundingClientRect();
    return { id: `#obstacle-${i}`, x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height, priority: Infinity };
  });
}

/**
 * Locality names as DOM buttons over the map: any script renders with the system fonts, with
 * no glyph server, and every label is reachable with Tab. After each camera frame the labels are
 * projected and a greedy collision pass (label-placement.ts) hides the lower-priority ones;
 * hidden labels stay focusable and show while focused.
 */
export function MapLabels({ map, lang, entries, fixed, pairs, boosted, selectedLocalities, selectedPair, onFocusPair }: MapLabelsProps) {
  const root = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const container = root.current;
    if (!container) return;
    const labelEls = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-label-id]').forEach((el) => labelEls.set(el.dataset.labelId ?? '', el));
    // 1. Measure every label once per render (reading layout inside the frame loop would thrash).
    const sizes = new Map<string, { width: number; height: number }>();
    labelEls.forEach((el, id) => sizes.set(id, { width: el.offsetWidth, height: el.offsetHeight }));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const fixedById = new Map(fixed.map((f) => [f.id, f]));
    const handlePoints = new Map(pairs.map((p) => [p.id, p.mid]));

    let frame = 0;
    const update = () => {
      frame = 0;
      const canvas = map.getCanvas();
      const viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
      const boxes: LabelBox[] = obstacles(container);
      const centres = new Map<string, { x: number; y: number }>();
      // 2. Project every label point and build its box, centred on the point.
      labelEls.forEach((_el, id) => {
        const entry = byId.get(id);
        const point = entry?.point ?? fixedById.get(id)?.point;
        const size = sizes.get(id);
        if (!point || !size) return;
        const projected = map.project(point);
        // Archipelago labels start just left of their islands, so they never cover the coast.
        const x = entry ? projected.x : projected.x + size.width / 2 - 8;
        const y = projected.y;
        centres.set(id, { x, y });
        const priority = entry ? entry.priority + (boosted.has(id) ? 1000 : 0) : Number.MAX_SAFE_INTEGER;
        boxes.push({ id, x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height, priority, area: entry?.area ?? 0 });
      });
      // 3. Keep the labels that do not collide, then write positions (no layout reads from here on).
      const shown = placeLabels(boxes, viewport);
      labelEls.forEach((el, id) => {
        const centre = centres.get(id);
        const size = sizes.get(id);
        if (!centre || !size) return;
        el.style.transform = `translate(${Math.round(centre.x - size.width / 2)}px, ${Math.round(centre.y - size.height / 2)}px)`;
        el.dataset.collided = shown.has(id) ? 'false' : 'true';
      });
      // 4. Pair handles are invisible until focused, so only the focused one follows the camera
      //    (projecting every handle on every frame grew with the number of pairs).
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.dataset.pairHandle !== undefined && container.contains(focused)) placeHandle(focused);
    };
    const placeHandle = (el: HTMLElement) => {
      const mid = handlePoints.get(el.dataset.pairHandle ?? '');
      if (!mid) return;
      const { x, y } = map.project(mid);
      el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.dataset.pairHandle !== undefined) placeHandle(event.target);
    };
    container.addEventListener('focusin', onFocusIn);
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    map.on('move', schedule);
    map.on('resize', schedule);
    return () => {
      map.off('move', schedule);
      map.off('resize', schedule);
      container.removeEventListener('focusin', onFocusIn);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [map, entries, fixed, pairs, boosted]);

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
            onClick={() => selectLocality(e.id)}
          >
            {e.text}
          </button>
        ))}
    </div>
  );

  return (
    <div ref={root} className="map-labels" lang={lang}>
      {group('vn')}
      {group('jp')}
      {fixed.map((f) => (
        <span key={f.id} className="map-label map-label--fixed" data-label-id={f.id} data-collided="true">
          {f.text}
        </span>
      ))}
      <ul className="map-pairs" aria-label={t(lang, 'map.pairs')}>
        {pairs.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="map-pair-handle"
              data-pair-handle={p.id}
              aria-pressed={selectedPair === p.id}
              onClick={() => selectPair(p.id)}
              onFocus={() => onFocusPair(p.id)}
              onBlur={() => onFocusPair(null)}
            >
              {p.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
