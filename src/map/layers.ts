import type {
  BackgroundLayerSpecification,
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { CATEGORIES, FILL_STEPS } from '../geo/encoding';
import { MAX_AGGREGATE_WIDTH, type Flavour } from '../view/palette';

/**
 * Typed layer specs, in drawing order, all read from one palette flavour. Ids start with their
 * source. No symbol layers: labels are DOM buttons (src/view/MapLabels.tsx), so no glyph server.
 * Arc layers never carry id lists: feature-state (src/map/use-arc-state.ts) decides which arcs
 * show, how wide and in what colour, so a filter or a click never re-tiles a source.
 */

/** Layers the pointer interacts with, top first. */
export const INTERACTIVE_LAYER_IDS = ['docs-hit', 'groups-hit', 'points-circle', 'units-fill'];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const count: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];

function categoryColor(flavour: Flavour, input: ExpressionSpecification): ExpressionSpecification {
  return ['match', input, ...CATEGORIES.flatMap((c) => [c, flavour.arcs[c]]), flavour.arcs.other] as unknown as ExpressionSpecification;
}

/** Same formula as `aggregateWidth` (src/view/palette.ts), on the feature-state count. */
const groupWidth: ExpressionSpecification = [
  'min',
  MAX_AGGREGATE_WIDTH,
  ['+', 1.4, ['*', 1.5, ['sqrt', ['max', 0, ['-', count, 1]]]]],
];

export function baseLayers(flavour: Flavour): LayerSpecification[] {
  const sea: BackgroundLayerSpecification = { id: 'sea', type: 'background', paint: { 'background-color': flavour.sea } };
  const neighboursFill: FillLayerSpecification = { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': flavour.neighbour } };
  const neighboursOutline: LineLayerSpecification = {
    id: 'neighbours-outline',
    type: 'line',
    source: 'neighbours',
    paint: { 'line-color': flavour.neighbourOutline, 'line-width': 0.6 },
  };
  const unitsFill: FillLayerSpecification = {
    id: 'units-fill',
    type: 'fill',
    source: 'units',
    paint: {
      'fill-color': [
        'step',
        ['coalesce', ['get', 'count'], 0],
        flavour.fills[0] ?? '#fff',
        ...FILL_STEPS.slice(1).flatMap((bound, i) => [bound, flavour.fills[i + 1] ?? '#000']),
      ] as unknown as ExpressionSpecification,
      'fill-opacity': ['case', state('faded'), 0.35, 1],
    },
  };
  const unitsOutline: LineLayerSpecification = {
    id: 'units-outline',
    type: 'line',
    source: 'units',
    paint: { 'line-color': flavour.countryOutline, 'line-width': 0.6 },
  };
  const unitBorders: LineLayerSpecification = {
    id: 'unit-borders-line',
    type: 'line',
    source: 'unit-borders',
    paint: { 'line-color': flavour.unitBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4] },
  };
  const islandsFill: FillLayerSpecification = { id: 'islands-fill', type: 'fill', source: 'islands', paint: { 'fill-color': flavour.island } };
  const islandsOutline: LineLayerSpecification = {
    id: 'islands-outline',
    type: 'line',
    source: 'islands',
    paint: { 'line-color': flavour.countryOutline, 'line-width': 0.8 },
  };
  const unitsSelected: LineLayerSpecification = {
    id: 'units-selected',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': flavour.selectedOutline,
      'line-width': ['case', state('selected'), 2, state('hover'), 1.2, 0],
      'line-opacity': ['case', state('selected'), 1, state('hover'), 0.6, 0],
    },
  };
  return [sea, neighboursFill, neighboursOutline, unitsFill, unitsOutline, unitBorders, islandsFill, islandsOutline, unitsSelected];
}

/** The 63 pre-merger provinces as a dashed overlay, shown by the store's `premerger`. */
export function legacyBordersLayer(flavour: Flavour, visible: boolean): LineLayerSpecification {
  return {
    id: 'legacy-borders-line',
    type: 'line',
    source: 'legacy-borders',
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: { 'line-color': flavour.legacyBorder, 'line-width': 0.9, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
  };
}

/** Overview arcs: solid when a signed document is left, dashed otherwise; hidden at count 0. */
export function groupLayers(flavour: Flavour): LineLayerSpecification[] {
  const opacity = (signed: boolean): ExpressionSpecification => [
    'case',
    ['any', ['==', count, 0], ['!=', state('signed'), signed]],
    0,
    state('hover'),
    1,
    state('dim'),
    flavour.dimOpacity,
    flavour.arcOpacity,
  ];
  const color = categoryColor(flavour, ['string', ['feature-state', 'cat'], 'other']);
  const width: ExpressionSpecification = ['+', groupWidth, ['case', state('hover'), 1.5, 0]];
  return [
    {
      id: 'groups-solid',
      type: 'line',
      source: 'groups',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': opacity(true) },
    },
    {
      id: 'groups-dashed',
      type: 'line',
      source: 'groups',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width, 'line-opacity': opacity(false), 'line-dasharray': flavour.dash },
    },
    // A wide, fully transparent line so a pointer or a finger can hit thin arcs (MapLibre skips
    // drawing a layer at opacity 0 but still queries it).
    { id: 'groups-hit', type: 'line', source: 'groups', paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 } },
  ];
}

/**
 * The document arcs. Every document is in the source from the start; feature-state shows those
 * of the selection. With none shown (the overview) the drawn layers' `line-layer-opacity` is 0,
 * which MapLibre skips outright: at opacity 0 per feature it still drew all 10,000 lines on every
 * frame of a pan. A paint property, so switching it re-tiles nothing (a layout one, even
 * `visibility`, would reload the source); no transition, so no frame is composited at a partial
 * layer opacity.
 */
export function documentLayers(flavour: Flavour, anyShown: boolean): LineLayerSpecification[] {
  const layer = { 'line-layer-opacity': anyShown ? 1 : 0, 'line-layer-opacity-transition': { duration: 0, delay: 0 } } as const;
  const opacity: ExpressionSpecification = ['case', state('shown'), 1, 0];
  const width = (base: number): ExpressionSpecification => ['case', state('selected'), base + 2, state('hover'), base + 1.2, base];
  const color = categoryColor(flavour, ['get', 'category']);
  return [
    {
      id: 'docs-halo',
      type: 'line',
      source: 'docs',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': flavour.halo, 'line-width': ['case', state('selected'), 8, 0], 'line-opacity': ['case', ['all', state('shown'), state('selected')], 0.9, 0], ...layer },
    },
    {
      id: 'docs-solid',
      type: 'line',
      source: 'docs',
      filter: ['==', ['get', 'solid'], true],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width(flavour.solidWidth), 'line-opacity': opacity, ...layer },
    },
    {
      id: 'docs-dashed',
      type: 'line',
      source: 'docs',
      filter: ['==', ['get', 'solid'], false],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': width(flavour.dashedWidth), 'line-opacity': opacity, 'line-dasharray': flavour.dash, ...layer },
    },
    { id: 'docs-hit', type: 'line', source: 'docs', paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 } },
  ];
}

export function pointsLayer(flavour: Flavour): CircleLayerSpecification {
  return {
    id: 'points-circle',
    type: 'circle',
    source: 'points',
    paint: {
      'circle-radius': ['case', state('selected'), 5, 3.5],
      'circle-color': flavour.point,
      'circle-stroke-color': flavour.halo,
      'circle-stroke-width': 1.2,
      'circle-opacity': ['case', state('faded'), 0.35, 1],
      'circle-stroke-opacity': ['case', state('faded'), 0.35, 1],
    },
  };
}

/** Layers a remote basemap replaces (it brings its own sea and land). */
export const BASEMAP_REPLACED_LAYERS = new Set(['sea', 'neighbours-fill', 'neighbours-outline']);
