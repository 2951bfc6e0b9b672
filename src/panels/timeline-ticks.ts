import { ticks } from 'd3-array';

/* The timeline chart's sizes and tick values, in CSS pixels (./TimelineChart.tsx draws them). */

/**
 * Radius of a point on the running-total line: a third of a year's band, between 1.5 and 3.5 px,
 * so neighbouring points do not merge at 280 px and stay visible across a 1440 px embed. The
 * officials' marker is drawn no larger: it is one more data point on the same axis, and a bigger
 * ring made it look like the headline.
 */
export function pointRadius(bandStep: number): number {
  return Math.min(3.5, Math.max(1.5, bandStep * 0.3));
}
export const OFFICIAL_STROKE = 1.5;
/** Length of a tick mark and the gap between a tick and its label, in CSS pixels. */
export const TICK = 4;
export const TICK_GAP = 3;
/** Least free space between two neighbouring year labels, in CSS pixels. */
const LABEL_GAP = 8;
/**
 * Upper bound of a digit's advance, in em. The labels are digits set in tabular figures
 * (panels.css), which are about 0.55 em in the page's fonts; the margin keeps an estimate from
 * ever being short, since happy-dom and the first layout pass cannot measure text.
 */
const DIGIT_EM = 0.62;
/** Used until the wrapper's computed font size is known (and where it cannot be, as in tests). */
export const FALLBACK_FONT_PX = 16;

/** Width of a label of digits at this font size, never less than what the browser draws. */
export function labelWidth(text: string, fontPx: number): number {
  return text.length * DIGIT_EM * fontPx;
}

/*
 * Tick values come from d3-array's `ticks`, the function behind d3-scale's `linear.ticks()`
 * (same "nice" 1-2-5 steps). d3-scale's scaleLinear itself would bring d3-interpolate, d3-color
 * and d3-format into the first view for a mapping that is one line here: about 9 KB gzip against
 * 0.3 KB, with the embed's first-view budget (250 KB) already reached. The years use d3-scale's
 * scaleBand (2 KB), which does the band arithmetic the bars and the pointer need.
 */

/**
 * The years to label: "nice" ticks (every 1, 2, 5, 10, … years) over the year domain, taking the
 * densest set whose neighbours are at least one label plus a gap apart at this band step, so
 * labels never overlap however narrow the chart (at 280 px the real data gets one every 10 years).
 */
export function yearTicks(first: number, last: number, bandStep: number, fontPx: number): number[] {
  if (last <= first) return [first];
  const need = labelWidth(String(last), fontPx) + LABEL_GAP;
  const most = Math.max(1, Math.floor(((last - first + 1) * bandStep) / need));
  for (let count = most; count >= 1; count--) {
    const years = ticks(first, last, count).filter(Number.isInteger);
    if (years.length < 2 || (years[1]! - years[0]!) * bandStep >= need) return years;
  }
  return [];
}

/**
 * Count ticks for the left axis: a few round integers from 0 up to the largest count drawn, at
 * least two (0 and one more) so the axis always gives a scale, spaced about two lines of text
 * apart so the labels never touch.
 */
export function countTicks(max: number, innerHeight: number, fontPx: number): number[] {
  const top = Math.max(1, max);
  const want = Math.max(1, Math.floor(innerHeight / (fontPx * 2)));
  const counts = ticks(0, top, want).filter(Number.isInteger);
  return counts.length >= 2 ? counts : [0, top];
}
