import '../styles/map.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { loadDetails, useCoreData } from '../view/data-channel';
import { gestureLocale } from '../i18n';
import { unitAreas } from '../geo/boundaries';
import { ISLAND_LABELS } from '../geo/islands';
import { t } from '../i18n';
import { SvgFirstView } from '../svg/SvgFirstView';
import { useGeoStatus } from '../svg/use-geo';
import { useWorldPaths } from '../svg/world-paths';
import { LoadFailure } from '../panels/LoadFailure';
import { clearSelection, selectLocality, selectPair, selectRegion, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { arcHandles, arcTooltip, type TooltipText } from '../view/arc-handles';
import { cameraProjector, type Camera } from '../view/camera';
import { overviewCamera, selectionCamera } from '../view/framing';
import { Legend } from '../view/Legend';
import { MapControls } from '../view/MapControls';
import { MapLabels, type ArcHandle, type FixedLabel } from '../view/MapLabels';
import { labelledFlows } from '../view/flows';
import { buildMapModel } from '../view/map-model';
import { labelEntries, regionEntries } from '../view/model';
import { useZoomedIn } from '../view/use-zoomed-in';
import type { Hit, Projector } from '../view/projector';
import { NARROW_MAP, circleRadius, viewScale } from '../view/palette';
import { useFlavour } from '../view/use-flavour';
import { useSize } from '../view/use-size';
import { useVisiblePairs } from '../view/visible';
import { hasWebGL } from '../view/webgl-support';
import { MapErrorBoundary } from './MapErrorBoundary';
import { useIntent } from './use-intent';
import { useRendererUpgrade } from './use-renderer-upgrade';

type Tooltip = TooltipText & { x: number; y: number };

/**
 * The map area, whichever renderer draws it: the SVG first view at once, MapLibre on the reader's
 * intent (wheel, pinch, drag, +/−, keyboard focus on the map, "Explore the map"; in the full app
 * also on idle), handed over at MapLibre's first `idle` with the same camera, selection and
 * filters. Labels, handles, controls, legend, tooltip and the camera's decisions live here, once.
 */
export function MapArea() {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useSize(containerRef);
  const { geo, failed: geoFailed, retry: retryGeo } = useGeoStatus();
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const premerger = useStore((s) => s.premerger);
  const { embed, dark } = useRenderFlags();
  const filtered = useStore((s) => s.sectors.length > 0 || s.relationships.length > 0);
  const flavour = useFlavour(dark);
  const { bundle, localityById, pairById, regionById } = useCoreData();
  const visible = useVisiblePairs(bundle.pairs);

  const [webglAvailable] = useState(hasWebGL);
  const [base, setBase] = useState<Camera | null>(null);
  const [camera, setCamera] = useState<Camera | null>(null);
  const [pointer, setPointer] = useState<{ hit: Hit; x: number; y: number } | null>(null);
  const [focusedHandle, setFocusedHandle] = useState<ArcHandle | null>(null);
  const userMoved = useRef(false);
  const listShown = useStore((s) => s.view === 'list');
  const world = useWorldPaths(geo, base?.zoom ?? null);
  const ready = Boolean(geo && size && camera && world);

  // 1. The opening camera for this size; the SVG camera follows it until the reader moves.
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el || !size) return;
    const overview = overviewCamera(el, size);
    setBase(overview);
    const current = useStore.getState().selection;
    setCamera((old) => (old && (userMoved.current || current.kind !== 'none') ? old : overview));
  }, [size]);

  const svgProjector = useMemo<Projector | null>(() => {
    if (!camera || !size) return null;
    const project = cameraProjector(camera, size);
    return { project, subscribe: () => () => {}, viewport: () => size, camera: () => camera, go: (next) => setCamera(next) };
  }, [camera, size]);
  // MapLibre on intent; the full app also loads it once its first view is up and the page has
  // been idle a while, never while the list covers the map.
  const { projector, activeProjector, stage, WebGL, notice, setNotice, upgradeFailed, upgrade, retryUpgrade, backToSvg, onReady, zoomBy } = useRendererUpgrade({
    webglAvailable,
    upgradeOnIdle: ready && !embed && !listShown,
    svgCamera: camera,
    svgProjector,
    setSvgCamera: setCamera,
  });
  const intent = useIntent({ active: stage !== 'webgl', embed, onIntent: upgrade });
  const zoomedIn = useZoomedIn(projector, base);
  const model = useMemo(
    () => buildMapModel({ pairs: bundle.pairs, pairById, localityById, regions: bundle.regions, visible, filtered, selection, zoomedIn }),
    [bundle, pairById, localityById, visible, filtered, selection, zoomedIn],
  );
  const { scene } = model;
  const scale = size ? viewScale(size.width) : 1;
  const narrow = size ? size.width < NARROW_MAP : false;

  // 2. Each selection is framed inside the unoccluded part of the map; under the list, once the
  //    list closes (measuring a covered map would cost a layout of it on every pick in the list).
  const selectionKey = selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`;
  useEffect(() => {
    const el = containerRef.current;
    const active = activeProjector.current;
    if (!el || !size || !ready || !active || !selectionKey || listShown) return;
    const points = scene.locations.map((l) => l.point);
    const own = selection.kind === 'locality' ? localityById.get(selection.id)?.point : undefined;
    const target = selectionCamera(el, size, own ? [own, ...points] : points);
    if (target) active.go(target, true);
    // Framed once per selection: a filter that changes the scene must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectionKey, ready, size, activeProjector, listShown]);

  // Once the full app's first view is up, fetch the panels' texts (summaries, sources) while the
  // reader looks: not before, where they would slow the first view. The embed waits for intent.
  useEffect(() => {
    if (!ready || embed) return;
    const timer = window.setTimeout(() => void loadDetails().catch(() => undefined), 0);
    return () => window.clearTimeout(timer);
  }, [ready, embed]);

  // 3. Picks and hovers, the same for both renderers.
  const onPick = useCallback((hit: Hit | null) => {
    if (!hit) return clearSelection();
    if (hit.kind === 'locality') return selectLocality(hit.id);
    if (hit.kind === 'region') return selectRegion(hit.id);
    // A flow walks one level down: a region pair opens its provinces, a unit × prefecture flow
    // its ties, a tie its documents (the first is shown in the panel).
    const flow = model.scene.flows.find((f) => f.id === hit.id);
    if (!flow) return;
    if (flow.level === 'regions') return selectRegion(flow.id);
    const first = flow.pairIds[0];
    if (first) selectPair(first);
  }, [model]);
  const onHover = useCallback((hit: Hit | null, clientX: number, clientY: number) => {
    const origin = containerRef.current?.getBoundingClientRect();
    setPointer(hit && origin ? { hit, x: clientX - origin.left, y: clientY - origin.top } : null);
  }, []);
  const hovered: Hit | null = pointer?.hit ?? (focusedHandle ? { kind: focusedHandle.kind, id: focusedHandle.id } : null);

  const tooltip = useMemo<Tooltip | null>(() => {
    // A focused overview handle lists its documents too, next to the arc's midpoint.
    const focusedGroup = !pointer && focusedHandle && projector ? focusedHandle : null;
    const hit = pointer?.hit ?? (focusedGroup ? { kind: 'flow' as const, id: focusedGroup.id } : null);
    if (!hit) return null;
    const [fx = 0, fy = 0] = focusedGroup && projector ? projector.project(focusedGroup.mid) : [];
    const at = pointer ? { x: pointer.x, y: pointer.y } : { x: fx + 8, y: fy + 28 };
    const text = arcTooltip(hit, model, { localityById, pairById, regionById }, lang);
    return text && { ...at, ...text };
  }, [pointer, focusedHandle, projector, model, lang, localityById, pairById, regionById]);

  // 4. Labels (regions at the regions level; units and prefectures below, municipalities only
  //    where ties are drawn), the three largest flows' counts, and one focusable handle per flow.
  const level = scene.level;
  const entries = useMemo(() => {
    if (!geo) return [];
    if (level === 'regions') {
      const ties = new Map(scene.locations.map((l) => [l.id, l.ties]));
      const most = Math.max(0, ...ties.values());
      return regionEntries(bundle.regions, ties, lang, (id) => circleRadius(ties.get(id) ?? 0, most, level, scale), narrow);
    }
    const all = labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang);
    return level === 'ties' ? all : all.filter((e) => e.kind !== 'municipality');
  }, [geo, lang, bundle, level, scene.locations, scale, narrow]);
  const fixed = useMemo<FixedLabel[]>(
    () => [
      ...ISLAND_LABELS.map((i): FixedLabel => ({ id: i.id, text: t(lang, i.key), point: i.point, kind: 'place' })),
      ...labelledFlows(scene).map((f): FixedLabel => ({ id: `count:${f.id}`, text: String(f.ties), point: f.labelAt, kind: 'count' })),
    ],
    [lang, scene],
  );
  const handles = useMemo(() => arcHandles(model, { localityById, regionById }, lang, onPick), [model, lang, onPick, localityById, regionById]);
  const boosted = useMemo(() => {
    const ids = new Set(model.highlight.selectedLocalities);
    if (scene.scope.kind !== 'all') for (const l of scene.locations) ids.add(l.id);
    return ids;
  }, [model, scene]);

  const resetView = useCallback(() => {
    const el = containerRef.current;
    if (!el || !size) return;
    userMoved.current = false;
    activeProjector.current?.go(overviewCamera(el, size), true);
  }, [size, activeProjector]);

  const renderer = stage === 'webgl' ? 'webgl' : 'svg';
  return (
    <div
      ref={containerRef}
      className={`map-container map-container--${renderer}`}
      data-testid="map"
      data-renderer={renderer}
      data-map-renderer={renderer}
      data-map-ready={ready ? 'true' : 'false'}
      data-arcs-drawn={ready ? String(model.arcsDrawn) : '0'}
      data-level={level}
      data-theme={flavour.name}
      data-selected={selectionKey}
      role="region"
      aria-label={t(lang, 'map.region')}
      aria-busy={stage === 'loading'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') clearSelection();
      }}
    >
      <div
        className="map-surface"
        role="group"
        tabIndex={stage === 'webgl' || !webglAvailable ? -1 : 0}
        aria-label={t(lang, 'map.explore')}
        onFocus={(event) => {
          if (event.target === event.currentTarget) upgrade();
        }}
        {...intent.handlers}
      >
        {WebGL && geo && camera && (
          <div className="map-layer map-layer--webgl">
            <MapErrorBoundary fallback={null} onError={() => backToSvg('map.notice.crashed')}>
              <WebGL
                geo={geo}
                model={model}
                scale={scale}
                flavour={flavour}
                premerger={premerger}
                embed={embed}
                lang={lang}
                initialCamera={camera}
                hovered={hovered}
                onReady={onReady}
                onFallback={backToSvg}
                onHover={onHover}
                onPick={onPick}
                onUserMove={() => {
                  userMoved.current = true;
                }}
                onNotice={setNotice}
              />
            </MapErrorBoundary>
          </div>
        )}
        {stage !== 'webgl' && world && size && base && camera && (
          <div className="map-layer map-layer--svg">
            <SvgFirstView
              world={world}
              model={model}
              scale={scale}
              size={size}
              base={base}
              camera={camera}
              flavour={flavour}
              premerger={premerger}
              hovered={hovered}
              onHover={onHover}
              onPick={onPick}
            />
          </div>
        )}
      </div>
      {projector && (
        <MapLabels
          projector={projector}
          lang={lang}
          entries={entries}
          fixed={fixed}
          handles={handles}
          boosted={boosted}
          selectedLocalities={model.highlight.selectedLocalities}
          covered={listShown}
          onFocusHandle={setFocusedHandle}
        />
      )}
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${tooltip.x + 12}px, ${tooltip.y + 12}px)` }}>
          <strong>{tooltip.title}</strong>
          {tooltip.lines.length > 0 && (
            <ul className="map-tooltip__docs">
              {tooltip.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {intent.hint && (
        <div className="map-gesture-hint" data-testid="map:gesture-hint" aria-hidden="true">
          {gestureLocale(lang)[/Mac|iPhone|iPad/.test(navigator.platform) ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText']}
        </div>
      )}
      <MapControls lang={lang} premerger={premerger} onReset={resetView} onZoom={zoomBy} />
      {webglAvailable && stage !== 'webgl' && (
        <button type="button" className="map-explore" data-testid="map:explore" onClick={upgrade} disabled={stage === 'loading'}>
          {stage === 'loading' ? (
            <span className="map-progress" role="status" data-testid="map:progress">
              <span className="map-progress__spinner" aria-hidden="true" />
              {t(lang, 'map.loading')}
            </span>
          ) : (
            t(lang, 'map.explore')
          )}
        </button>
      )}
      <Legend lang={lang} flavour={flavour} level={level} shown={scene.flows.length} total={scene.flows.length + scene.hidden} defaultOpen={typeof window === 'undefined' || window.innerWidth >= 768} />
      {geoFailed && <LoadFailure lang={lang} messageKey="failure.boundaries" onRetry={retryGeo} />}
      {upgradeFailed && <LoadFailure lang={lang} messageKey="failure.maplibre" onRetry={retryUpgrade} />}
      {notice && (
        <p className="map-notice" role="status">
          {t(lang, notice)}{' '}
          {webglAvailable && (
            <button type="button" onClick={() => setNotice(null)}>
              {t(lang, 'map.notice.dismiss')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
