import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Area, UnitProperties } from '../geo/boundaries';
import type { LocationCircle } from '../view/flow-style';
import type { FlowScene } from '../view/flows';
import type { FlowPaint } from '../view/flow-paint';

/**
 * The GeoJSON of one level's flows and circles, with their paint as properties (the view model
 * decides colour, width and opacity; the layers only read them).
 */

export interface FlowProperties {
  id: string;
  color: string;
  width: number;
  opacity: number;
  dashed: boolean;
}

export interface LocationProperties {
  id: string;
  kind: 'region' | 'locality';
  radius: number;
  fill: string;
  opacity: number;
  stroke: string;
  strokeWidth: number;
}

export function flowFeatures(scene: FlowScene, paint: ReadonlyMap<string, FlowPaint>): FeatureCollection<LineString, FlowProperties> {
  return {
    type: 'FeatureCollection',
    // Weakest first: MapLibre draws features in order, so the strongest flows lie on top.
    features: [...scene.flows].reverse().map((flow) => {
      const p = paint.get(flow.id);
      return {
        type: 'Feature',
        id: flow.id,
        properties: { id: flow.id, color: p?.color ?? '#000000', width: p?.width ?? 1, opacity: p?.opacity ?? 1, dashed: p?.dash != null },
        geometry: { type: 'LineString', coordinates: flow.line },
      };
    }),
  };
}

export function locationFeatures(circles: readonly LocationCircle[]): FeatureCollection<Point, LocationProperties> {
  return {
    type: 'FeatureCollection',
    features: circles.map((c) => ({
      type: 'Feature',
      id: c.id,
      properties: { id: c.id, kind: c.hit.kind === 'region' ? 'region' : 'locality', radius: c.radius, fill: c.fill, opacity: c.opacity, stroke: c.stroke, strokeWidth: c.strokeWidth },
      geometry: { type: 'Point', coordinates: c.point },
    })),
  };
}

export interface OutlineProperties {
  id: string;
  state: 'selected' | 'hover';
}

/**
 * The units drawn with an outline: the selected ones, and the one under the pointer. A source of
 * their own, usually empty, rather than a line layer over every unit at width 0: MapLibre would
 * draw that layer in every frame.
 */
export function outlinedUnits(units: FeatureCollection<Area, UnitProperties>, selected: ReadonlySet<string>, hovered: string | null): FeatureCollection<Area, OutlineProperties> {
  return {
    type: 'FeatureCollection',
    features: units.features
      .filter((f) => selected.has(f.properties.id) || f.properties.id === hovered)
      .map((f) => ({ ...f, properties: { id: f.properties.id, state: selected.has(f.properties.id) ? 'selected' : 'hover' } })),
  };
}
