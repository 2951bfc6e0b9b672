import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import type { MessageKey } from '../i18n';
import type { Camera } from '../view/camera';
import type { Projector } from '../view/projector';
import type { WebGLMapProps } from '../map/WebGLMap';

/** `svg`: the first view; `loading`: MapLibre is on its way (the SVG still shows); `webgl`: handed over. */
export type Stage = 'svg' | 'loading' | 'webgl';

/** How long the full app's first view, and the reader, stay quiet before MapLibre loads without an intent. */
const IDLE_UPGRADE_DELAY_MS = 2500;

/** How long MapLibre may take to draw its first frame before we call its worker broken (software WebGL is slow). */
const WORKER_START_TIMEOUT_MS = 30000;

/** MapLibre, react-map-gl and the worker: only ever reached through this dynamic import. */
const loadWebGL = () => import('../map/WebGLMap').then((m) => m.default as ComponentType<WebGLMapProps>);

export interface UpgradeOptions {
  webglAvailable: boolean;
  /** Load MapLibre on idle, without an intent (the full app once its first view is up; never the embed). */
  upgradeOnIdle: boolean;
  /** The SVG map's camera now: MapLibre starts exactly there. */
  svgCamera: Camera | null;
  /** The SVG map's projector, the active one until the handover. */
  svgProjector: Projector | null;
  /** Puts the SVG map's camera back where MapLibre left it, when falling back. */
  setSvgCamera: (camera: Camera) => void;
}

/**
 * The SVG → MapLibre state machine: loads MapLibre's chunk on `upgrade()` (or on idle), hands
 * over at its first frame (`onReady`), falls back to the SVG map with a notice when the chunk,
 * the worker or the map fails, and keeps a +/− pressed during the load for after the handover.
 */
export function useRendererUpgrade({ webglAvailable, upgradeOnIdle, svgCamera, svgProjector, setSvgCamera }: UpgradeOptions) {
  const [stage, setStage] = useState<Stage>('svg');
  const stageRef = useRef<Stage | 'failed'>('svg');
  const [WebGL, setWebGL] = useState<ComponentType<WebGLMapProps> | null>(null);
  const [webglProjector, setWebglProjector] = useState<Projector | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(webglAvailable ? null : 'map.notice.no-webgl');
  const [upgradeFailed, setUpgradeFailed] = useState(false);
  const pendingZoom = useRef(0);
  const projector = stage === 'webgl' && webglProjector ? webglProjector : svgProjector;
  // Read by callbacks that must not change identity on every camera move.
  const shownCamera = useRef(svgCamera);
  const activeProjector = useRef(projector);
  useLayoutEffect(() => {
    shownCamera.current = svgCamera;
    activeProjector.current = projector;
  }, [svgCamera, projector]);

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

  const backToSvg = useCallback(
    (reason: MessageKey) => {
      const last = activeProjector.current?.camera();
      stageRef.current = 'failed';
      setWebGL(null);
      setWebglProjector(null);
      setStage('svg');
      if (last) setSvgCamera(last);
      setNotice(reason);
    },
    [setSvgCamera],
  );
  const backToSvgRef = useRef(backToSvg);
  useLayoutEffect(() => {
    backToSvgRef.current = backToSvg;
  }, [backToSvg]);

  // A worker that never starts (blocked, or served with the wrong type) leaves MapLibre without a
  // first frame: after a generous wait the SVG map stays, and says so.
  useEffect(() => {
    if (!WebGL || stage !== 'loading') return;
    const timer = window.setTimeout(() => {
      if (stageRef.current === 'loading') backToSvgRef.current('failure.worker');
    }, WORKER_START_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [WebGL, stage]);

  // On idle: the first view's start-up is one long task, so wait for a quiet page first; and a
  // reader who is clicking or typing is not idle: loading MapLibre then would stall their next
  // inputs (a bench series met it as its slowest inputs), so each input starts the wait again.
  useEffect(() => {
    if (!upgradeOnIdle || !webglAvailable) return;
    let idleId = 0;
    let timer = 0;
    const wait = () => {
      if (stageRef.current !== 'svg') return;
      window.clearTimeout(timer);
      if (idleId) (window.cancelIdleCallback ?? window.clearTimeout)(idleId);
      idleId = 0;
      timer = window.setTimeout(() => {
        idleId = window.requestIdleCallback ? window.requestIdleCallback(() => upgrade(), { timeout: 3000 }) : window.setTimeout(upgrade, 0);
      }, IDLE_UPGRADE_DELAY_MS);
    };
    const inputs = ['pointerdown', 'keydown'] as const;
    for (const type of inputs) window.addEventListener(type, wait, { capture: true, passive: true });
    wait();
    return () => {
      for (const type of inputs) window.removeEventListener(type, wait, { capture: true });
      window.clearTimeout(timer);
      if (idleId) (window.cancelIdleCallback ?? window.clearTimeout)(idleId);
    };
  }, [upgradeOnIdle, webglAvailable, upgrade]);

  const onReady = useCallback(
    (p: Projector) => {
      // A selection made while MapLibre loaded moved the SVG camera: start exactly there.
      const shown = shownCamera.current;
      if (shown) p.go(shown, false);
      stageRef.current = 'webgl';
      setWebglProjector(p);
      setStage('webgl');
      if (pendingZoom.current) {
        const c = p.camera();
        p.go({ ...c, zoom: c.zoom + pendingZoom.current }, true);
        pendingZoom.current = 0;
      }
    },
    [],
  );

  /** +/−: zooms MapLibre, or on the SVG map asks for MapLibre and zooms once it is there. */
  const zoomBy = useCallback(
    (delta: 1 | -1) => {
      const active = activeProjector.current;
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

  // `activeProjector` is returned for effects and callbacks that act on whichever map is drawn.
  return { projector, activeProjector, stage, WebGL, webglProjector, notice, setNotice, upgradeFailed, upgrade, retryUpgrade, backToSvg, onReady, zoomBy };
}
