import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Map, { Layer, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Lang, Locality, CorePair } from '../data/types';
import type { GeoLayers } from '../geo/boundaries';
import { gestureLocale } from '../i18n';
import type { Camera } from '../view/camera';
import type { MapModel } from '../view/map-model';
import type { Flavour } from '../view/palette';
import { prefersReducedMotion, type Hit, type Projector } from '../view/projector';
import { CONTEXT_RESTORE_TIMEOUT_MS } from '../view/webgl-support';
import { basemapUrl, fetchBasemap } from './basemap';
import { buildStyle, overlayOnBasemap } from './build-style';
import { initMapLibre } from './init';
import { INTERACTIVE_LAYER_IDS, documentLayers, groupLayers, legacyBordersLayer, pointsLayer } from './layers';
import { buildMapData } from './map-data';
import { useArcState } from './use-arc-state';

initMapLibre();

export type FallbackReason = 'map.notice.context-lost' | 'map.notice.crashed';

export interface WebGLMapProps {
  geo: GeoLayers;
  model: MapModel;
  pairs: readonly CorePair[];
  localities: readonly Locality[];
  counts: ReadonlyMap<string, number>;
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

/** Distance in pixels from a point to a segment. */
function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** A projector over the live MapLibre map, for the shared labels and camera. */
function mapProjector(map: MapLibreMap): Projector {
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

/**
 * The MapLibre map, loaded on the reader's intent: the base style is built once; arcs and points
 * are declarative `<Source>`/`<Layer>`s whose data never changes; feature-state (one hook) shows
 * the filters and the selection. Labels, controls, legend and camera decisions belong to the page.
 */
export default function WebGLMap(props: WebGLMapProps) {
  const { geo, model, pairs, localities, counts, flavour, premerger, embed, lang, initialCamera, hovered } = props;
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [remoteStyle, setRemoteStyle] = useState<StyleSpecification | null>(null);
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  const data = useMemo(() => buildMapData(model.groups, pairs, localities), [model.groups, pairs, localities]);
  const unitIds = useMemo(() => geo.units.features.map((f) => f.properties.id), [geo]);
  const pointIds = useMemo(() => data.points.features.map((f) => f.properties.id), [data]);
  const offline = useMemo(() => buildStyle({ geo, counts, flavour }), [geo, counts, flavour]);
  const docsShown = model.documents.length > 0;
  const layers = useMemo(() => ({ groups: groupLayers(flavour), docs: documentLayers(flavour, docsShown), points: pointsLayer(flavour) }), [flavour, docsShown]);
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

  useArcState(map, model, hovered, unitIds, pointIds);

  // 2. First idle hands the view over; user moves and context loss are reported.
  useEffect(() => {
    if (!map) return;
    let handed = false;
    const onIdle = () => {
      if (handed) return;
      handed = true;
      callbacks.current.onReady(mapProjector(map));
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) callbacks.current.onUserMove();
    };
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    const canvas = map.getCanvas();
    const onLost = () => {
      lostTimer = setTimeout(() => callbacks.current.onFallback('map.notice.context-lost'), CONTEXT_RESTORE_TIMEOUT_MS);
    };
    const onRestored = () => clearTimeout(lostTimer);
    map.on('idle', onIdle);
    map.on('movestart', onMoveStart);
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      map.off('idle', onIdle);
      map.off('movestart', onMoveStart);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      clearTimeout(lostTimer);
    };
  }, [map]);

  /** The feature under the pointer: the drawn arc nearest to it, else a point or a unit. */
  const pick = (event: MapLayerMouseEvent): Hit | null => {
    const instance = mapRef.current?.getMap();
    if (!instance) return null;
    const shownDocs = new Set(model.documents.map((p) => p.id));
    const candidates: Hit[] = [];
    for (const f of event.features ?? []) {
      const id = String(f.properties?.id ?? '');
      if (f.source === 'docs' && shownDocs.has(id)) candidates.push({ kind: 'pair', id });
      if (f.source === 'groups' && model.stats.has(id) && !model.opened.has(id)) candidates.push({ kind: 'group', id });
    }
    if (candidates.length) {
      let best = { hit: candidates[0] as Hit, distance: Infinity };
      for (const hit of candidates) {
        const pixels = (data.lines.get(hit.id) ?? []).map((c) => instance.project(c));
        for (let i = 1; i < pixels.length; i++) {
          const a = pixels[i - 1];
          const b = pixels[i];
          if (!a || !b) continue;
          // Documents win ties: they sit over the overview.
          const distance = segmentDistance(event.point, a, b) - (hit.kind === 'pair' ? 2 : 0);
          if (distance < best.distance) best = { hit, distance };
        }
      }
      return best.hit;
    }
    const top = (event.features ?? []).find((f) => f.source === 'units' || f.source === 'points');
    const id = top?.properties?.id as string | undefined;
    return id ? { kind: 'locality', id } : null;
  };

  return (
    <>
      {style && (
        <Map
          ref={mapRef}
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
            props.onHover(hit && hit.kind !== 'locality' ? hit : null, original.clientX, original.clientY);
          }}
          onMouseLeave={() => props.onHover(null, 0, 0)}
          onClick={(event) => props.onPick(pick(event))}
          onError={(event) => console.warn('[map]', event.error)}
        >
          <Layer {...legacy} beforeId="islands-fill" />
          <Source id="groups" type="geojson" data={data.groups} promoteId="id">
            {layers.groups.map((layer) => (
              <Layer key={layer.id} {...layer} />
            ))}
          </Source>
          <Source id="docs" type="geojson" data={data.docs} promoteId="id">
            {layers.docs.map((layer) => (
              <Layer key={layer.id} {...layer} />
            ))}
          </Source>
          <Source id="points" type="geojson" data={data.points} promoteId="id">
            <Layer {...layers.points} />
          </Source>
        </Map>
      )}
    </>
  );
}
