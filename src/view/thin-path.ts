import { geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';

/**
 * A projected stream that drops each vertex closer than `minDistance` pixels to the last one it
 * kept, always keeping a line's first and last vertex. Boundaries hold far more vertices than a
 * screen can show; a software rasteriser pays for every one of them on every repaint.
 */
function thinStream(output: GeoStream, minDistance: number): GeoStream {
  const min2 = minDistance * minDistance;
  let kept = 0;
  let lastX = 0;
  let lastY = 0;
  // The last dropped vertex, as two numbers and a flag: most vertices are dropped, and an array
  // per dropped vertex was a good part of the first view's garbage collection.
  let pending = false;
  let pendingX = 0;
  let pendingY = 0;
  return {
    point(x, y) {
      const dx = x - lastX;
      const dy = y - lastY;
      if (kept === 0 || dx * dx + dy * dy >= min2) {
        output.point(x, y);
        lastX = x;
        lastY = y;
        kept += 1;
        pending = false;
      } else {
        pending = true;
        pendingX = x;
        pendingY = y;
      }
    },
    lineStart() {
      kept = 0;
      pending = false;
      output.lineStart();
    },
    lineEnd() {
      if (pending) output.point(pendingX, pendingY);
      pending = false;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/** `geoPath(projection)`, with vertices thinned to about `minDistance` pixels (half a pixel by default). */
export function thinPath(projection: Pick<GeoProjection, 'stream'>, minDistance = 0.5): GeoPath<unknown, GeoPermissibleObjects> {
  return geoPath({ stream: (output) => projection.stream(thinStream(output, minDistance)) });
}
