import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, { NavigationControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { bundle, localityById, pairById } from '../data/load';
import { visiblePairs } from '../data/selectors';
import { loadGeo, unitAreas, type GeoLayers } from '../geo/boundaries';
import { ISLAND_LABELS } from '../geo/islands';
import { t } from '../i18n';
import { clearSelection, selectLocality, selectPair, useStore } from '../state/store';
import { gestureLocale } from '../embed/gesture-locale';
import { basemapUrl, fetchBasemap } from './basemap';
import { FILTERED_ARC_LAYERS, arcLayerFilter, buildStyle, overlayOnBasemap } from './build-style';
import { BOTH_COUNTRIES, cameraPadding, fitBothCountries, fitPoints } from './camera';
import { ARC_LAYER_IDS, INTERACTIVE_LAYER_IDS } from './layers';
import { ARCS, ARC_LINES, ARC_MIDPOINTS, COUNTS, POINTS } from './map-data';
import { Legend } from './Legend';
import { MapControls } from './MapControls';
import { MapLabels, type FixedLabel, type PairHandle } from './MapLabels';
import { highlight, isDimmed, labelEntries, pairName, selectionPoints } from './model';
import { CONTEXT_RESTORE_TIMEOUT_MS } from './webgl';

export type FallbackReason = 'map.notice.context-lost' | 'map.notice.crashed';

export interface WebGLMapProps {
  /** Called when the WebGL map cannot go on (context lost for good); the parent shows the SVG map. */
  onFallback: (reason: FallbackReason) => void;
}

interface Tooltip {
  x: number;
  y: number;
  text: string;
}

const OUR_SOURCES = new Set(['neighbours', 'units', 'unit-borders', 'legacy-borders', 'islands', 'arcs', 'points']);

/** Sets a feature-state only when the map has the source (a basemap swap may be in flight). */
function setState(map: MapLibreMap, source: string, id: string, state: Record<string, boolean>): void {
  if (map.getSource(source)) map.setFeatureState({ source, id }, state);
}

/** Distance in pixels from a point to a segment. */
function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The feature under the pointer: the arc drawn nearest to it when the wide hit line catches
 * several (arcs cross often), otherwise the topmost point or unit.
 */
function pickFeature(map: MapLibreMap, event: MapLayerMouseEvent): { source: string; id: string } | null {
  const features = event.features ?? [];
  const arcIds = [...new Set(features.filter((f) => f.source === 'arcs').map((f) => String(f.properties.id)))];
  if (arcIds.length) {
    let best = { id: arcIds[0] ?? '', distance: Infinity };
    for (const id of arcIds) {
      const line = ARC_LINES.get(id) ?? [];
      const pixels = line.map((c) => map.project(c));
      for (let i = 1; i < pixels.length; i++) {
        const a = pixels[i - 1];
        const b = pixels[i];
        if (!a || !b) continue;
        const distance = segmentDistance(event.point, a, b);
        if (distance < best.distance) best = { id, distance };
      }
    }
    return { source: 'arcs', id: best.id };
  }
  const top = features[0];
  const id = top?.properties?.id as string | undefined;
  return top && id ? { source: top.source, id } : null;
}

/** The MapLibre map: offline style, arcs, DOM labels, camera, test hooks. */
export function WebGLMap({ onFallback }: WebGLMapProps) {
  const mapRef = useRef<MapRef>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [geo, setGeo] = useState<GeoLayers | null>(null);
  const [style, setStyle] = useState<StyleSpecification | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [focusedPair, setFocusedPair] = useState<string | null>(null);
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const premerger = useStore((s) => s.premerger);
  const embed = useStore((s) => s.flags.embed);
  /** Set once the reader moves the camera: resizes then stop refitting both countries. */
  const userMoved = useRef(false);
  const hovered = useRef<{ source: string; id: string } | null>(null);

  const visible = useMemo(() => visiblePairs(bundle.pairs, { sectors, relationships }), [sectors, relationships]);
  const filtered = sectors.length > 0 || relationships.length > 0;
  const visibleIds = useMemo(() => (filtered ? visible.map((p) => p.id) : null), [filtered, visible]);
  const h = useMemo(() => highlight(bundle.pairs, visible, selection, filtered), [visible, selection, filtered]);

  // 1. Load the boundaries and build the offline style once (plus the optional remote basemap).
  useEffect(() => {
    let live = true;
    (async () => {
      const layers = await loadGeo();
      const { sectors: s, relationships: r, premerger: p } = useStore.getState();
      const ids = s.length || r.length ? visiblePairs(bundle.pairs, { sectors: s, relationships: r }).map((x) => x.id) : null;
      const offline = buildStyle({ geo: layers, counts: COUNTS, arcs: ARCS, points: POINTS, visiblePairIds: ids, premerger: p });
      let chosen = offline;
      const url = basemapUrl();
      if (url) {
        try {
          chosen = overlayOnBasemap(await fetchBasemap(url), offline);
        } catch (error) {
          console.warn('[map] basemap unavailable, using the offline style', error);
          if (live) setNotice('map.notice.basemap');
        }
      }
      if (!live) return;
      setGeo(layers);
      setStyle(chosen);
    })().catch((error: unknown) => {
      console.warn('[map] boundaries failed to load', error);
      // The SVG map says so and offers a retry (src/panels/LoadFailure.tsx).
      if (live) onFallback('map.notice.crashed');
    });
    return () => {
      live = false;
    };
  }, [onFallback]);

  const fallbackToOffline = useCallback(() => {
    if (!geo) return;
    const { sectors: s, relationships: r, premerger: p } = useStore.getState();
    const ids = s.length || r.length ? visiblePairs(bundle.pairs, { sectors: s, relationships: r }).map((x) => x.id) : null;
    setStyle(buildStyle({ geo, counts: COUNTS, arcs: ARCS, points: POINTS, visiblePairIds: ids, premerger: p }));
    setNotice('map.notice.basemap');
  }, [geo]);

  // 2. Filters: setFilter on the arc layers, never a new style.
  useEffect(() => {
    if (!map) return;
    for (const id of FILTERED_ARC_LAYERS) if (map.getLayer(id)) map.setFilter(id, arcLayerFilter(id, visibleIds));
  }, [map, visibleIds, style]);

  // 3. Pre-merger overlay.
  useEffect(() => {
    if (map?.getLayer('legacy-borders-line')) map.setLayoutProperty('legacy-borders-line', 'visibility', premerger ? 'visible' : 'none');
  }, [map, premerger, style]);

  // 4. Selection and filter highlight through feature-state.
  useEffect(() => {
    if (!map) return;
    for (const pair of bundle.pairs) setState(map, 'arcs', pair.id, { selected: h.pairId === pair.id, dim: isDimmed(pair.id, h) });
    for (const f of geo?.units.features ?? []) {
      const id = f.properties.id;
      setState(map, 'units', id, { selected: h.selectedLocalities.has(id), faded: Boolean(h.matchedLocalities && !h.matchedLocalities.has(id)) });
    }
    for (const f of POINTS.features) {
      const id = f.properties.id;
      setState(map, 'points', id, { selected: h.selectedLocalities.has(id), faded: Boolean(h.matchedLocalities && !h.matchedLocalities.has(id)) });
    }
  }, [map, h, geo, style]);

  // 5. A focused pair handle highlights its arc like a hover.
  useEffect(() => {
    if (!map || !focusedPair) return;
    setState(map, 'arcs', focusedPair, { hover: true });
    return () => setState(map, 'arcs', focusedPair, { hover: false });
  }, [map, focusedPair]);

  // 6. Camera: on load, frame both countries clear of the bottom sheet; then a short flight to
  //    each selection (a jump when motion is reduced).
  useEffect(() => {
    if (map && useStore.getState().selection.kind === 'none') fitBothCountries(map);
  }, [map]);
  const selectionKey = selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`;
  useEffect(() => {
    if (!map || !selectionKey) return;
    const points = selectionPoints(bundle, useStore.getState().selection);
    if (points.length) fitPoints(map, points);
  }, [map, selectionKey]);

  const resetView = useCallback(() => {
    if (!map) return;
    userMoved.current = false;
    fitBothCountries(map, true);
  }, [map]);

  // 7. Map events: resize refit, test hook on idle, WebGL context loss, errors.
  useEffect(() => {
    if (!map) return;
    const container = containerRef.current;
    const onResize = () => {
      if (!userMoved.current) fitBothCountries(map);
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) userMoved.current = true;
    };
    const onIdle = () => {
      const layers = ARC_LAYER_IDS.filter((id) => map.getLayer(id));
      const ids = new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)));
      container?.setAttribute('data-arcs-drawn', String(ids.size));
    };
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    const canvas = map.getCanvas();
    const onLost = () => {
      lostTimer = setTimeout(() => onFallback('map.notice.context-lost'), CONTEXT_RESTORE_TIMEOUT_MS);
    };
    const onRestored = () => clearTimeout(lostTimer);
    map.on('resize', onResize);
    map.on('movestart', onMoveStart);
    map.on('idle', onIdle);
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      map.off('resize', onResize);
      map.off('movestart', onMoveStart);
      map.off('idle', onIdle);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      clearTimeout(lostTimer);
    };
  }, [map, onFallback]);

  const entries = useMemo(() => (geo ? labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang) : []), [geo, lang]);
  const fixed = useMemo<FixedLabel[]>(() => ISLAND_LABELS.map((i) => ({ id: i.id, text: t(lang, i.key), point: i.point })), [lang]);
  const handles = useMemo<PairHandle[]>(
    () =>
      visible.map((pair) => ({ id: pair.id, name: pairName(pair, localityById, lang), mid: ARC_MIDPOINTS.get(pair.id) ?? pair.from })),
    [visible, lang],
  );
  const boosted = useMemo(() => {
    const ids = new Set(h.selectedLocalities);
    for (const id of h.relatedPairs ?? []) {
      const pair = pairById.get(id);
      if (pair) [pair.vnId, pair.jpId].forEach((x) => ids.add(x));
    }
    return ids;
  }, [h]);

  const setHover = (next: { source: string; id: string } | null) => {
    const instance = mapRef.current?.getMap();
    const previous = hovered.current;
    if (!instance || (previous?.id === next?.id && previous?.source === next?.source)) return;
    if (previous) setState(instance, previous.source, previous.id, { hover: false });
    if (next) setState(instance, next.source, next.id, { hover: true });
    hovered.current = next;
  };

  const onMouseMove = (event: MapLayerMouseEvent) => {
    const instance = mapRef.current?.getMap();
    if (!instance) return;
    const picked = pickFeature(instance, event);
    setHover(picked);
    instance.getCanvas().style.cursor = picked ? 'pointer' : '';
    const pair = picked?.source === 'arcs' ? pairById.get(picked.id) : undefined;
    setTooltip(pair ? { x: event.point.x, y: event.point.y, text: pairName(pair, localityById, lang) } : null);
  };

  const onClick = (event: MapLayerMouseEvent) => {
    const instance = mapRef.current?.getMap();
    const picked = instance ? pickFeature(instance, event) : null;
    if (!picked) clearSelection();
    else if (picked.source === 'arcs') selectPair(picked.id);
    else selectLocality(picked.id);
  };

  return (
    <div
      ref={containerRef}
      className="map-container"
      data-testid="map"
      data-renderer="webgl"
      data-map-ready={map ? 'true' : 'false'}
      data-selected={selectionKey}
      role="region"
      aria-label={t(lang, 'map.region')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') clearSelection();
      }}
    >
      {style && (
        <Map
          ref={mapRef}
          initialViewState={{ bounds: BOTH_COUNTRIES, fitBoundsOptions: { padding: cameraPadding(window.innerWidth) } }}
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
          renderWorldCopies={false}
          onLoad={(event) => setMap(event.target)}
          onMouseMove={onMouseMove}
          onMouseLeave={() => {
            setHover(null);
            setTooltip(null);
          }}
          onClick={onClick}
          onError={(event) => {
            // Never blank the page: log, keep what is drawn; a failing remote basemap falls back.
            console.warn('[map]', event.error);
            const sourceId = (event as { sourceId?: string }).sourceId;
            if (basemapUrl() && sourceId && !OUR_SOURCES.has(sourceId)) fallbackToOffline();
          }}
        >
          <NavigationControl position="top-right" showCompass={false} />
        </Map>
      )}
      {map && (
        <MapLabels
          map={map}
          lang={lang}
          entries={entries}
          fixed={fixed}
          pairs={handles}
          boosted={boosted}
          selectedLocalities={h.selectedLocalities}
          selectedPair={h.pairId}
          onFocusPair={setFocusedPair}
        />
      )}
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${tooltip.x + 12}px, ${tooltip.y + 12}px)` }}>
          {tooltip.text}
        </div>
      )}
      <MapControls lang={lang} premerger={premerger} onReset={resetView} />
      <Legend lang={lang} defaultOpen={typeof window === 'undefined' || window.innerWidth >= 768} />
      {notice && (
        <p className="map-notice" role="status">
          {t(lang, notice)}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {t(lang, 'map.notice.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
