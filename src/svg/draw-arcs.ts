/**
 * Strokes the overview's aggregated arcs on a 2D context: the same code on the page's thread and
 * in the arcs worker (./overview-arcs.worker.ts), so both draw the same pixels.
 */

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

/** The camera group's transform (translate, then scale k) from base-camera pixels to the screen. */
export interface ArcTransform {
  x: number;
  y: number;
  k: number;
}

/** What one frame of the arcs layer needs: the canvas's backing size is CSS size × dpr. */
export interface ArcFrame {
  arcs: readonly Pick<OverviewArc, 'd' | 'color' | 'width' | 'opacity' | 'dash'>[];
  transform: ArcTransform;
  dpr: number;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

// Parsing a path's text is most of a Path2D's cost, and a filter redraws the same arcs: keep them
// (one cache per thread).
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

export function drawArcs(context: Context2D, { arcs, transform, dpr }: ArcFrame): void {
  const { x, y, k } = transform;
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
}
