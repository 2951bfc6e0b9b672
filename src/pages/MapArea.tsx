import '../styles/map.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { loadDetails, useCoreData } from '../panels/data';
import { partnerCounts } from '../data/selectors';
import type { CoreBundle } from '../data/types';
import { gestureLocale } from '../i18n/gesture-locale';
import { arcMidpoint } from '../geo/arcs';
import { unitAreas } from '../geo/boundaries';
import { BOTH_COUNTRIES } from '../geo/extent';
import { ISLAND_LABELS } from '../geo/islands';
import { t, type MessageKey } from '../i18n';
import { SvgFirstView } from '../svg/SvgFirstView';
import { useGeoStatus } from '../svg/use-geo';
import { LoadFailure } from '../panels/LoadFailure';
import { clearSelection, selectLocality, selectPair, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import type { Selection } from '../state/types';
import { boundsOfPoints, cameraPadding, constrainCamera, cameraProjector, fitCamera, unoccludedPadding, type Camera, type Rect, type Size } from '../view/camera';
import { Legend } from '../view/Legend';
import { MapControls } from '../view/MapControls';
import { MAP_OBSTACLES, MapLabels, type ArcHandle, type FixedLabel } from '../view/MapLabels';
import { buildMapModel } from '../view/map-model';
import { groupDocumentLines, groupName, labelEntries, selectionPoints } from '../view/model';
import { pairLabel } from '../i18n/names';
import type { Hit, Projector } from '../view/projector';
import { useFlavour } from '../view/use-flavour';
import { useVisiblePairs } from '../view/visible';
import { hasWebGL } from '../view/webgl-support';
import type { WebGLMapProps } from '../map/WebGLMap';
import { MapErrorBoundary } from './MapErrorBoundary';

type Stage = 'svg' | 'loading' | 'webgl';

/** How long the full app's first view stays quiet before MapLibre loads without an intent. */
const IDLE_UPGRADE_DELAY_MS = 2500;

/** How long MapLibre may take to draw its first frame before we call its worker broken (software WebGL is slow). */
const WORKER_START_TIMEOUT_MS = 30000;

/** MapLibre, react-map-gl and the worker: only ever reached through this dynamic import. */
const loadWebGL = () => import('../map/WebGLMap').then((m) => m.default as ComponentType<WebGLMapProps>);

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The overview camera: both countries, clear of a phone sheet (`data-map-occluder`). */
function overviewCamera(container: HTMLElement, size: Size): Camera {
  const box = rectOf(container);
  const sheets = [...document.querySelectorAll('[data-map-occluder]')].map(rectOf);
  return constrainCamera(fitCamera(BOTH_COUNTRIES, size, { padding: unoccludedPadding(box, sheets, cameraPadding(size.width)) }), size);
}

/** The camera of a selection: its points inside what controls, legend, toggles and panels leave visible. */
function selectionCamera(container: HTMLElement, size: Size, bundle: CoreBundle, selection: Selection): Camera | null {
  const bounds = boundsOfPoints(selectionPoints(bundle, selection));
  if (!bounds) return null;
  const box = rectOf(container);
  const obstacles = [...container.querySelectorAll(MAP_OBSTACLES), ...document.querySelectorAll('[data-map-occluder]')].map(rectOf);
  const base = Math.min(cameraPadding(size.width) * 2, Math.floor(Math.min(size.width, size.height) / 8));
  return constrainCamera(fitCamera(bounds, size, { padding: unoccludedPadding(box, obstacles, base), maxZoom: 6 }), size);
}

/** Wants the map's size in CSS pixels, following resizes. */
function useSize(ref: React.RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((old) => {
        const next = { width: Math.max(1, el.clientWidth), height: Math.max(1, el.clientHeight) };
        return old && old.width === next.width && old.height === next.height ? old : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

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
  const { bundle, localityById, pairById } = useCoreData();
  const counts = useMemo(() => partnerCounts(bundle.pairs), [bundle]);
  const municipalities = useMemo(() => bundle.localities.filter((l) => l.kind === 'municipality'), [bundle]);
  const visible = useVisiblePairs(bundle.pairs);
  const model = useMemo(
    () => buildMapModel({ pairs: bundle.pairs, localities: bundle.localities, visible, filtered, selection }),
    [bundle, visible, filtered, selection],
  );

  const [webglAvailable] = useState(hasWebGL);
  const [stage, setStage] = useState<Stage>('svg');
  const stageRef = useRef<Stage | 'failed'>('svg');
  const [WebGL, setWebGL] = useState<ComponentType<WebGLMapProps> | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(webglAvailable ? null : 'map.notice.no-webgl');
  const [upgradeFailed, setUpgradeFailed] = useState(false);
  const backToSvgRef = useRef<(reason: MessageKey) => void>(() => {});
  const [base, setBase] = useState<Camera | null>(null);
  const [camera, setCamera] = useState<Camera | null>(null);
  const [webglProjector, setWebglProjector] = useState<Projector | null>(null);
  const [pointer, setPointer] = useState<{ hit: Hit; x: number; y: number } | null>(null);
  const [focusedHandle, setFocusedHandle] = useState<ArcHandle | null>(null);
  const userMoved = useRef(false);
  const pendingZoom = useRef(0);
  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  /** In an embed a bare wheel scrolls the article; tell how to zoom, as MapLibre's hint does. */
  const showHint = useCallback(() => {
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), 1500);
  }, []);

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
  const projector = stage === 'webgl' && webglProjector ? webglProjector : svgProjector;
  const projectorRef = useRef(projector);
  useLayoutEffect(() => {
    projectorRef.current = projector;
  }, [projector]);

  // 2. Each selection is framed inside the unoccluded part of the map.
  const selectionKey = selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`;
  const ready = Boolean(geo && size && camera);
  useEffect(() => {
    const el = containerRef.current;
    const active = projectorRef.current;
    if (!el || !size || !ready || !active || !selectionKey) return;
    const target = selectionCamera(el, size, bundle, useStore.getState().selection);
    if (target) active.go(target, true);
  }, [selectionKey, ready, size, bundle]);

  // 3. The upgrade to MapLibre.
  const upgrade = useCallback(() => {
    if (!webglAvailable || stageRef.current !== 'svg') return;
    stageRef.current = 'loading';
    setStage('loading');
    loadWebGL()
      .then((component) => setWebGL(() => component))
      .catch((error: unknown) => {
        console.warn('[map] the interactive map could not load', error);
        stageRef.current = 'failed';
        setStage('svg');
        setUpgradeFailed(true);
      });
  }, [webglAvailable]);
  const retryUpgrade = useCallback(() => {
    setUpgradeFailed(false);
    stageRef.current = 'svg';
    upgrade();
  }, [upgrade]);

  // A worker that never starts (blocked, or served with the wrong type) leaves MapLibre without a
  // first frame: after a generous wait the SVG map stays, and says so.
  useEffect(() => {
    if (!WebGL || stage !== 'loading') return;
    const timer = window.setTimeout(() => {
      if (stageRef.current === 'loading') backToSvgRef.current('failure.worker');
    }, WORKER_START_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [WebGL, stage]);

  // Once the full app's first view is up, fetch the panels' texts (summaries, sources) while the
  // reader looks: not before, where they would slow the first view. The embed waits for intent.
  useEffect(() => {
    if (!ready || embed) return;
    const timer = window.setTimeout(() => void loadDetails().catch(() => undefined), 0);
    return () => window.clearTimeout(timer);
  }, [ready, embed]);

  const listShown = useStore((s) => s.view === 'list');
  useEffect(() => {
    if (!ready || embed || !webglAvailable || listShown) return;
    // The full app also loads MapLibre once the first view is up and the page has been idle a
    // while (its start-up is one long task), never while the list covers the map.
    let idleId = 0;
    const timer = window.setTimeout(() => {
      idleId = window.requestIdleCallback ? window.requestIdleCallback(() => upgrade(), { timeout: 3000 }) : window.setTimeout(upgrade, 0);
    }, IDLE_UPGRADE_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (idleId) (window.cancelIdleCallback ?? window.clearTimeout)(idleId);
    };
  }, [ready, embed, webglAvailable, listShown, upgrade]);

  const cameraRef = useRef(camera);
  useLayoutEffect(() => {
    cameraRef.current = camera;
  }, [camera]);

  const onReady = useCallback((p: Projector) => {
    // A selection made while MapLibre loaded moved the SVG camera: start exactly there.
    const shown = cameraRef.current;
    if (shown) p.go(shown, false);
    stageRef.current = 'webgl';
    setWebglProjector(p);
    setStage('webgl');
    if (pendingZoom.current) {
      const c = p.camera();
      p.go({ ...c, zoom: c.zoom + pendingZoom.current }, true);
      pendingZoom.current = 0;
    }
  }, []);

  const backToSvg = useCallback((reason: MessageKey) => {
    const last = projectorRef.current?.camera();
    stageRef.current = 'failed';
    setWebGL(null);
    setWebglProjector(null);
    setStage('svg');
    if (last) setCamera(last);
    setNotice(reason);
  }, []);
  useLayoutEffect(() => {
    backToSvgRef.current = backToSvg;
  }, [backToSvg]);

  // Intent on the SVG map: wheel (ctrl/⌘ in an embed, where a bare wheel scrolls the page), a
  // drag, a pinch, keyboard focus on the map surface.
  const drag = useRef<{ x: number; y: number } | null>(null);
  const intentHandlers =
    stage === 'webgl'
      ? {}
      : {
          onWheel: (event: React.WheelEvent) => {
            if (!embed || event.ctrlKey || event.metaKey) upgrade();
            else showHint();
          },
          onPointerDown: (event: React.PointerEvent) => {
            drag.current = { x: event.clientX, y: event.clientY };
          },
          onPointerMove: (event: React.PointerEvent) => {
            if (drag.current && Math.hypot(event.clientX - drag.current.x, event.clientY - drag.current.y) > 6) upgrade();
          },
          onPointerUp: () => {
            drag.current = null;
          },
          onTouchStart: (event: React.TouchEvent) => {
            if (event.touches.length > 1) upgrade();
          },
        };

  // 4. Picks and hovers, the same for both renderers.
  const onPick = useCallback((hit: Hit | null) => {
    if (!hit) return clearSelection();
    if (hit.kind === 'locality') return selectLocality(hit.id);
    if (hit.kind === 'pair') return selectPair(hit.id);
    // An overview arc opens its unit–prefecture set: its documents are drawn one by one and the
    // first is shown in the panel.
    const first = model.stats.get(hit.id)?.pairIds[0];
    if (first) selectPair(first);
  }, [model]);
  const onHover = useCallback((hit: Hit | null, clientX: number, clientY: number) => {
    const origin = containerRef.current?.getBoundingClientRect();
    setPointer(hit && origin ? { hit, x: clientX - origin.left, y: clientY - origin.top } : null);
  }, []);
  const hovered: Hit | null = pointer?.hit ?? (focusedHandle ? { kind: focusedHandle.kind, id: focusedHandle.id } : null);

  const tooltip = useMemo<Tooltip | null>(() => {
    // A focused overview handle lists its documents too, next to the arc's midpoint.
    const focusedGroup = !pointer && focusedHandle?.kind === 'group' && projector ? focusedHandle : null;
    const hit = pointer?.hit ?? (focusedGroup ? { kind: 'group' as const, id: focusedGroup.id } : null);
    if (!hit) return null;
    const [fx = 0, fy = 0] = focusedGroup && projector ? projector.project(focusedGroup.mid) : [];
    const at = pointer ? { x: pointer.x, y: pointer.y } : { x: fx + 8, y: fy + 28 };
    if (hit.kind === 'group') {
      const stats = model.stats.get(hit.id);
      const group = model.groups.find((g) => g.id === hit.id);
      if (!stats || !group) return null;
      return { ...at, title: groupName(group.vnId, group.jpId, stats.count, localityById, lang), lines: groupDocumentLines(stats.pairIds, pairById, localityById, lang) };
    }
    if (hit.kind === 'pair') {
      const pair = pairById.get(hit.id);
      return pair ? { ...at, title: pairLabel(pair, localityById, lang), lines: [] } : null;
    }
    return null;
  }, [pointer, focusedHandle, projector, model, lang, localityById, pairById]);

  // 5. Labels and focusable handles (documents of the selection, then the overview arcs).
  const entries = useMemo(() => (geo ? labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang) : []), [geo, lang, bundle]);
  const fixed = useMemo<FixedLabel[]>(() => ISLAND_LABELS.map((i) => ({ id: i.id, text: t(lang, i.key), point: i.point })), [lang]);
  const handles = useMemo<ArcHandle[]>(() => {
    const h = model.highlight;
    const docs: ArcHandle[] = model.documents.map((pair) => ({
      id: pair.id,
      kind: 'pair',
      name: pairLabel(pair, localityById, lang),
      mid: arcMidpoint(model.documentLines.get(pair.id) ?? [pair.from, pair.to]),
      pressed: h.pairId === pair.id,
      onActivate: () => selectPair(pair.id),
    }));
    const groups: ArcHandle[] = model.groups.flatMap((g) => {
      const stats = model.stats.get(g.id);
      if (!stats || model.opened.has(g.id)) return [];
      return [{ id: g.id, kind: 'group', name: groupName(g.vnId, g.jpId, stats.count, localityById, lang), mid: g.mid, pressed: false, onActivate: () => onPick({ kind: 'group', id: g.id }) }];
    });
    return [...docs, ...groups];
  }, [model, lang, onPick, localityById]);
  const boosted = useMemo(() => {
    const ids = new Set(model.highlight.selectedLocalities);
    for (const pair of model.documents) [pair.vnId, pair.jpId].forEach((x) => ids.add(x));
    return ids;
  }, [model]);

  const resetView = useCallback(() => {
    const el = containerRef.current;
    if (!el || !size) return;
    userMoved.current = false;
    projectorRef.current?.go(overviewCamera(el, size), true);
  }, [size]);
  const onZoom = useCallback(
    (delta: 1 | -1) => {
      const active = projectorRef.current;
      if (stageRef.current === 'webgl' && active) {
        const c = active.camera();
        active.go({ ...c, zoom: c.zoom + delta }, true);
        return;
      }
      pendingZoom.current += delta;
      upgrade();
    },
    [upgrade],
  );

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
      data-documents-drawn={ready ? String(model.documents.length) : '0'}
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
        {...intentHandlers}
      >
        {WebGL && geo && camera && (
          <div className="map-layer map-layer--webgl">
            <MapErrorBoundary fallback={null} onError={() => backToSvg('map.notice.crashed')}>
              <WebGL
                geo={geo}
                model={model}
                pairs={bundle.pairs}
                localities={bundle.localities}
                counts={counts}
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
        {stage !== 'webgl' && geo && size && base && camera && (
          <div className="map-layer map-layer--svg">
            <SvgFirstView
              geo={geo}
              model={model}
              counts={counts}
              municipalities={municipalities}
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
      {hint && stage !== 'webgl' && (
        <div className="map-gesture-hint" data-testid="map:gesture-hint" aria-hidden="true">
          {gestureLocale(lang)[/Mac|iPhone|iPad/.test(navigator.platform) ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText']}
        </div>
      )}
      <MapControls lang={lang} premerger={premerger} onReset={resetView} onZoom={onZoom} />
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
      <Legend lang={lang} flavour={flavour} defaultOpen={typeof window === 'undefined' || window.innerWidth >= 768} />
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
