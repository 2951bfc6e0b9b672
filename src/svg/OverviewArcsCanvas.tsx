import { useLayoutEffect, useRef } from 'react';
import type { Size } from '../view/camera';

/** One aggregated arc as drawn: path in base-camera pixels, widths and dashes in screen pixels. */
export interface OverviewArc {
  id: string;
  count: number;
  d: string;
  color: string;
  width: number;
  opacity: number;
  /** Null for a solid arc (at least one signed document). */
  dash: readonly number[] | null;
}

interface Props {
  arcs: readonly OverviewArc[];
  size: Size;
  /** The camera group's transform (translate, then scale k) from base-camera pixels to the screen. */
  transform: { x: number; y: number; k: number };
}

// Parsing a path's text is most of a Path2D's cost, and a filter redraws the same arcs: keep them.
const parsed = new Map<string, Path2D>();
function path2d(d: string): Path2D {
  let path = parsed.get(d);
  if (!path) {
    if (parsed.size > 4096) parsed.clear();
    path = new Path2D(d);
    parsed.set(d, path);
  }
  return path;
}

/**
 * The overview's aggregated arcs on one 2D canvas. As SVG paths, every filter re-rasterised the
 * overlay tile by tile, stroking each long dashed arc once per tile it crosses; the canvas strokes
 * each arc once (input → paint of a chip, real data: 56 → 40 ms p50). The pointer and the keyboard
 * reach the arcs through the SVG hit strokes and the DOM handles, not through this canvas.
 */
export function OverviewArcsCanvas({ arcs, size, transform }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const { x, y, k } = transform;
  useLayoutEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    context.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    for (const arc of arcs) {
      // Widths and dashes are screen pixels (the SVG's non-scaling stroke), so undo the camera's k.
      context.globalAlpha = arc.opacity;
      context.strokeStyle = arc.color;
      context.lineWidth = arc.width / k;
      context.lineCap = arc.dash ? 'butt' : 'round';
      context.setLineDash(arc.dash ? arc.dash.map((v) => v / k) : []);
      context.stroke(path2d(arc.d));
    }
  }, [arcs, x, y, k, dpr, size.width, size.height]);
  return (
    <canvas
      ref={ref}
      className="svg-first-view__arcs"
      width={Math.round(size.width * dpr)}
      height={Math.round(size.height * dpr)}
      data-layer="groups"
      data-arc-count={arcs.length}
    />
  );
}
