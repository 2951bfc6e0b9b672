import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Map, { Layer, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import * as maplibre from 'maplibre-gl';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { gestureLocale } from '../i18n';
import type { Camera } from '../view/camera';
import { flowStates, locationCircles } from '../view/flow-style';
import type { Flavour } from '../view/palette';
import type { Hit, Projector } from '../view/projector';
import { useMapModel } from '../view/use-map-model';
import { CONTEXT_RESTORE_TIMEOUT_MS } from '../view/webgl-support';
import { basemapUrl, fetchBasemap } from './basemap';
import { buildStyle, overlayOnBasemap } from './build-style';
import { initMapLibre } from './init';
import { whenFirstIdle } from './first-idle';
import { mapProjector } from './map-projector';
import { pickFeature } from './pick';
import { INTERACTIVE_LAYER_IDS, flowLayers, legacyBordersLayer, locationsLayer, unitOutlineLayer } from './layers';
import { flowFeatures, locationFeatures, outlinedUnits } from './map-data';
import { useUnitState } from './use-unit-state';

initMapLibre();

type FallbackReason = 'map.notice.context-lost' | 'map.notice.crashed';

export interface WebGLMapProps {
  geo: GeoLayers;
  /** The reader zoomed in past the provinces threshold (the level's model comes from the data channel). */
  zoomedIn: boolean;
  /** Flow and circle size factor for this map's width (../view/flow-paint.ts `viewScale`). */
  scale: number;
  flavour: Flavour;
  premerger: boolean;
  embed: boolean;
  lang: Lang;
  /** The camera the SVG first view shows: MapLibre opens exactly there. */
  initialCamera: Camera;
  hovered: Hit | null;
  /** MapLibre's first `idle`: the page hands the view over. */
  onReady: (projector: Projector) => void;
  /** The WebGL map cannot go on (context lost for good); the page goes back to SVG. */
  onFallback: (reason: FallbackReason) => void;
  onHover: (hit: Hit | null, clientX: number, clientY: number) => void;
  onPick: (hit: Hit | null) => void;
  /** The reader moved the camera (resizes then stop refitting). */
  onUserMove: () => void;
  onNotice: (key: 'map.notice.basemap') => void;
}

/**
 * The MapLibre map, loaded on the reader's intent: the base style is built once; flows and
 * circles are declarative `<Source>`/`<Layer>`s fed by the same view model as the SVG map (a few
 * dozen features a level), and so are the outlines of the selected and hovered units;
 * feature-state (one hook) fades the units a filter leaves out. Labels, controls, legend and
 * camera decisions belong to the page.
 */
export default function WebGLMap(props: WebGLMapProps) {
  const { geo, zoomedIn, scale, flavour, premerger, embed, lang, initialCamera, hovered } = props;
  const model = useMapModel(zoomedIn);
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [remoteStyle, setRemoteStyle] = useState<StyleSpecification | null>(null);
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  const flows = useMemo(() => flowFeatures(model.scene, flowStates(model, hovered, flavour, scale)), [model, hovered, flavour, scale]);
  const locations = useMemo(() => locationFeatures(locationCircles(model.scene, hovered, flavour, scale)), [model.scene, hovered, flavour, scale]);
  const hoveredUnit = hovered?.kind === 'locality' ? hovered.id : null;
  const outlined = useMemo(() => outlinedUnits(geo.units, model.highlight.selectedLocalities, hoveredUnit), [geo, model.highlight.selectedLocalities, hoveredUnit]);
  const unitIds = useMemo(() => geo.units.features.map((f) => f.properties.id), [geo]);
  const offline = useMemo(() => buildStyle({ geo, flavour }), [geo, flavour]);
  const layers = useMemo(() => ({ outline: unitOutlineLayer(flavour), flows: flowLayers(flavour), locations: locationsLayer() }), [flavour]);
  const legacy = useMemo(() => legacyBordersLayer(flavour, premerger), [flavour, premerger]);

  // 1. The style: offline, or the optional remote basemap under our layers.
  const url = basemapUrl();
  const style = url ? remoteStyle : offline;
  useEffect(() => {
    let live = true;
    if (!url) return;
    fetchBasemap(url)
      .then((base) => live && setRemoteStyle(overlayOnBasemap(base, offline)))
      .catch((error: unknown) => {
        console.warn('[map] basemap unavailable, using the offline style', error);
        if (!live) return;
        setRemoteStyle(offline);
        callbacks.current.onNotice('map.notice.basemap');
      });
    return () => {
      live = false;
    };
  }, [offline, url]);

  useUnitState(map, model, unitIds);

  // 2. First idle hands the view over; user moves and context loss are reported.
  useEffect(() => {
    if (!map) return;
    const stopWaiting = whenFirstIdle(map, () => callbacks.current.onReady(mapProjector(map)));
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) callbacks.current.onUserMove();
    };
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    const canvas = map.getCanvas();
    const onLost = () => {
      lostTimer = setTimeout(() => callbacks.current.onFallback('map.notice.context-lost'), CONTEXT_RESTORE_TIMEOUT_MS);
    };
    const onRestored = () => clearTimeout(lostTimer);
    map.on('movestart', onMoveStart);
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      stopWaiting();
      map.off('movestart', onMoveStart);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      clearTimeout(lostTimer);
    };
  }, [map]);

  const pick = (event: MapLayerMouseEvent): Hit | null => {
    const instance = mapRef.current?.getMap();
    return instance ? pickFeature(event, instance, model.scene.flows) : null;
  };

  return (
    <>
      {style && (
        <Map
          ref={mapRef}
          // Given, not left to react-map-gl's own import() of a second chunk: a missing chunk must
          // fail the page's one import (straight back to the SVG map, with Try again), never
          // leave an empty map until the worker timeout.
          mapLib={maplibre}
          initialViewState={{ longitude: initialCamera.center[0], latitude: initialCamera.center[1], zoom: initialCamera.zoom }}
          mapStyle={style}
          style={{ width: '100%', height: '100%' }}
          attributionControl={embed && !basemapUrl() ? false : { compact: true }}
          interactiveLayerIds={INTERACTIVE_LAYER_IDS}
          cooperativeGestures={embed}
          locale={embed ? gestureLocale(lang) : undefined}
          dragRotate={false}
          pitchWithRotate={false}
          touchPitch={false}
          maxPitch={0}
          minZoom={1}
          renderWorldCopies
          onLoad={(event) => setMap(event.target)}
          onMouseMove={(event) => {
            const hit = pick(event);
            const instance = mapRef.current?.getMap();
            if (instance) instance.getCanvas().style.cursor = hit ? 'pointer' : '';
            const original = event.originalEvent;
            props.onHover(hit, original.clientX, original.clientY);
          }}
          onMouseLeave={() => props.onHover(null, 0, 0)}
          onClick={(event) => props.onPick(pick(event))}
          onError={(event) => console.warn('[map]', event.error)}
        >
          <Layer {...legacy} beforeId="islands-fill" />
          <Source id="unit-outlines" type="geojson" data={outlined}>
            <Layer {...layers.outline} />
          </Source>
          <Source id="flows" type="geojson" data={flows} promoteId="id">
            {layers.flows.map((layer) => (
              <Layer key={layer.id} {...layer} />
            ))}
          </Source>
          <Source id="locations" type="geojson" data={locations} promoteId="id">
            <Layer {...layers.locations} />
          </Source>
        </Map>
      )}
    </>
  );
}
