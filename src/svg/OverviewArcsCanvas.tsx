import { useLayoutEffect, useRef, useState } from 'react';
import type { Size } from '../view/camera';
import { drawArcs, pathFromText, type ArcStroke, type ArcTransform, type OverviewArc } from './draw-arcs';
import type { ArcsWorkerMessage } from './overview-arcs.worker';

interface Props {
  arcs: readonly OverviewArc[];
  size: Size;
  transform: ArcTransform;
  /**
   * Draw in a worker when the browser can hand a canvas to one. Off in the embed, whose first
   * view starts no worker at all (issue #11), so it draws on the page's thread as before.
   */
  offThread: boolean;
  /** Under the list view nobody sees the map: no frame is drawn until it shows again. */
  covered: boolean;
}

/** A worker and the canvas it draws on, once handed over. */
interface ArcsWorker {
  worker: Worker;
  /** The path text the worker holds, by arc id: a frame sends only what differs. */
  sent: Map<string, string>;
}

function post({ worker }: ArcsWorker, message: ArcsWorkerMessage, transfer: Transferable[] = []): void {
  worker.postMessage(message, transfer);
}

function canDrawOffThread(): boolean {
  return typeof Worker === 'function' && typeof HTMLCanvasElement !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
}

// A canvas can be handed over only once; StrictMode's second mount finds it here.
const handedOver = new WeakMap<HTMLCanvasElement, ArcsWorker>();

/**
 * Hands `canvas` to a new arcs worker. Null, or `onFail` later (the worker's script did not
 * load, e.g. served with the wrong type), when that did not work: the canvas may already be
 * handed over then, so the page must draw on a new one.
 */
function handOver(canvas: HTMLCanvasElement, onFail: () => void): ArcsWorker | null {
  const known = handedOver.get(canvas);
  if (known) return known;
  try {
    const offscreen = canvas.transferControlToOffscreen();
    const worker = new Worker(new URL('./overview-arcs.worker.ts', import.meta.url), { type: 'module', name: 'overview-arcs' });
    const handle: ArcsWorker = { worker, sent: new Map() };
    worker.addEventListener('error', () => {
      console.warn('[map] the arcs worker did not start: drawing the arcs on the page');
      worker.terminate();
      handedOver.delete(canvas);
      onFail();
    });
    post(handle, { canvas: offscreen }, [offscreen]);
    handedOver.set(canvas, handle);
    return handle;
  } catch (error) {
    console.warn('[map] drawing the arcs on the page instead of a worker', error);
    return null;
  }
}

/**
 * The overview's aggregated arcs on one 2D canvas. As SVG paths, every filter re-rasterised the
 * overlay tile by tile, stroking each long dashed arc once per tile it crosses; the canvas strokes
 * each arc once, and in the full app a worker does it, beside the page's thread. The pointer and
 * the keyboard reach the arcs through the SVG hit strokes and the DOM handles, not this canvas.
 */
export function OverviewArcsCanvas({ arcs, size, transform, offThread, covered }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  // A canvas handed to a worker cannot be drawn on here again: falling back to the page means a
  // new canvas (the key below).
  const [drawer, setDrawer] = useState<'worker' | 'page'>(() => (offThread && canDrawOffThread() ? 'worker' : 'page'));
  const worker = useRef<ArcsWorker | null>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const width = Math.round(size.width * dpr);
  const height = Math.round(size.height * dpr);
  const { x, y, k } = transform;

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (drawer !== 'worker' || !canvas) return;
    const toPage = () => setDrawer('page');
    worker.current = handOver(canvas, toPage);
    if (!worker.current) toPage();
    return () => {
      worker.current = null;
      // StrictMode unmounts and mounts again with the same canvas: stop the worker only when the
      // canvas has really left the page.
      queueMicrotask(() => {
        if (canvas.isConnected) return;
        handedOver.get(canvas)?.worker.terminate();
        handedOver.delete(canvas);
      });
    };
  }, [drawer]);

  useLayoutEffect(() => {
    if (covered) return;
    const handle = worker.current;
    if (handle) {
      // Only the strokes cross over each time, and a path's text only when the worker lacks it.
      const paths: [string, string][] = [];
      const strokes: ArcStroke[] = arcs.map(({ id, d, color, width: w, opacity, dash }) => {
        if (handle.sent.get(id) !== d) {
          handle.sent.set(id, d);
          paths.push([id, d]);
        }
        return { id, color, width: w, opacity, dash };
      });
      post(handle, { width, height, paths, frame: { arcs: strokes, transform: { x, y, k }, dpr } });
      return;
    }
    // No worker yet for a worker's canvas: the hand-over failed and a page canvas is on its way.
    if (drawer === 'worker') return;
    const context = ref.current?.getContext('2d');
    if (context) drawArcs(context, { arcs, transform: { x, y, k }, dpr }, (arc) => pathFromText(arc.d));
  }, [arcs, x, y, k, dpr, width, height, covered, drawer]);

  return (
    <canvas
      key={drawer}
      ref={ref}
      className="svg-first-view__arcs"
      // Once handed to the worker, the canvas's size is the worker's to set.
      {...(drawer === 'worker' ? {} : { width, height })}
      data-layer="groups"
      data-arc-count={arcs.length}
      data-drawn-by={drawer}
    />
  );
}
