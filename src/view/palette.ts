import { ARC_COLORS, LAND_LIGHT, MAP_COLORS, type RelationshipCategory } from '../geo/encoding';

/**
 * The visual encoding as one "flavour" per theme: every colour, width, dash and opacity the
 * WebGL layers, the SVG map, the legend and the printable figure read. Light is the historic
 * palette (src/geo/encoding.ts); dark darkens land, sea, borders and labels and lifts the arcs.
 */
export interface Flavour {
  name: 'light' | 'dark';
  sea: string;
  neighbour: string;
  neighbourOutline: string;
  unitBorder: string;
  countryOutline: string;
  legacyBorder: string;
  selectedOutline: string;
  point: string;
  halo: string;
  label: string;
  labelHalo: string;
  island: string;
  /** Every unit and prefecture: one colour, so a large area never reads as important. */
  land: string;
  arcs: Record<RelationshipCategory, string>;
  /** Stroke widths of individual document arcs. */
  solidWidth: number;
  dashedWidth: number;
  dash: [number, number];
  arcOpacity: number;
  dimOpacity: number;
}

export const LIGHT: Flavour = {
  name: 'light',
  ...MAP_COLORS,
  label: '#1d2430',
  labelHalo: '#ffffff',
  island: LAND_LIGHT,
  land: '#fbfaf7',
  arcs: ARC_COLORS,
  solidWidth: 2,
  dashedWidth: 1.5,
  dash: [4, 3],
  arcOpacity: 0.8,
  dimOpacity: 0.15,
};

export const DARK: Flavour = {
  name: 'dark',
  sea: '#0f1a22',
  neighbour: '#1f262c',
  neighbourOutline: '#2e373f',
  unitBorder: '#0f1a22',
  countryOutline: '#56707d',
  legacyBorder: '#a9b8c2',
  selectedOutline: '#f2f5f7',
  point: '#9fe0d6',
  halo: '#0f1a22',
  label: '#e8edf1',
  labelHalo: '#0f1a22',
  island: '#26333b',
  land: '#2a363e',
  arcs: { twinning: '#ff7b6b', agreement: '#6cb4ff', economic: '#f2b53c', project: '#3fd0a3', other: '#a7b0b8' },
  solidWidth: 2,
  dashedWidth: 1.5,
  dash: [4, 3],
  arcOpacity: 0.85,
  dimOpacity: 0.18,
};

export function flavourFor(theme: 'light' | 'dark'): Flavour {
  return theme === 'dark' ? DARK : LIGHT;
}

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
    // Weak flows recede: a level's few strong flows should read first.
    opacity: state.hot || state.pressed ? 1 : state.dimmed ? flavour.dimOpacity : flavour.arcOpacity * (0.55 + 0.45 * (state.strength ?? 1)),
  };
}

/** Largest circle of a location, per level, in px. */
const MAX_RADIUS = { regions: 24, provinces: 13, ties: 8 } as const;

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
