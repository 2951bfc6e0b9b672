import { ARC_COLORS, FILL_COLORS, MAP_COLORS, type RelationshipCategory } from '../geo/encoding';

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
  fills: readonly string[];
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
  island: FILL_COLORS[0] ?? '#f7f7f5',
  fills: FILL_COLORS,
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
  fills: ['#26333b', '#1f4a47', '#24655f', '#2c8478', '#3aa897'],
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

/** Fill of a unit by its partner-count class (see `fillClass`). */
export function flavourFill(flavour: Flavour, fillClassIndex: number): string {
  return flavour.fills[fillClassIndex] ?? flavour.fills[0] ?? '#ffffff';
}

/** Largest stroke of an aggregated arc, in px. */
export const MAX_AGGREGATE_WIDTH = 9;

/** Width of an aggregated overview arc by its number of documents (square root: area reads as count). */
export function aggregateWidth(count: number): number {
  return Math.min(MAX_AGGREGATE_WIDTH, 1.4 + 1.5 * Math.sqrt(Math.max(0, count - 1)));
}

/** Counts shown in the legend's width key. */
export const WIDTH_KEY: readonly number[] = [1, 3, 10];
