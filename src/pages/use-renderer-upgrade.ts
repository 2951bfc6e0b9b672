import { useCallback, useEffect, useReducer, type ComponentType } from 'react';
import type { MessageKey } from '../i18n';
import type { Camera } from '../view/camera';
import type { Projector } from '../view/projector';
import type { WebGLMapProps } from '../map/WebGLMap';
import { initialUpgradeState, upgradeReducer } from './upgrade-reducer';

export type { Stage } from './upgrade-reducer';

/** How long MapLibre may take to draw its first frame before we call its worker broken (software WebGL is slow). */
const WORKER_START_TIMEOUT_MS = 30000;

/** MapLibre, react-map-gl and the worker: only ever reached through this dynamic import. */
const loadWebGL = () => import('../map/WebGLMap').then((m) => m.default as ComponentType<WebGLMapProps>);

export interface UpgradeOptions {
  /** Null until known (asked at a quiet moment after the first view, or by `askWebGL`). */
  webglAvailable: boolean | null;
  /** Answers whether WebGL works now: an intent that comes before the answer asks for it. */
  askWebGL: () => boolean;
  /** The SVG map's camera now: MapLibre starts exactly there. */
  svgCamera: Camera | null;
  /** The SVG map's projector, the active one until the handover. */
  svgProjector: Projector | null;
  /** Moves the SVG map's camera (and puts it back where MapLibre left it, when falling back). */
  setSvgCamera: (camera: Camera) => void;
}

/**
 * The SVG → MapLibre upgrade (the state machine is ./upgrade-reducer.ts): loads MapLibre's chunk
 * on `upgrade()`, the reader's intent only (loaded on idle, its start-up blocked a phone's page for
 * seconds, for readers who mostly never pan); hands over at its first frame (`onReady`), falls back
 * to the SVG map when the chunk, the worker or the map fails, and keeps a +/− pressed during the
 * load for after the handover.
 */
export function useRendererUpgrade({ webglAvailable, askWebGL, svgCamera, svgProjector, setSvgCamera }: UpgradeOptions) {
  const [state, dispatch] = useReducer(upgradeReducer, webglAvailable, initialUpgradeState);
  const { stage, attempt, WebGL, webglProjector, pendingZoom } = state;
  const projector = stage === 'webgl' && webglProjector ? webglProjector : svgProjector;

  useEffect(() => {
    if (webglAvailable !== null) dispatch({ type: 'webgl-support', available: webglAvailable });
  }, [webglAvailable]);

  // An intent before the support is known asks for it first (the reducer would drop it otherwise).
  const knowSupport = useCallback(() => {
    if (webglAvailable === null) dispatch({ type: 'webgl-support', available: askWebGL() });
  }, [webglAvailable, askWebGL]);
  const upgrade = useCallback(() => {
    knowSupport();
    dispatch({ type: 'intent' });
  }, [knowSupport]);
  const retryUpgrade = useCallback(() => dispatch({ type: 'retry' }), []);
  const setNotice = useCallback((notice: MessageKey | null) => dispatch({ type: 'notice', notice }), []);

  // Each attempt loads the chunk once; a missing chunk (404, offline) goes straight back to the
  // SVG map with its message and Try again.
  const loading = stage === 'loading' && !WebGL;
  useEffect(() => {
    if (!loading) return;
    loadWebGL()
      .then((component) => dispatch({ type: 'loaded', attempt, WebGL: component }))
      .catch((error: unknown) => {
        console.warn('[map] the interactive map could not load', error);
        dispatch({ type: 'load-failed', attempt });
      });
  }, [loading, attempt]);

  const backToSvg = useCallback(
    (reason: MessageKey) => {
      const last = webglProjector?.camera();
      if (last) setSvgCamera(last);
      dispatch({ type: 'fallback', reason });
    },
    [webglProjector, setSvgCamera],
  );

  // A worker that never starts (blocked, or served with the wrong type) leaves MapLibre without a
  // first frame: after a generous wait the SVG map stays, and says so.
  useEffect(() => {
    if (!WebGL || stage !== 'loading') return;
    const timer = window.setTimeout(() => dispatch({ type: 'fallback', reason: 'failure.worker' }), WORKER_START_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [WebGL, stage]);

  // Called by the WebGL map through its latest props, so reading the camera now is safe.
  const onReady = useCallback(
    (p: Projector) => {
      // A selection made while MapLibre loaded moved the SVG camera: start exactly there.
      if (svgCamera) p.go(svgCamera, false);
      if (pendingZoom) {
        const c = p.camera();
        p.go({ ...c, zoom: c.zoom + pendingZoom }, true);
      }
      dispatch({ type: 'ready', projector: p });
    },
    [svgCamera, pendingZoom],
  );

  /** +/−: zooms MapLibre, or on the SVG map asks for MapLibre and zooms once it is there. */
  const zoomBy = useCallback(
    (delta: 1 | -1) => {
      if (stage === 'webgl' && webglProjector) {
        const c = webglProjector.camera();
        webglProjector.go({ ...c, zoom: c.zoom + delta }, true);
      } else {
        knowSupport();
        dispatch({ type: 'zoom-intent', delta });
      }
    },
    [stage, webglProjector, knowSupport],
  );

  /** Moves whichever map is drawn; changes identity only at the handover, not on every camera move. */
  const goTo = useCallback(
    (camera: Camera, animate: boolean) => {
      if (stage === 'webgl' && webglProjector) webglProjector.go(camera, animate);
      else setSvgCamera(camera);
    },
    [stage, webglProjector, setSvgCamera],
  );

  return {
    projector,
    goTo,
    stage,
    WebGL,
    notice: state.notice,
    setNotice,
    upgradeFailed: state.chunkFailed,
    upgrade,
    retryUpgrade,
    backToSvg,
    onReady,
    zoomBy,
  };
}
