import { geoMercator } from 'd3-geo';
import { useMemo, type MouseEvent, type PointerEvent } from 'react';
import type { LonLat } from '../geo/arcs';
import { cameraTransform, mercatorTransform, type Camera, type Size } from '../view/camera';
import { flowStates, locationCircles } from '../view/flow-style';
import type { Flavour } from '../view/palette';
import type { Hit } from '../view/projector';
import { useMapModel } from '../view/use-map-model';
import { BaseLayers } from './BaseLayers';
import { worldTransform, type WorldPaths } from './world-paths';

export interface SvgFirstViewProps {
  /** The boundaries as path text in world units (./world-paths.ts). */
  world: WorldPaths;
  /** The reader zoomed in past the provinces threshold (the level's model comes from the data channel). */
  zoomedIn: boolean;
  /** Flow and circle size factor for this map's width (../view/flow-paint.ts `viewScale`). */
  scale: number;
  size: Size;
  /** The camera the paths are projected at (the opening view); others are an SVG transform of it. */
  base: Camera;
  camera: Camera;
  flavour: Flavour;
  premerger: boolean;
  hovered: Hit | null;
  onHover: (hit: Hit | null, x: number, y: number) => void;
  onPick: (hit: Hit | null) => void;
}

/**
 * A curve's path: its points projected and joined by straight segments. The curves are already
 * sampled densely (src/view/flows.ts), and the WebGL map joins the same points the same way.
 */
function polyline(project: (point: LonLat) => [number, number] | null, coordinates: readonly LonLat[]): string {
  let d = '';
  for (const point of coordinates) {
    const xy = project(point);
    if (!xy) continue;
    d += `${d ? 'L' : 'M'}${Math.round(xy[0] * 100) / 100},${Math.round(xy[1] * 100) / 100}`;
  }
  return d;
}

/**
 * The first view: the SVG map drawn with d3-geo in Web Mercator at exactly the camera MapLibre
 * opens with (src/view/camera.ts), so the WebGL map can take over without anything moving. At
 * most a few dozen flows are drawn at any level, so they are plain SVG paths. Shapes answer the
 * pointer; keyboard and screen readers use the shared DOM labels and handles.
 */
export function SvgFirstView(props: SvgFirstViewProps) {
  const { zoomedIn, scale, size, base, camera, flavour, hovered, onHover, onPick, world } = props;
  const model = useMapModel(zoomedIn);
  const projection = useMemo(() => {
    const { scale, translate } = mercatorTransform(base, size);
    return geoMercator().scale(scale).translate(translate);
  }, [base, size]);
  const { scene } = model;
  const paths = useMemo(() => new Map(scene.flows.map((f) => [f.id, polyline(projection, f.line)])), [scene, projection]);
  const transform = cameraTransform(base, camera, size);
  const h = model.highlight;
  const states = flowStates(model, hovered, flavour, scale);
  const circles = locationCircles(scene, hovered, flavour, scale);
  // Weakest first, so the strongest flows and their casings lie on top.
  const drawOrder = [...scene.flows].reverse();
  const k = transform.k;

  const cameraGroup = `translate(${transform.x} ${transform.y}) scale(${k})`;
  const toScreen = worldTransform(world.zoom, camera, size);
  const worldGroup = `translate(${toScreen.x} ${toScreen.y}) scale(${toScreen.k})`;
  const dimmed = h.matchedLocalities ? world.units.filter((u) => !h.matchedLocalities!.has(u.id)) : [];
  const outlined = world.units.filter((u) => h.selectedLocalities.has(u.id));
  const pointer = (hit: Hit) => ({
    onPointerEnter: (event: PointerEvent) => onHover(hit, event.clientX, event.clientY),
    onPointerMove: (event: PointerEvent) => onHover(hit, event.clientX, event.clientY),
    onPointerLeave: () => onHover(null, 0, 0),
    onClick: (event: MouseEvent) => {
      event.stopPropagation();
      onPick(hit);
    },
  });

  // Three stacked layers, each its own compositor layer (map.css): the base, rasterised once per
  // camera (without a GPU, repainting it costs seconds per frame); the veil and outlines of the
  // filter and the selection; the flows, their hit strokes and the circles.
  return (
    <div className="svg-map svg-first-view" aria-hidden="true" data-level={scene.level}>
      <svg className="svg-first-view__base" width={size.width} height={size.height} onClick={() => onPick(null)}>
        <rect width={size.width} height={size.height} fill={flavour.sea} data-layer="sea" />
        <g transform={worldGroup}>
          <BaseLayers paths={world} flavour={flavour} premerger={props.premerger} onPick={onPick} />
        </g>
      </svg>
      <svg className="svg-first-view__veil" width={size.width} height={size.height} pointerEvents="none">
        <g transform={worldGroup}>
          {/* Sea-coloured veil at 65 %: the same colour as the unit at 35 % fill opacity over the sea. */}
          <g data-layer="dimmed" fill={flavour.sea} fillOpacity={0.65} stroke="none">
            {dimmed.map((unit) => (
              <path key={unit.id} d={unit.d} data-dimmed-id={unit.id} />
            ))}
          </g>
          <g data-layer="selected-outline" fill="none" stroke={flavour.selectedOutline} strokeWidth={2} vectorEffect="non-scaling-stroke">
            {outlined.map((unit) => (
              <path key={unit.id} d={unit.d} vectorEffect="non-scaling-stroke" data-outlined-id={unit.id} />
            ))}
          </g>
        </g>
      </svg>
      <svg className="svg-first-view__overlay" width={size.width} height={size.height} pointerEvents="none">
        <g transform={cameraGroup}>
          <g data-layer="flows" fill="none">
            {drawOrder.map((flow) => {
              const paint = states.get(flow.id)!;
              const d = paths.get(flow.id);
              return (
                <g key={flow.id}>
                  {/* A casing in the background colour keeps crossing flows apart. */}
                  <path d={d} vectorEffect="non-scaling-stroke" stroke={flavour.halo} strokeWidth={paint.width + 2} strokeOpacity={paint.opacity * 0.8} />
                  <path
                    className="svg-map__arc"
                    vectorEffect="non-scaling-stroke"
                    d={d}
                    stroke={paint.color}
                    strokeWidth={paint.width}
                    strokeOpacity={paint.opacity}
                    strokeDasharray={paint.dash?.join(' ')}
                    strokeLinecap={paint.dash ? 'butt' : 'round'}
                    data-flow-id={flow.id}
                    data-ties={flow.ties}
                  />
                </g>
              );
            })}
          </g>
          {/* Wide strokes over the flows, so thin ones are easy to hit. Hidden, yet hit:
              `pointer-events: stroke` ignores visibility, and a hidden stroke costs no raster. */}
          <g data-layer="hits" fill="none" stroke="transparent" strokeWidth={14} pointerEvents="stroke" visibility="hidden">
            {scene.flows.map((flow) => (
              <path key={flow.id} d={paths.get(flow.id)} vectorEffect="non-scaling-stroke" data-hit-flow={flow.id} {...pointer({ kind: 'flow', id: flow.id })} />
            ))}
          </g>
        </g>
        <g data-layer="locations">
          {circles.map((c) => {
            const xy = projection(c.point) ?? [0, 0];
            return (
              <circle
                key={c.id}
                cx={xy[0] * k + transform.x}
                cy={xy[1] * k + transform.y}
                r={c.radius}
                fill={c.fill}
                fillOpacity={c.opacity}
                stroke={c.stroke}
                strokeWidth={c.strokeWidth}
                pointerEvents="all"
                data-location-id={c.id}
                data-ties={c.ties}
                {...pointer(c.hit)}
              />
            );
          })}
        </g>
      </svg>
    </div>
  );
}
