import { useEffect, useState } from 'react';
import { loadGeo, type GeoLayers } from '../geo/boundaries';

/** The boundaries for the SVG map, loaded once `enabled` (null until then, or if they fail). */
export function useGeo(enabled = true): GeoLayers | null {
  const [geo, setGeo] = useState<GeoLayers | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadGeo()
      .then((layers) => live && setGeo(layers))
      .catch((error: unknown) => console.warn('[map] boundaries failed to load', error));
    return () => {
      live = false;
    };
  }, [enabled]);
  return geo;
}
