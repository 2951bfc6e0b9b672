import type { FeatureCollection, LineString, Point } from 'geojson';
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
