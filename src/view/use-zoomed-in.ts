import { useEffect, useState } from 'react';
import { useRenderFlags } from '../state/render-flags';
import type { StartLevel } from '../state/types';
import type { Camera } from './camera';
import type { Projector } from './projector';

/** Zoom levels past the opening view at which regions give way to provinces. */
export const PROVINCES_ZOOM_STEP = 0.9;
// Starting on provinces, the threshold sits a hair below the opening zoom: the hand-over to
// MapLibre may round the camera's zoom down a little, and that must not switch to regions.
const OPENING_TOLERANCE = 0.1;

/**
 * Whether a zoom shows provinces rather than regions. An embed that starts on provinces
 * (`level=provinces`) moves the threshold to its opening zoom: it opens on provinces, and
 * zooming out past the opening view still gives the regions.
 */
export function pastProvincesThreshold(zoom: number, openingZoom: number, start: StartLevel = 'regions'): boolean {
  return zoom >= openingZoom + (start === 'provinces' ? -OPENING_TOLERANCE : PROVINCES_ZOOM_STEP);
}

/**
 * True while the reader has zoomed in past the provinces threshold, relative to the opening
 * camera (so the threshold means the same on a phone and a desktop). Re-renders only when the
 * answer changes, never on every frame of a pan.
 */
export function useZoomedIn(projector: Projector | null, base: Camera | null): boolean {
  const start = useRenderFlags().startLevel ?? 'regions';
  const [zoomedIn, setZoomedIn] = useState(start === 'provinces');
  useEffect(() => {
    if (!projector || !base) return;
    const check = () => setZoomedIn(pastProvincesThreshold(projector.camera().zoom, base.zoom, start));
    check();
    return projector.subscribe(check);
  }, [projector, base, start]);
  return zoomedIn;
}
