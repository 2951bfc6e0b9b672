import type {
  BackgroundLayerSpecification,
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { ARC_COLORS, CATEGORIES, FILL_COLORS, FILL_STEPS, MAP_COLORS, isSolidCategory } from '../geo/encoding';

/**
 * Typed layer specs of the offline style, in drawing order. Ids start with their source.
 * No symbol layers: labels are DOM buttons (src/map/MapLabels.tsx), so no glyph server is needed.
 */

/** The layers whose rendered features are the arcs actually drawn (the `data-arcs-drawn` truth). */
export const ARC_LAYER_IDS = ['arcs-solid', 'arcs-dashed'] as const;
/** Layers the pointer interacts with, top first. */
export const INTERACTIVE_LAYER_IDS = ['arcs-hit', 'points-circle', 'units-fill'];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

const SOLID = CATEGORIES.filter(isSolidCategory);
const DASHED = CATEGORIES.filter((c) => !isSolidCategory(c));

/**
 * The filter of an arc layer: its relationship classes and, when the store filters pairs, only
 * the visible ids. Changing filters calls `setFilter` with this, never rebuilds the style.
 */
export function arcFilter(kind: 'solid' | 'dashed' | 'all', visibleIds: readonly string[] | null): FilterSpecification {
  const categories = kind === 'solid' ? SOLID : kind === 'dashed' ? DASHED : CATEGORIES;
  const byCategory: ExpressionSpecification = ['in', ['get', 'category'], ['literal', [...categories]]];
  if (!visibleIds) return byCategory;
  return ['all', byCategory, ['in', ['get', 'id'], ['literal', [...visibleIds]]]];
}

const arcColor: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...CATEGORIES.flatMap((c) => [c, ARC_COLORS[c]]),
  ARC_COLORS.other,
] as unknown as ExpressionSpecification;

function arcWidth(base: number): ExpressionSpecification {
  return ['case', state('selected'), base + 2, state('hover'), base + 1.2, base];
}

const arcOpacity: ExpressionSpecification = ['case', state('selected'), 1, state('hover'), 1, state('dim'), 0.15, 0.72];

export const sea: BackgroundLayerSpecification = { id: 'sea', type: 'background', paint: { 'background-color': MAP_COLORS.sea } };

export const neighboursFill: FillLayerSpecification = {
  id: 'neighbours-fill',
  type: 'fill',
  source: 'neighbours',
  paint: { 'fill-color': MAP_COLORS.neighbour },
};

export const neighboursOutline: LineLayerSpecification = {
  id: 'neighbours-outline',
  type: 'line',
  source: 'neighbours',
  paint: { 'line-color': MAP_COLORS.neighbourOutline, 'line-width': 0.6 },
};

export const unitsFill: FillLayerSpecification = {
  id: 'units-fill',
  type: 'fill',
  source: 'units',
  paint: {
    'fill-color': [
      'step',
      ['coalesce', ['get', 'count'], 0],
      FILL_COLORS[0] ?? '#fff',
      ...FILL_STEPS.slice(1).flatMap((bound, i) => [bound, FILL_COLORS[i + 1] ?? '#000']),
    ] as unknown as ExpressionSpecification,
    'fill-opacity': ['case', state('faded'), 0.35, 1],
  },
};

export const unitsOutline: LineLayerSpecification = {
  id: 'units-outline',
  type: 'line',
  source: 'units',
  paint: { 'line-color': MAP_COLORS.countryOutline, 'line-width': 0.6 },
};

export const unitBordersLine: LineLayerSpecification = {
  id: 'unit-borders-line',
  type: 'line',
  source: 'unit-borders',
  paint: { 'line-color': MAP_COLORS.unitBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4] },
};

export const legacyBordersLine: LineLayerSpecification = {
  id: 'legacy-borders-line',
  type: 'line',
  source: 'legacy-borders',
  layout: { visibility: 'none' },
  paint: { 'line-color': MAP_COLORS.legacyBorder, 'line-width': 0.9, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
};

export const islandsFill: FillLayerSpecification = {
  id: 'islands-fill',
  type: 'fill',
  source: 'islands',
  paint: { 'fill-color': FILL_COLORS[0] ?? '#fff' },
};

export const islandsOutline: LineLayerSpecification = {
  id: 'islands-outline',
  type: 'line',
  source: 'islands',
  paint: { 'line-color': MAP_COLORS.countryOutline, 'line-width': 0.8 },
};

export const unitsSelected: LineLayerSpecification = {
  id: 'units-selected',
  type: 'line',
  source: 'units',
  paint: {
    'line-color': MAP_COLORS.selectedOutline,
    'line-width': ['case', state('selected'), 2, state('hover'), 1.2, 0],
    'line-opacity': ['case', state('selected'), 1, state('hover'), 0.6, 0],
  },
};

export const arcsHalo: LineLayerSpecification = {
  id: 'arcs-halo',
  type: 'line',
  source: 'arcs',
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  filter: arcFilter('all', null),
  paint: {
    'line-color': MAP_COLORS.halo,
    'line-width': ['case', state('selected'), 9, state('hover'), 6, 0],
    'line-opacity': ['case', state('selected'), 0.95, state('hover'), 0.8, 0],
  },
};

export const arcsSolid: LineLayerSpecification = {
  id: 'arcs-solid',
  type: 'line',
  source: 'arcs',
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  filter: arcFilter('solid', null),
  paint: { 'line-color': arcColor, 'line-width': arcWidth(2), 'line-opacity': arcOpacity },
};

export const arcsDashed: LineLayerSpecification = {
  id: 'arcs-dashed',
  type: 'line',
  source: 'arcs',
  layout: { 'line-join': 'round' },
  filter: arcFilter('dashed', null),
  paint: { 'line-color': arcColor, 'line-width': arcWidth(1.5), 'line-opacity': arcOpacity, 'line-dasharray': [2.5, 1.6] },
};

/**
 * A wide line over every arc, so a pointer or a finger can hit thin arcs. Opacity exactly 0:
 * MapLibre then skips drawing it but still queries it, and drawing 14 px of blended line per
 * arc was most of each frame's cost under software WebGL.
 */
export const arcsHit: LineLayerSpecification = {
  id: 'arcs-hit',
  type: 'line',
  source: 'arcs',
  filter: arcFilter('all', null),
  paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 },
};

export const pointsCircle: CircleLayerSpecification = {
  id: 'points-circle',
  type: 'circle',
  source: 'points',
  paint: {
    'circle-radius': ['case', state('selected'), 5, 3.5],
    'circle-color': MAP_COLORS.point,
    'circle-stroke-color': MAP_COLORS.halo,
    'circle-stroke-width': 1.2,
    'circle-opacity': ['case', state('faded'), 0.35, 1],
    'circle-stroke-opacity': ['case', state('faded'), 0.35, 1],
  },
};

/** Every layer, bottom to top. */
export function allLayers(): LayerSpecification[] {
  return [
    sea,
    neighboursFill,
    neighboursOutline,
    unitsFill,
    unitsOutline,
    unitBordersLine,
    legacyBordersLine,
    islandsFill,
    islandsOutline,
    unitsSelected,
    arcsHalo,
    arcsSolid,
    arcsDashed,
    arcsHit,
    pointsCircle,
  ];
}

/** Layers a remote basemap replaces (it brings its own sea and land). */
export const BASEMAP_REPLACED_LAYERS = new Set(['sea', 'neighbours-fill', 'neighbours-outline']);
