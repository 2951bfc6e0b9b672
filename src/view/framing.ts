import type { LonLat } from '../geo/arcs';
import { BOTH_COUNTRIES } from '../geo/extent';
import { boundsOfPoints, cameraPadding, constrainCamera, fitCamera, unoccludedPadding, type Camera, type Rect, type Size } from './camera';
import { MAP_OBSTACLES } from './obstacles';

/**
 * Where the camera should look, read from what the page shows: the pure fitting is camera.ts;
 * this module measures what covers the map (phone sheets, controls, legend) so a framed
 * selection is never under them. Both renderers get the same camera.
 */

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Phone sheets mark themselves `data-map-occluder`: the map pads its camera for them. */
function occluders(): Rect[] {
  return [...document.querySelectorAll('[data-map-occluder]')].map(rectOf);
}

/** The overview camera: both countries, clear of a phone sheet. */
export function overviewCamera(container: HTMLElement, size: Size): Camera {
  const padding = unoccludedPadding(rectOf(container), occluders(), cameraPadding(size.width));
  return constrainCamera(fitCamera(BOTH_COUNTRIES, size, { padding }), size);
}

/**
 * The camera of a selection: its points (what the level then draws) inside what controls,
 * legend, toggles and panels leave visible, at least about 15 % of the map away from any edge
 * so the selected place never sits in a corner. With `minZoom` (the embed keeps its opening
 * zoom, where a wide selection would turn tiny) the points are centred in that box at that zoom,
 * spilling past it evenly on both sides rather than leaving the selected place at one edge.
 */
export function selectionCamera(container: HTMLElement, size: Size, points: readonly LonLat[], minZoom?: number): Camera | null {
  const bounds = boundsOfPoints(points);
  if (!bounds) return null;
  const obstacles = [...[...container.querySelectorAll(MAP_OBSTACLES)].map(rectOf), ...occluders()];
  const base = Math.min(Math.ceil(0.16 * Math.max(size.width, size.height)), Math.floor(0.3 * Math.min(size.width, size.height)));
  const padding = unoccludedPadding(rectOf(container), obstacles, base);
  return constrainCamera(fitCamera(bounds, size, { padding, maxZoom: 6, minZoom: minZoom ?? -Infinity }), size);
}
