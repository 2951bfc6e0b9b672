import { geoMercator } from 'd3-geo';
import { memo, useMemo } from 'react';
import type { Locality } from '../data/types';
import type { LonLat } from '../geo/arcs';
import { fillClass, isSolidCategory, relationshipCategory } from '../geo/encoding';
import { cameraTransform, mercatorTransform, type Camera, type Size } from '../view/camera';
import type { MapModel } from '../view/map-model';
import { aggregateWidth, flavourFill, type Flavour } from '../view/palette';
import type { Hit } from '../view/projector';
import type { OverviewArc } from './draw-arcs';
import { OverviewArcsCanvas } from './OverviewArcsCanvas';
import { worldTransform, type WorldPaths } from './world-paths';

export interface SvgFirstViewProps {
  /** The boundaries as path text in world units (./world-paths.ts). */
  world: WorldPaths;
  model: MapModel;
  /** Partnerships per locality (unit fills). */
  counts: ReadonlyMap<string, number>;
  municipalities: readonly Locality[];
  size: Size;
  /** The camera the paths are projected at (the opening view); others are an SVG transform of it. */
  base: Camera;
  camera: Camera;
  flavour: Flavour;
  premerger: boolean;
  hovered: Hit | null;
  onHover: (hit: Hit | null, x: number, y: number) => void;
  onPick: (hit: Hit | null) => void;
  /** Draw the overview arcs in a worker (the full app; the embed's first view starts none). */
  offThread: boolean;
  /** The list view covers the map: its arcs canvas waits (nothing drawn for nobody). */
  covered: boolean;
}

/**
 * An arc's path: its points projected and joined by straight segments. The arcs are already
 * sampled densely (src/view/aggregate.ts), so d3's adaptive resampling only added cost (a fifth
 * of a pick at 10,000 agreements), and the WebGL map joins the same points with straight lines too.
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

/** Land, borders and fills: nothing here depends on the selection, the filters or the pointer. */
const BaseLayers = memo(function BaseLayers({
  paths,
  counts,
  flavour,
  premerger,
  onPick,
}: { paths: WorldPaths } & Pick<SvgFirstViewProps, 'counts' | 'flavour' | 'premerger' | 'onPick'>) {
  return (
    <>
      <path data-layer="neighbours" d={paths.neighbours} fill={flavour.neighbour} stroke={flavour.neighbourOutline} strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
      {paths.units.map((unit) => (
        <path
          key={unit.id}
          className="svg-map__unit"
          d={unit.d}
          fill={flavourFill(flavour, fillClass(counts.get(unit.id) ?? 0))}
          stroke={flavour.countryOutline}
          strokeWidth={0.5}
          vectorEffect="non-scaling-stroke"
          data-locality-id={unit.id}
          data-country={unit.country}
          onClick={(event) => {
            event.stopPropagation();
            onPick({ kind: 'locality', id: unit.id });
          }}
        />
      ))}
      <path d={paths.unitBorders} fill="none" stroke={flavour.unitBorder} strokeWidth={0.7} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      {premerger && (
        <path
          d={paths.legacyBorders}
          fill="none"
          stroke={flavour.legacyBorder}
          strokeWidth={0.9}
          strokeDasharray="3 2"
          strokeOpacity={0.8}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
          data-layer="legacy-borders"
        />
      )}
      {paths.islands.map((island) => (
        <path key={island.id} d={island.d} fill={flavour.island} stroke={flavour.countryOutline} strokeWidth={0.8} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      ))}
    </>
  );
});

/**
 * The wide hidden stroke the pointer hits for one arc. Memoised: a filter leaves most arcs as they
 * were, and at 10,000 agreements re-rendering a thousand of them cost more than the rest of a chip.
 */
const HitStroke = memo(function HitStroke({
  kind,
  id,
  d,
  count,
  onHover,
  onPick,
}: { kind: 'group' | 'pair'; id: string; d: string; count?: number } & Pick<SvgFirstViewProps, 'onHover' | 'onPick'>) {
  const hit: Hit = { kind, id };
  return (
    <path
      d={d}
      vectorEffect="non-scaling-stroke"
      {...(kind === 'group' ? { 'data-group-id': id, 'data-count': count } : { 'data-hit-pair': id })}
      onPointerEnter={(event) => onHover(hit, event.clientX, event.clientY)}
      onPointerMove={(event) => onHover(hit, event.clientX, event.clientY)}
      onPointerLeave={() => onHover(null, 0, 0)}
      onClick={(event) => {
        event.stopPropagation();
        onPick(hit);
      }}
    />
  );
});

/**
 * The first view: the SVG map drawn with d3-geo in Web Mercator at exactly the camera MapLibre
 * opens with (src/view/camera.ts), so the WebGL map can take over without anything moving.
 * Shapes answer the pointer; keyboard and screen readers use the shared DOM labels and handles.
 */
export function SvgFirstView(props: SvgFirstViewProps) {
  const { model, size, base, camera, flavour, hovered, onHover, onPick, municipalities, world } = props;
  const projectPaths = useMemo(() => {
    const { scale, translate } = mercatorTransform(base, size);
    const projection = geoMercator().scale(scale).translate(translate);
    return { projection, line: (coordinates: readonly LonLat[]) => polyline(projection, coordinates) };
  }, [base, size]);
  const groupPaths = useMemo(() => new Map(model.groups.map((g) => [g.id, projectPaths.line(g.line)])), [model.groups, projectPaths]);
  const documentPaths = useMemo(
    () => new Map(model.documents.map((p) => [p.id, projectPaths.line(model.documentLines.get(p.id) ?? [p.from, p.to])])),
    [model.documents, model.documentLines, projectPaths],
  );
  const transform = cameraTransform(base, camera, size);
  const h = model.highlight;
  const selecting = model.documents.length > 0 || h.pairId !== null || h.selectedLocalities.size > 0;
  const isHovered = (kind: Hit['kind'], id: string) => hovered?.kind === kind && hovered.id === id;
  const points = municipalities.map((l) => ({ id: l.id, xy: projectPaths.projection(l.point) ?? [0, 0] }));
  const k = transform.k;

  // The same list while only the camera or an unrelated hover changes: the canvas then redraws
  // without re-sending every stroke.
  const hoveredGroup = hovered?.kind === 'group' ? hovered.id : null;
  const overviewArcs = useMemo(() => {
    const arcs: OverviewArc[] = [];
    for (const g of model.groups) {
      const stats = model.stats.get(g.id);
      if (!stats || model.opened.has(g.id)) continue;
      const hot = hoveredGroup === g.id;
      arcs.push({
        id: g.id,
        count: stats.count,
        d: groupPaths.get(g.id) ?? '',
        color: flavour.arcs[stats.category],
        width: aggregateWidth(stats.count) + (hot ? 1.5 : 0),
        opacity: hot ? 1 : selecting ? flavour.dimOpacity : flavour.arcOpacity,
        dash: stats.signed ? null : flavour.dash,
      });
    }
    return arcs;
  }, [model.groups, model.stats, model.opened, groupPaths, flavour, hoveredGroup, selecting]);

  const cameraGroup = `translate(${transform.x} ${transform.y}) scale(${k})`;
  const toScreen = worldTransform(world.zoom, camera, size);
  const worldGroup = `translate(${toScreen.x} ${toScreen.y}) scale(${toScreen.k})`;
  const dimmed = h.matchedLocalities ? world.units.filter((u) => !h.matchedLocalities!.has(u.id)) : [];
  const outlined = world.units.filter((u) => h.selectedLocalities.has(u.id));

  // Four stacked layers, each its own compositor layer (map.css): the base, rasterised once per
  // camera (without a GPU, repainting it costs seconds per frame); the veil and outlines of the
  // filter and the selection; the overview arcs on a canvas; the document arcs, hit strokes and
  // points. A filter, a selection or a hover repaints only the light layers above the base.
  return (
    <div className="svg-map svg-first-view" aria-hidden="true">
      <svg className="svg-first-view__base" width={size.width} height={size.height} onClick={() => onPick(null)}>
        <rect width={size.width} height={size.height} fill={flavour.sea} data-layer="sea" />
        <g transform={worldGroup}>
          <BaseLayers paths={world} counts={props.counts} flavour={flavour} premerger={props.premerger} onPick={onPick} />
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
      <OverviewArcsCanvas arcs={overviewArcs} size={size} transform={transform} offThread={props.offThread} covered={props.covered} />
      <svg className="svg-first-view__overlay" width={size.width} height={size.height} pointerEvents="none">
      <g transform={cameraGroup}>
        <g data-layer="documents">
          {model.documents.map((pair) => {
            const category = relationshipCategory(pair.relationship);
            const solid = isSolidCategory(category);
            const selected = h.pairId === pair.id;
            const hot = isHovered('pair', pair.id);
            return (
              <path
                key={pair.id}
                className="svg-map__arc"
                fill="none"
                vectorEffect="non-scaling-stroke"
                pointerEvents="none"
                d={documentPaths.get(pair.id)}
                stroke={flavour.arcs[category]}
                strokeWidth={(solid ? flavour.solidWidth : flavour.dashedWidth) + (selected ? 2 : hot ? 1.2 : 0)}
                strokeDasharray={solid ? undefined : flavour.dash.join(' ')}
                strokeOpacity={1}
                strokeLinecap="round"
                data-pair-id={pair.id}
              />
            );
          })}
        </g>
        {/* Wide strokes over the arcs, so thin arcs are easy to hit. Hidden, yet hit:
            `pointer-events: stroke` ignores visibility, and a hidden stroke costs no raster when
            the overlay repaints (a transparent one did). */}
        <g data-layer="hits" fill="none" stroke="transparent" strokeWidth={12} pointerEvents="stroke" visibility="hidden">
          {overviewArcs.map((arc) => (
            <HitStroke key={arc.id} kind="group" id={arc.id} d={arc.d} count={arc.count} onHover={onHover} onPick={onPick} />
          ))}
          {model.documents.map((pair) => (
            <HitStroke key={pair.id} kind="pair" id={pair.id} d={documentPaths.get(pair.id) ?? ''} onHover={onHover} onPick={onPick} />
          ))}
        </g>
      </g>
      <g data-layer="points" pointerEvents="none">
        {points.map((p) => (
          <circle
            key={p.id}
            cx={p.xy[0] * k + transform.x}
            cy={p.xy[1] * k + transform.y}
            r={h.selectedLocalities.has(p.id) ? 5 : 3.5}
            fill={flavour.point}
            fillOpacity={h.matchedLocalities && !h.matchedLocalities.has(p.id) ? 0.35 : 1}
            stroke={flavour.halo}
            strokeWidth={1.2}
          />
        ))}
      </g>
      </svg>
    </div>
  );
}
