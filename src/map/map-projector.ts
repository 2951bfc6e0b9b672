import type { Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion, type Projector } from '../view/projector';

/** A projector over the live MapLibre map, for the shared labels and camera. */
export function mapProjector(map: MapLibreMap): Projector {
  return {
    project: (point) => {
      const { x, y } = map.project(point);
      return [x, y];
    },
    subscribe: (listener) => {
      map.on('move', listener);
      map.on('resize', listener);
      return () => {
        map.off('move', listener);
        map.off('resize', listener);
      };
    },
    viewport: () => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight }),
    camera: () => {
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom() };
    },
    go: (camera, animate) => {
      const options = { center: camera.center, zoom: camera.zoom };
      if (animate && !prefersReducedMotion()) map.easeTo({ ...options, duration: 700 });
      else map.jumpTo(options);
    },
  };
}
