import type { LonLat } from '../geo/arcs';
import type { Camera, Size } from './camera';

/**
 * What the shared overlays (DOM labels, handles, tooltips, camera) need from whichever renderer
 * is drawing: where a point is on screen, a signal when the camera moved, and a way to move it.
 * The SVG first view and the MapLibre map each provide one; neither knows the other.
 */
export interface Projector {
  project: (point: LonLat) => [number, number];
  /** Calls `listener` after each camera move; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  viewport: () => Size;
  /** The camera now shown. */
  camera: () => Camera;
  /** Moves the camera (a short flight unless `animate` is false or motion is reduced). */
  go: (camera: Camera, animate: boolean) => void;
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** What the pointer is over: a flow, a region's circle, or a province/prefecture (its shape or circle). */
export interface Hit {
  kind: 'flow' | 'region' | 'locality';
  id: string;
}
