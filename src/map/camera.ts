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

/** Fits both countries, instantly (load, resize) or with a short ease (reset). */
export function fitBothCountries(map: MapLibreMap, animate = false): void {
  const width = map.getContainer().clientWidth;
  map.fitBounds(BOTH_COUNTRIES as LngLatBoundsLike, {
    padding: cameraPadding(width),
    animate: animate && !prefersReducedMotion(),
    duration: 600,
  });
}

/** Brings points into view with a short flight, or a jump when motion is reduced. */
export function fitPoints(map: MapLibreMap, points: readonly LonLat[]): void {
  const bounds = boundsOfPoints(points);
  if (!bounds) return;
  const width = map.getContainer().clientWidth;
  const height = map.getContainer().clientHeight;
  const padding = Math.min(cameraPadding(width) * 2, Math.floor(Math.min(width, height) / 4));
  map.fitBounds(bounds as LngLatBoundsLike, {
    padding,
    maxZoom: 6,
    animate: !prefersReducedMotion(),
    duration: 900,
  });
}
