import type { BackgroundLayerSpecification, CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { LEGACY_BORDER } from '../view/legacy-borders';
import type { Flavour } from '../view/palette';

/**
 * Typed layer specs, in drawing order, all read from one palette flavour. Ids start with their
 * source. No symbol layers: labels are DOM buttons (src/view/MapLabels.tsx), so no glyph server.
 * The flows and circles carry their paint as properties, computed by the view model: at most a
 * few dozen features a level, so new data per change is cheaper than keeping state in sync.
 */

/** Layers the pointer interacts with, top first. */
export const INTERACTIVE_LAYER_IDS = ['flows-hit', 'locations-circle', 'units-fill'];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** What a feature of the `land` source is (src/map/build-style.ts): one source, so one stencil pass for all four. */
export type LandPart = 'neighbour' | 'unit' | 'border' | 'island';
const part = (name: LandPart): ExpressionSpecification => ['==', ['get', 'part'], name];

/** The one source of the neighbours, units, borders and islands; the units' feature-state and picking read it too. */
export const LAND_SOURCE = 'land';

/** A fill of one part of the land, its edges drawn as the fill's own outline. */
function landFill(id: string, name: LandPart, paint: FillLayerSpecification['paint']): FillLayerSpecification {
  return { id, type: 'fill', source: LAND_SOURCE, filter: part(name), paint };
}

/**
 * The land's edges are the fills' own outlines (`fill-outline-color`: MapLibre draws them in the
 * fill's antialiasing pass anyway), not line layers of their own: under software WebGL each layer
 * costs 5–8 ms a frame whatever it draws (measured in a pan at 10,000 agreements).
 */
export function baseLayers(flavour: Flavour): LayerSpecification[] {
  const sea: BackgroundLayerSpecification = { id: 'sea', type: 'background', paint: { 'background-color': flavour.sea } };
  const neighboursFill = landFill('neighbours-fill', 'neighbour', { 'fill-color': flavour.neighbour, 'fill-outline-color': flavour.neighbourOutline });
  const unitsFill = landFill('units-fill', 'unit', { 'fill-color': flavour.land, 'fill-outline-color': flavour.countryOutline, 'fill-opacity': ['case', state('faded'), 0.35, 1] });
  const unitBorders: LineLayerSpecification = {
    id: 'unit-borders-line',
    type: 'line',
    source: LAND_SOURCE,
    filter: part('border'),
    paint: { 'line-color': flavour.unitBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4] },
  };
  const islandsFill = landFill('islands-fill', 'island', { 'fill-color': flavour.island, 'fill-outline-color': flavour.countryOutline });
  return [sea, neighboursFill, unitsFill, unitBorders, islandsFill];
}

/** The outline of the selected units and of the one under the pointer (src/map/map-data.ts `outlinedUnits`). */
export function unitOutlineLayer(flavour: Flavour): LineLayerSpecification {
  const selected = ['==', ['get', 'state'], 'selected'] as ExpressionSpecification;
  return {
    id: 'unit-outlines-line',
    type: 'line',
    source: 'unit-outlines',
    paint: { 'line-color': flavour.selectedOutline, 'line-width': ['case', selected, 2, 1.2], 'line-opacity': ['case', selected, 1, 0.6] },
  };
}

/** The 63 pre-merger provinces as a dotted overlay (src/view/legacy-borders.ts), shown by the store's `premerger`. */
export function legacyBordersLayer(flavour: Flavour, visible: boolean): LineLayerSpecification {
  return {
    id: 'legacy-borders-line',
    type: 'line',
    source: 'legacy-borders',
    layout: { visibility: visible ? 'visible' : 'none', 'line-cap': 'round' },
    paint: { 'line-color': flavour.legacyBorder, 'line-width': LEGACY_BORDER.width, 'line-dasharray': [...LEGACY_BORDER.dashInWidths], 'line-opacity': LEGACY_BORDER.opacity },
  };
}

/**
 * The flows, styled from their own properties: colour, width and opacity are computed once per
 * change by the same functions the SVG map uses (src/view/flow-style.ts), so both draw the same
 * lines. A dash cannot be data-driven, so solid and dashed flows are two layers.
 */
export function flowLayers(flavour: Flavour): LineLayerSpecification[] {
  const paint = {
    'line-color': ['get', 'color'] as ExpressionSpecification,
    'line-width': ['get', 'width'] as ExpressionSpecification,
    'line-opacity': ['get', 'opacity'] as ExpressionSpecification,
  };
  return [
    {
      // A casing in the background colour keeps crossing flows apart.
      id: 'flows-casing',
      type: 'line',
      source: 'flows',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': flavour.halo, 'line-width': ['+', ['get', 'width'], 2], 'line-opacity': ['*', 0.8, ['get', 'opacity']] },
    },
    {
      id: 'flows-solid',
      type: 'line',
      source: 'flows',
      filter: ['==', ['get', 'dashed'], false],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint,
    },
    {
      id: 'flows-dashed',
      type: 'line',
      source: 'flows',
      filter: ['==', ['get', 'dashed'], true],
      layout: { 'line-join': 'round' },
      paint: { ...paint, 'line-dasharray': flavour.dash },
    },
    // A wide, fully transparent line so a pointer or a finger can hit thin flows (MapLibre skips
    // drawing a layer at opacity 0 but still queries it).
    { id: 'flows-hit', type: 'line', source: 'flows', paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 } },
  ];
}

/** The locations' circles, sized and faded from their own properties (src/view/flow-style.ts). */
export function locationsLayer(): CircleLayerSpecification {
  return {
    id: 'locations-circle',
    type: 'circle',
    source: 'locations',
    paint: {
      'circle-radius': ['get', 'radius'],
      'circle-color': ['get', 'fill'],
      'circle-opacity': ['get', 'opacity'],
      'circle-stroke-color': ['get', 'stroke'],
      'circle-stroke-width': ['get', 'strokeWidth'],
    },
  };
}

/** Layers a remote basemap replaces (it brings its own sea and land). */
export const BASEMAP_REPLACED_LAYERS = new Set(['sea', 'neighbours-fill']);
