import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the hand-over needs of a MapLibre map (a fake one in the unit test). */
export type IdleSource = Pick<MapLibreMap, 'on' | 'off' | 'triggerRepaint'>;

/**
 * Calls `ready` once, at the map's next `idle` (its frame drawn, nothing left to load). MapLibre
 * fires `load` and, when nothing is left to do, `idle` at the end of the same frame: react-map-gl's
 * `onLoad` only sets React state, so the effect that subscribes here can come after that `idle`,
 * and with no further frame (no pointer on the map, no new data) the page would wait for its
 * worker timeout and fall back to the SVG map. One more frame asked for here ends in `idle` again.
 * Returns the unsubscribe.
 */
export function whenFirstIdle(map: IdleSource, ready: () => void): () => void {
  let handed = false;
  const onIdle = () => {
    if (handed) return;
    handed = true;
    ready();
  };
  map.on('idle', onIdle);
  map.triggerRepaint();
  return () => {
    map.off('idle', onIdle);
  };
}
