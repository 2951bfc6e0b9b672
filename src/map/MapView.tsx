import 'maplibre-gl/dist/maplibre-gl.css';
import '../styles/map.css';
import { useCallback, useState } from 'react';
import { StaticMap } from '../static/StaticMap';
import { initMapLibre } from './init';
import { MapErrorBoundary } from './MapErrorBoundary';
import { hasWebGL } from './webgl';
import { WebGLMap, type FallbackReason } from './WebGLMap';

initMapLibre();

/**
 * The map, with no props: everything comes from the store and the bundle. WebGL (MapLibre)
 * when the browser has it; otherwise, or when the WebGL map fails or loses its context for
 * good, the SVG map with a short notice.
 */
export function MapView() {
  const [fallback, setFallback] = useState<string | null>(() => (hasWebGL() ? null : 'map.notice.no-webgl'));
  const onFallback = useCallback((reason: FallbackReason) => setFallback(reason), []);
  if (fallback) return <StaticMap noticeKey={fallback} />;
  return (
    <MapErrorBoundary fallback={<StaticMap noticeKey="map.notice.crashed" />}>
      <WebGLMap onFallback={onFallback} />
    </MapErrorBoundary>
  );
}
