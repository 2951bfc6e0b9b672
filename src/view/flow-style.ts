import type { LonLat } from '../geo/arcs';
import type { FlowScene } from './flows';
import type { MapModel } from './map-model';
import { circleRadius, flowPaint, type FlowPaint } from './flow-paint';
import { type Flavour } from './palette';
import type { Hit } from './projector';

/**
 * What the pointer (or the keyboard focus) highlights, resolved into paint for every flow and
 * circle: hovering a flow or a location brings its flows forward and dims the rest. Every
 * renderer strokes and fills from these, so the SVG map, the WebGL map and the figure agree.
 */

/** The id of the location a hit stands for, when it is one drawn in the scene. */
function hoveredLocation(scene: FlowScene, hovered: Hit | null): string | null {
  if (!hovered || hovered.kind === 'flow') return null;
  return scene.locations.some((l) => l.id === hovered.id) ? hovered.id : null;
}

/** Each flow's paint under the current hover and selection. */
export function flowStates(model: MapModel, hovered: Hit | null, flavour: Flavour, scale = 1): Map<string, FlowPaint> {
  const { scene } = model;
  const hotFlow = hovered?.kind === 'flow' && scene.flows.some((f) => f.id === hovered.id) ? hovered.id : null;
  const location = hoveredLocation(scene, hovered);
  const focusing = hotFlow !== null || location !== null;
  const strongest = scene.flows[0]?.ties ?? 1;
  const states = new Map<string, FlowPaint>();
  for (const flow of scene.flows) {
    const touches = location !== null && (flow.vnId === location || flow.jpId === location);
    const hot = flow.id === hotFlow || touches;
    const pressed = flow.id === model.selectedFlowId;
    states.set(flow.id, flowPaint(flow, flavour, { hot, pressed, dimmed: focusing && !hot, strength: flow.ties / strongest }, scale));
  }
  return states;
}

export interface LocationCircle {
  id: string;
  point: LonLat;
  ties: number;
  radius: number;
  fill: string;
  opacity: number;
  stroke: string;
  strokeWidth: number;
  /** What a click on it selects: a region at the regions level, else the locality. */
  hit: Hit;
}

/** Each location's circle radius in px, by id: the one sizing the maps' circles and the labels kept clear of them. */
export function circleRadii(scene: FlowScene, scale = 1): Map<string, number> {
  const maxTies = scene.locations.reduce((max, l) => Math.max(max, l.ties), 0);
  return new Map(scene.locations.map((l) => [l.id, circleRadius(l.ties, maxTies, scene.level, scale)]));
}

/** The circles of the scene's locations, largest first (so small ones are drawn on top). */
export function locationCircles(scene: FlowScene, hovered: Hit | null, flavour: Flavour, scale = 1): LocationCircle[] {
  const radii = circleRadii(scene, scale);
  const hotFlow = hovered?.kind === 'flow' ? scene.flows.find((f) => f.id === hovered.id) : undefined;
  const location = hoveredLocation(scene, hovered);
  const partners = new Set<string>();
  if (location) for (const f of scene.flows) if (f.vnId === location || f.jpId === location) [f.vnId, f.jpId].forEach((id) => partners.add(id));
  if (hotFlow) [hotFlow.vnId, hotFlow.jpId].forEach((id) => partners.add(id));
  const focusing = partners.size > 0;
  return scene.locations.map((l) => ({
    id: l.id,
    point: l.point,
    ties: l.ties,
    radius: radii.get(l.id) ?? 0,
    fill: flavour.point,
    // Opaque: through a translucent circle the flows' fanned-out ends showed as dark streaks,
    // which a first-time reader took for a glitch. The flows now seem to end at the circle's edge.
    opacity: focusing && !partners.has(l.id) ? 0.25 : 1,
    stroke: flavour.halo,
    strokeWidth: l.id === location ? 2.5 : 1.5,
    hit: { kind: scene.level === 'regions' ? 'region' : 'locality', id: l.id },
  }));
}
