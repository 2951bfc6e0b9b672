import type { CoreBundle } from '../data/types';
import { BOTH_COUNTRIES } from '../geo/extent';
import type { Selection } from '../state/types';
import { boundsOfPoints, cameraPadding, constrainCamera, fitCamera, unoccludedPadding, type Camera, type Rect, type Size } from './camera';
import { selectionPoints } from './model';
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

/** The camera of a selection: its points inside what controls, legend, toggles and panels leave visible. */
export function selectionCamera(container: HTMLElement, size: Size, bundle: Pick<CoreBundle, 'pairs' | 'localities'>, selection: Selection): Camera | null {
  const bounds = boundsOfPoints(selectionPoints(bundle, selection));
  if (!bounds) return null;
  const obstacles = [...[...container.querySelectorAll(MAP_OBSTACLES)].map(rectOf), ...occluders()];
  const base = Math.min(cameraPadding(size.width) * 2, Math.floor(Math.min(size.width, size.height) / 8));
  return constrainCamera(fitCamera(bounds, size, { padding: unoccludedPadding(rectOf(container), obstacles, base), maxZoom: 6 }), size);
}
