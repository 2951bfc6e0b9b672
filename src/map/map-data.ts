import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Locality, CorePair } from '../data/types';
import type { LonLat } from '../geo/arcs';
import { isSolidCategory, relationshipCategory, type RelationshipCategory } from '../geo/encoding';
import { documentLines, type GroupGeometry } from '../view/aggregate';

/**
 * The GeoJSON the WebGL map uploads once per data load: every overview line, every document
 * line and every municipal point. Which of them show is feature-state, never new data.
 */

export interface DocumentProperties {
  id: string;
  category: RelationshipCategory;
  solid: boolean;
}

export interface MapData {
  groups: FeatureCollection<LineString, { id: string }>;
  docs: FeatureCollection<LineString, DocumentProperties>;
  points: FeatureCollection<Point, { id: string }>;
  /** Lines by feature id, to pick the arc nearest the pointer. */
  lines: ReadonlyMap<string, LonLat[]>;
}

export function buildMapData(groups: readonly GroupGeometry[], pairs: readonly CorePair[], localities: readonly Locality[]): MapData {
  const docLines = documentLines(pairs);
  const lines = new Map<string, LonLat[]>();
  for (const g of groups) lines.set(g.id, g.line);
  for (const [id, line] of docLines) lines.set(id, line);
  return {
    groups: {
      type: 'FeatureCollection',
      features: groups.map((g) => ({ type: 'Feature', id: g.id, properties: { id: g.id }, geometry: { type: 'LineString', coordinates: g.line } })),
    },
    docs: {
      type: 'FeatureCollection',
      features: pairs.map((p) => {
        const category = relationshipCategory(p.relationship);
        return {
          type: 'Feature',
          id: p.id,
          properties: { id: p.id, category, solid: isSolidCategory(category) },
          geometry: { type: 'LineString', coordinates: docLines.get(p.id) ?? [p.from, p.to] },
        };
      }),
    },
    points: {
      type: 'FeatureCollection',
      features: localities
        .filter((l) => l.kind === 'municipality')
        .map((l) => ({ type: 'Feature', id: l.id, properties: { id: l.id }, geometry: { type: 'Point', coordinates: l.point } })),
    },
    lines,
  };
}
