import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { LonLat } from '../geo/arcs';
import { BOTH_COUNTRIES } from '../geo/extent';

export { BOTH_COUNTRIES };

/** Padding around fitted bounds: tighter on phones. */
export function cameraPadding(width: number): number {
  return width < 480 ? 12 : width < 1024 ? 24 : 40;
}

/** West-south-east-north bounds of some points, or null for none. */
export function boundsOfPoints(points: readonly LonLat[]): [[number, number], [number, number]] | null {
  if (!points.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * How much of the map other UI covers: elements marked `data-map-occluder` (the phone bottom
 * sheet) that overlay the map's bottom or right edge. Panels mark themselves; the map never
 * reaches into them.
 */
export function occludedEdges(container: HTMLElement): Padding {
  const box = container.getBoundingClientRect();
  const covered: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const element of document.querySelectorAll<HTMLElement>('[data-map-occluder]')) {
    const rect = element.getBoundingClientRect();
    const overlapX = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
    const overlapY = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    if (overlapX >= box.width * 0.6 && rect.bottom >= box.bottom - 1) covered.bottom = Math.max(covered.bottom, overlapY);
    else if (overlapY >= box.height * 0.6 && rect.right >= box.right - 1) covered.right = Math.max(covered.right, overlapX);
  }
  return covered;
}

/** `base` on every side plus what UI covers, never leaving less than a third of the map. */
export function paddingFor(container: HTMLElement, base: number): Padding {
  const covered = occludedEdges(container);
  const height = container.clientHeight;
  const width = container.clientWidth;
  return {
    top: base,
    left: base,
    bottom: base + Math.min(covered.bottom, Math.max(0, height * 0.66 - base * 2)),
    right: base + Math.min(covered.right, Math.max(0, width * 0.66 - base * 2)),
  };
}

/** Fits both countries, instantly (load, resize) or with a short ease (reset). */
export function fitBothCountries(map: MapLibreMap, animate = false): void {
  const container = map.getContainer();
  map.fitBounds(BOTH_COUNTRIES as LngLatBoundsLike, {
    padding: paddingFor(container, cameraPadding(container.clientWidth)),
    animate: animate && !prefersReducedMotion(),
    duration: 600,
  });
}

/** Brings points into view with a short flight, or a jump when motion is reduced. */
export function fitPoints(map: MapLibreMap, points: readonly LonLat[]): void {
  const bounds = boundsOfPoints(points);
  if (!bounds) return;
  const container = map.getContainer();
  const width = container.clientWidth;
  const height = container.clientHeight;
  const base = Math.min(cameraPadding(width) * 2, Math.floor(Math.min(width, height) / 4));
  map.fitBounds(bounds as LngLatBoundsLike, {
    padding: paddingFor(container, base),
    maxZoom: 6,
    animate: !prefersReducedMotion(),
    duration: 900,
  });
}
