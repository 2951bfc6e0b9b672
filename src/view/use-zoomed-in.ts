import { useEffect, useState } from 'react';
import type { Camera } from './camera';
import type { Projector } from './projector';

/** Zoom levels past the opening view at which regions give way to provinces. */
export const PROVINCES_ZOOM_STEP = 0.9;

/**
 * True while the reader has zoomed in past the provinces threshold, relative to the opening
 * camera (so the threshold means the same on a phone and a desktop). Re-renders only when the
 * answer changes, never on every frame of a pan.
 */
export function useZoomedIn(projector: Projector | null, base: Camera | null): boolean {
  const [zoomedIn, setZoomedIn] = useState(false);
  useEffect(() => {
    if (!projector || !base) return;
    const check = () => setZoomedIn(projector.camera().zoom >= base.zoom + PROVINCES_ZOOM_STEP);
    check();
    return projector.subscribe(check);
  }, [projector, base]);
  return zoomedIn;
}
