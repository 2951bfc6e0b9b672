import type { LonLat } from '../geo/arcs';

/**
 * The camera both renderers share, in MapLibre's own terms (centre and zoom over 512 px Web
 * Mercator tiles), so the SVG first view can draw exactly what MapLibre will open with and the
 * handover moves nothing. Pure: no DOM, no MapLibre.
 */

export interface Camera {
  center: LonLat;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** MapLibre's tile size: at zoom z the world is 512·2^z pixels wide. */
const TILE_SIZE = 512;

const MAX_LAT = 85.051129;

/** Web Mercator, as fractions of the world (0..1 from the antimeridian west and from the north). */
export function mercator([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

function unmercator([x, y]: [number, number]): LonLat {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

export interface FitOptions {
  padding?: Padding;
  maxZoom?: number;
  minZoom?: number;
}

/** The camera that fits west-south-east-north bounds inside the padded viewport (MapLibre's fitBounds, bearing 0). */
export function fitCamera(bounds: [[number, number], [number, number]], size: Size, options: FitOptions = {}): Camera {
  const padding = options.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  const availableWidth = Math.max(1, size.width - padding.left - padding.right);
  const availableHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const spanX = Math.max(1e-9, (x1 - x0) * TILE_SIZE);
  const spanY = Math.max(1e-9, (y1 - y0) * TILE_SIZE);
  let zoom = Math.log2(Math.min(availableWidth / spanX, availableHeight / spanY));
  zoom = Math.min(options.maxZoom ?? Infinity, Math.max(options.minZoom ?? -Infinity, zoom));
  const world = worldSize(zoom);
  // The bounds' centre sits at the centre of the padded box, not of the viewport.
  const offsetX = (padding.left - padding.right) / 2;
  const offsetY = (padding.top - padding.bottom) / 2;
  const cx = ((x0 + x1) / 2) * world - offsetX;
  const cy = ((y0 + y1) / 2) * world - offsetY;
  return { center: unmercator([cx / world, cy / world]), zoom };
}

/** Screen position (px from the viewport's top left) of a point under a camera. */
export function cameraProjector(camera: Camera, size: Size): (point: LonLat) => [number, number] {
  const world = worldSize(camera.zoom);
  const [mx, my] = mercator(camera.center);
  const cx = mx * world - size.width / 2;
  const cy = my * world - size.height / 2;
  return (point) => {
    const [x, y] = mercator(point);
    return [x * world - cx, y * world - cy];
  };
}

/** Scale and translation of d3's `geoMercator` that reproduce a camera (for the SVG map). */
export function mercatorTransform(camera: Camera, size: Size): { scale: number; translate: [number, number] } {
  const world = worldSize(camera.zoom);
  const [mx, my] = mercator(camera.center);
  return {
    scale: world / (2 * Math.PI),
    translate: [world / 2 - mx * world + size.width / 2, world / 2 - my * world + size.height / 2],
  };
}

/**
 * The SVG transform that moves what was drawn under camera `from` to where camera `to` puts it
 * (Web Mercator at two zooms differs by a scale and a shift), so paths are projected once.
 */
export function cameraTransform(from: Camera, to: Camera, size: Size): { k: number; x: number; y: number } {
  const k = 2 ** (to.zoom - from.zoom);
  const [fx, fy] = mercator(from.center);
  const [tx, ty] = mercator(to.center);
  const fromWorld = worldSize(from.zoom);
  const toWorld = worldSize(to.zoom);
  return {
    k,
    x: k * (fx * fromWorld - size.width / 2) - tx * toWorld + size.width / 2,
    y: k * (fy * fromWorld - size.height / 2) - ty * toWorld + size.height / 2,
  };
}

/** Padding around fitted bounds: tighter on phones. */
export function cameraPadding(width: number): number {
  return width < 480 ? 12 : width < 1024 ? 24 : 40;
}

/**
 * How far each edge must be pushed in so that no obstacle (controls, legend, toggles, a side
 * sheet) covers the framed area: each obstacle is cut off along its cheapest side. `base` is
 * added on every side; at least a third of the map always stays.
 */
export function unoccludedPadding(box: Rect, obstacles: readonly Rect[], base: number): Padding {
  const cut: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of obstacles) {
    const overlapX = Math.min(o.right, box.right) - Math.max(o.left, box.left);
    const overlapY = Math.min(o.bottom, box.bottom) - Math.max(o.top, box.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    const options: [keyof Padding, number][] = [
      ['top', o.bottom - box.top],
      ['bottom', box.bottom - o.top],
      ['left', o.right - box.left],
      ['right', box.right - o.left],
    ];
    const [side, amount] = options.reduce((best, next) => (next[1] < best[1] ? next : best));
    cut[side] = Math.max(cut[side], amount);
  }
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const limit = (a: number, b: number, span: number) => {
    const room = Math.max(0, span * (2 / 3) - base * 2);
    const total = a + b;
    return total <= room ? [a, b] : [(a / total) * room, (b / total) * room];
  };
  const [top = 0, bottom = 0] = limit(cut.top, cut.bottom, height);
  const [left = 0, right = 0] = limit(cut.left, cut.right, width);
  return { top: base + top, right: base + right, bottom: base + bottom, left: base + left };
}

/** West-south-east-north bounds of some points, or null for none. */
export function boundsOfPoints(points: readonly LonLat[]): [[number, number], [number, number]] | null {
  if (!points.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The camera MapLibre actually shows: the centre is pulled in so the viewport never goes past
 * the poles. Longitude is free: the WebGL map renders world copies, because at the opening zoom
 * a wide viewport reaches 190° E, and clamping there would push both countries off centre.
 */
export function constrainCamera(camera: Camera, size: Size): Camera {
  const world = worldSize(camera.zoom);
  const [x, yy] = mercator(camera.center).map((v) => v * world) as [number, number];
  const clamp = (value: number, span: number) => (world <= span ? world / 2 : Math.min(world - span / 2, Math.max(span / 2, value)));
  const y = clamp(yy, size.height);
  return { center: unmercator([x / world, y / world]), zoom: camera.zoom };
}
