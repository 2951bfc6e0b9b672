import type { RelationshipCategory } from '../geo/encoding';

/**
 * The palette: every colour of the app is written here and nowhere else, in two flavours (light,
 * dark). The WebGL layers, the SVG map, the legend and the printable figure read a flavour; the
 * stylesheets read the same values as CSS variables (src/styles/theme.css, checked against
 * `cssVariables` by tests/unit/view/palette-css.test.ts). Light is the historic palette; dark
 * darkens land, sea, borders and labels and lifts the arcs.
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
  /** The page around the map, by CSS variable name (without `--`). */
  page: PageColours;
  /** Stroke widths of individual document arcs. */
  solidWidth: number;
  dashedWidth: number;
  dash: [number, number];
  arcOpacity: number;
  dimOpacity: number;
}

interface PageColours {
  bg: string;
  surface: string;
  ink: string;
  muted: string;
  line: string;
  link: string;
  focus: string;
  /** The timeline's signed-agreement bars and key. */
  accent: string;
  /** Hover and highlight rows in panels and lists. */
  'accent-soft': string;
  /** How much accent the busiest cell of the region table mixes into `bg`: its text stays ≥ 4.5:1. */
  'matrix-mix-max': string;
  'chip-on-bg': string;
  'chip-on-ink': string;
  /** Text on an `ink` background (the skip link, a pressed view toggle). */
  'on-ink': string;
  /** The app's notices above the map (a reload, a failed load). */
  'notice-bg': string;
  'notice-line': string;
  'notice-action': string;
  /** Names of municipalities and of places without a tie, a step quieter than `label`. */
  'map-label-minor': string;
  /** The boxes over the map (controls, legend, tooltip, count badges). */
  'map-chrome-bg': string;
  'map-chrome-veil': string;
  'map-chrome-ink': string;
  'map-chrome-muted': string;
  'map-chrome-line': string;
  /** The "Explore the map" button while MapLibre loads. */
  'map-chrome-busy': string;
  'map-notice-bg': string;
  'map-notice-ink': string;
  /** The gesture hint's text, on a dark shade over the map in both flavours. */
  'map-hint-ink': string;
  /** The printable figure is drawn on paper whatever the theme. */
  paper: string;
  'paper-ink': string;
}

/** The same in both flavours: a notice reads as a notice, and paper is paper. */
const FIXED = {
  'notice-bg': '#fff4d6',
  'notice-line': '#e5c96b',
  'notice-action': '#8a6d00',
  'map-notice-bg': '#fff8e1',
  'map-notice-ink': '#3d3000',
  'map-hint-ink': '#ffffff',
  paper: '#ffffff',
  'paper-ink': '#000000',
} as const;

export const LIGHT: Flavour = {
  name: 'light',
  sea: '#dbe7ef',
  neighbour: '#ebe8e3',
  neighbourOutline: '#d6d1c9',
  unitBorder: '#ffffff',
  countryOutline: '#8fa3ad',
  legacyBorder: '#4d5b66',
  selectedOutline: '#1d2430',
  point: '#17403c',
  halo: '#ffffff',
  label: '#1d2430',
  labelHalo: '#ffffff',
  island: '#f7f7f5',
  land: '#fbfaf7',
  /*
   * After Okabe & Ito's colour-blind-safe set: vermillion-red and blue for signed documents,
   * orange, bluish green and grey for looser ties. Dashes are not a category: a flow is dashed
   * when none of its ties has a signed document.
   */
  arcs: { twinning: '#b2182b', agreement: '#2166ac', economic: '#d98e04', project: '#009e73', other: '#6f6f6f' },
  page: {
    bg: '#ffffff',
    surface: '#f6f5f2',
    ink: '#1d2430',
    muted: '#4a5463',
    line: '#d5d8de',
    link: '#0b5c8a',
    focus: '#1a56db',
    accent: '#1f5fa8',
    'accent-soft': '#e3eff7',
    'matrix-mix-max': '55%',
    'chip-on-bg': '#0b5c8a',
    'chip-on-ink': '#ffffff',
    'on-ink': '#ffffff',
    'map-label-minor': '#2b3a45',
    'map-chrome-bg': '#ffffff',
    'map-chrome-veil': 'rgb(255 255 255 / 92%)',
    'map-chrome-ink': '#1d2430',
    'map-chrome-muted': '#4a5560',
    'map-chrome-line': '#c9d2d6',
    'map-chrome-busy': '#3d4a5c',
    ...FIXED,
  },
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
  page: {
    bg: '#14181e',
    surface: '#1d232c',
    ink: '#e7eaee',
    muted: '#a9b1bc',
    line: '#38424f',
    link: '#8cb4ff',
    focus: '#8cb4ff',
    accent: '#6cb4ff',
    'accent-soft': '#24364a',
    'matrix-mix-max': '35%',
    'chip-on-bg': '#e7eaee',
    'chip-on-ink': '#14181e',
    'on-ink': '#14181e',
    'map-label-minor': '#c9d3da',
    'map-chrome-bg': '#1d2430',
    'map-chrome-veil': 'rgb(23 30 38 / 94%)',
    'map-chrome-ink': '#e8edf1',
    'map-chrome-muted': '#b6c0c8',
    'map-chrome-line': '#56707d',
    'map-chrome-busy': '#a9b8c2',
    ...FIXED,
  },
  solidWidth: 2,
  dashedWidth: 1.5,
  dash: [4, 3],
  arcOpacity: 0.85,
  dimOpacity: 0.18,
};

/**
 * The CSS variables of a flavour (names without `--`): the page's colours, plus the map's sea
 * and label colours that the stylesheets draw around the renderers (the container behind the
 * first paint, DOM labels and their halo).
 */
export function cssVariables(flavour: Flavour): Record<string, string> {
  return { ...flavour.page, 'map-sea': flavour.sea, 'map-label': flavour.label, 'map-label-halo': flavour.labelHalo };
}

export function flavourFor(theme: 'light' | 'dark'): Flavour {
  return theme === 'dark' ? DARK : LIGHT;
}
