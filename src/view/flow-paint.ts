import type { RelationshipCategory } from '../geo/encoding';
import type { Flavour } from './palette';

/*
 * How flows and circles are drawn from a flavour: width by ties, colour, dash and opacity, the
 * circles' radius, and the one scale for the map's width. Every renderer (the SVG first view,
 * the WebGL map, the printable figure) and the legend read these, so they draw the same lines.
 */

/** Largest stroke of a flow, in px. */
export const MAX_FLOW_WIDTH = 14;

/**
 * Width of a flow by its number of ties (square root, so a thick line is not read as ten times
 * more): the one width formula, drawn by the SVG first view, the WebGL map, the figure and the legend.
 */
export function flowWidth(ties: number): number {
  return Math.min(MAX_FLOW_WIDTH, 1.5 + 1.8 * Math.sqrt(Math.max(0, ties - 1)));
}

/** How a flow is stroked in the current highlight. */
export interface FlowPaint {
  color: string;
  width: number;
  /** Null when solid (at least one signed document). */
  dash: [number, number] | null;
  opacity: number;
}

/**
 * How opaque a flow is by its strength (its ties relative to the strongest in view, 0–1): weak
 * flows recede, so a level's few strong flows read first. The legend draws its samples with it.
 */
export function strengthOpacity(flavour: Flavour, strength: number): number {
  return flavour.arcOpacity * (0.55 + 0.45 * strength);
}

/** A flow's colour, width, dash and opacity: the same for every renderer. */
export function flowPaint(
  flow: { ties: number; category: RelationshipCategory; signed: boolean },
  flavour: Flavour,
  /** `strength`: its ties relative to the strongest flow in view (0–1). */
  state: { hot: boolean; dimmed: boolean; pressed: boolean; strength?: number },
  scale = 1,
): FlowPaint {
  return {
    color: flavour.arcs[flow.category],
    width: flowWidth(flow.ties) * scale + (state.pressed ? 2 : state.hot ? 1.5 : 0),
    dash: flow.signed ? null : flavour.dash,
    opacity: state.hot || state.pressed ? 1 : state.dimmed ? flavour.dimOpacity : strengthOpacity(flavour, state.strength ?? 1),
  };
}

/**
 * Largest circle of a location, per level, in px. Regions: 20, not 24, so that central Japan's
 * circles (Chubu, Kanto, Kinki) stand apart at the opening view on a desktop.
 */
const MAX_RADIUS = { regions: 20, provinces: 13, ties: 8 } as const;

/**
 * A location's circle: its area proportional to its ties (the largest location in view gets the
 * level's largest radius), never smaller than a clickable dot.
 */
export function circleRadius(ties: number, maxTies: number, level: keyof typeof MAX_RADIUS, scale = 1): number {
  if (ties <= 0 || maxTies <= 0) return 0;
  return Math.max(3, MAX_RADIUS[level] * scale * Math.sqrt(ties / maxTies));
}

/** Below this map width (px) region labels use their short names. */
export const NARROW_MAP = 700;

/**
 * How much flows and circles shrink on a small map: a phone's map is a third of a desktop's, so
 * the same pixel widths would fill it. One factor from the map's width, given to every renderer.
 */
export function viewScale(mapWidth: number): number {
  return Math.min(1, Math.max(0.55, mapWidth / 1000));
}

/** Counts shown in the legend's width key (ties). */
export const WIDTH_KEY: readonly number[] = [1, 5, 20];
