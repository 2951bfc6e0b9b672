/**
 * How the 63 pre-merger provinces are drawn over the map, by the SVG first view, the WebGL map
 * and the legend alike: thin round dots, so that they never read as a dashed flow (dashes mean
 * "no signed document"). The colour is the flavour's `legacyBorder`.
 */
export const LEGACY_BORDER = {
  /** Screen pixels. */
  width: 1.6,
  /** A zero-length dash with a round cap is a dot; the gap is in line widths for MapLibre. */
  dashInWidths: [0, 2] as [number, number],
  opacity: 0.9,
} as const;

/** The same dots as an SVG `stroke-dasharray`, in pixels (with a non-scaling stroke). */
export const LEGACY_BORDER_SVG_DASH = LEGACY_BORDER.dashInWidths.map((d) => d * LEGACY_BORDER.width).join(' ');
