import { startTransition, useCallback, useEffect, useState } from 'react';
import { loadGeo, type GeoLayers } from '../geo/boundaries';

export interface GeoStatus {
  /** The boundaries, or null while loading or after a failure. */
  geo: GeoLayers | null;
  /** The last attempt failed (HTTP error, truncated or invalid file): show src/panels/LoadFailure. */
  failed: boolean;
  /** Tries again (loadGeo forgets a failed attempt, so this fetches afresh). */
  retry: () => void;
}

/** The boundaries for the SVG map, loaded once `enabled`, with the failure and a retry. */
export function useGeoStatus(enabled = true): GeoStatus {
  const [geo, setGeo] = useState<GeoLayers | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadGeo()
      // A transition: the map's first drawing is rendered in slices, between the browser's turns.
      .then((layers) => live && startTransition(() => setGeo(layers)))
      .catch((error: unknown) => {
        console.warn('[map] boundaries failed to load', error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [enabled, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { geo, failed, retry };
}

/** The boundaries for the SVG map, loaded once `enabled` (null until then, or if they fail). */
export function useGeo(enabled = true): GeoLayers | null {
  return useGeoStatus(enabled).geo;
}
