/**
 * Strokes the overview's aggregated arcs on a 2D context: the same code on the page's thread and
 * in the arcs worker (./overview-arcs.worker.ts), so both draw the same pixels.
 */

/** How one arc is stroked; its path is looked up by id. Widths and dashes in screen pixels. */
export interface ArcStroke {
  id: string;
  color: string;
  width: number;
  opacity: number;
  /** Null for a solid arc (at least one signed document). */
  dash: readonly number[] | null;
}

/** One aggregated arc as drawn: its stroke, its document count and its path in base-camera pixels. */
export interface OverviewArc extends ArcStroke {
  count: number;
  d: string;
}

/** The camera group's transform (translate, then scale k) from base-camera pixels to the screen. */
export interface ArcTransform {
  x: number;
  y: number;
  k: number;
}

/** What one frame of the arcs layer needs: the canvas's backing size is CSS size × dpr. */
export interface ArcFrame<A extends ArcStroke = ArcStroke> {
  arcs: readonly A[];
  transform: ArcTransform;
  dpr: number;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

// Parsing a path's text is most of a Path2D's cost, and a filter redraws the same arcs: keep them.
const parsed = new Map<string, Path2D>();
export function pathFromText(d: string): Path2D {
  let path = parsed.get(d);
  if (!path) {
    if (parsed.size > 4096) parsed.clear();
    path = new Path2D(d);
    parsed.set(d, path);
  }
  return path;
}

export function drawArcs<A extends ArcStroke>(context: Context2D, { arcs, transform, dpr }: ArcFrame<A>, pathOf: (arc: A) => Path2D | undefined): void {
  const { x, y, k } = transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  for (const arc of arcs) {
    const path = pathOf(arc);
    if (!path) continue;
    // Widths and dashes are screen pixels (the SVG's non-scaling stroke), so undo the camera's k.
    context.globalAlpha = arc.opacity;
    context.strokeStyle = arc.color;
    context.lineWidth = arc.width / k;
    context.lineCap = arc.dash ? 'butt' : 'round';
    context.setLineDash(arc.dash ? arc.dash.map((v) => v / k) : []);
    context.stroke(path);
  }
}
