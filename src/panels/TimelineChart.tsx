import { scaleBand } from 'd3-scale';
import { useLayoutEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { CumulativeCount, OfficialCountMark, YearRange } from '../partners';
import { useSize } from '../view/use-size';
import { countTicks, FALLBACK_FONT_PX, labelWidth, OFFICIAL_STROKE, pointRadius, TICK, TICK_GAP, yearTicks } from './timeline-ticks';

export interface TimelineChartProps {
  /** Every year from the first dated document to the last, ascending, with running totals. */
  series: readonly CumulativeCount[];
  /** The officials' cumulative counts, drawn on the same count axis as the running total. */
  marks: readonly OfficialCountMark[];
  /** The selected years (shaded, bars outside them faded), or null for all years. */
  years: YearRange | null;
  /** A press on the chart at this year: the start of a drag. */
  onPickStart: (year: number) => void;
  /** The pointer moved over this year while pressed (the caller knows whether a drag is on). */
  onPickMove: (year: number) => void;
  /** The press ended or was cancelled. */
  onPickEnd: () => void;
}

/**
 * The wrapper's computed font size in CSS pixels, read again when its size changes (a zoom or a
 * font change reflows it). SVG text inherits that size, so the margins and the tick thinning are
 * computed for the size the reader actually sees.
 */
function useFontPx(ref: RefObject<HTMLElement | null>, key: unknown): number {
  const [fontPx, setFontPx] = useState(FALLBACK_FONT_PX);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const px = parseFloat(getComputedStyle(el).fontSize);
      setFontPx(Number.isFinite(px) && px > 0 ? px : FALLBACK_FONT_PX);
    };
    measure();
  }, [ref, key]);
  return fontPx;
}

/**
 * The timeline's chart, drawn in CSS pixels at the width it is given (no viewBox), so its text is
 * the panel's text at every width: in a 320 px phone panel and across a 1440 px embed alike. Bars
 * of signed documents and other ties per year, the running total of signed documents as a line
 * with a point per year and the officials' counts as points on the same count axis, year ticks
 * along the bottom and count ticks on the left. The year scale and the tick values come from d3
 * (./timeline-ticks.ts); React draws the ticks (d3-axis would write into DOM that React owns). Hidden from assistive
 * technology: the table beside it is the text alternative, and the year inputs the keyboard path.
 */
export function TimelineChart({ series, marks, years, onPickStart, onPickMove, onPickEnd }: TimelineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const fontPx = useFontPx(box, size);
  if (series.length === 0) return null;

  const first = series[0]!.year;
  const last = Math.max(series[series.length - 1]!.year, ...marks.map((m) => m.year));
  const allYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const maxCount = Math.max(1, ...series.map((s) => Math.max(s.agreements + s.others, s.agreementsToDate)), ...marks.map((m) => m.value));

  // Height grows a little with width so a wide embed is not a sliver, but text never scales.
  const width = size?.width ?? 0;
  const height = Math.round(Math.min(200, Math.max(6.5 * fontPx, width / 3.5)));
  const margin = {
    top: Math.ceil(fontPx / 2) + 2, // half a count label sits above the top tick
    right: Math.ceil(labelWidth(String(last), fontPx) / 2), // the last year label is centred on its bar
    bottom: TICK + TICK_GAP + Math.ceil(fontPx * 1.2),
    left: 0,
  };
  const innerHeight = Math.max(1, height - margin.top - margin.bottom);
  const yTicks = countTicks(maxCount, innerHeight, fontPx);
  const yMax = Math.max(maxCount, yTicks[yTicks.length - 1]!);
  margin.left = Math.ceil(Math.max(labelWidth(String(yTicks[yTicks.length - 1]), fontPx) + TICK + TICK_GAP, labelWidth(String(first), fontPx) / 2));
  const innerWidth = Math.max(1, width - margin.left - margin.right);

  const x = scaleBand<number>()
    .domain(allYears)
    .range([margin.left, margin.left + innerWidth])
    .paddingInner(0.15);
  // Counts upwards from the baseline, 0 to yMax over the inner height.
  const y = (n: number) => margin.top + innerHeight * (1 - n / yMax);
  const step = x.step();
  const band = x.bandwidth();
  const centre = (year: number) => (x(year) ?? margin.left) + band / 2;
  const base = y(0);
  const xTicks = yearTicks(first, last, step, fontPx);
  const pointR = pointRadius(step);
  const inRange = (year: number) => !years || (year >= years[0] && year <= years[1]);

  // No viewBox: one SVG unit is one CSS pixel, so a pointer's offset from the chart's left edge is
  // already in the scale's units.
  const yearAt = (event: PointerEvent<SVGSVGElement>): number => {
    const left = event.currentTarget.getBoundingClientRect().left;
    const index = Math.floor((event.clientX - left - margin.left) / step);
    return Math.max(first, Math.min(last, first + (Number.isFinite(index) ? index : 0)));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    onPickStart(yearAt(event));
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => onPickMove(yearAt(event));

  const line = series.map((s) => `${centre(s.year)},${y(s.agreementsToDate)}`).join(' ');
  const axisRight = margin.left + innerWidth;

  return (
    <div ref={box} className="timeline-chart-box">
      {size && (
        <svg
          className="timeline-chart"
          data-testid="timeline-chart"
          width={width}
          height={height}
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPickEnd}
          onPointerCancel={onPickEnd}
        >
          <g className="timeline-axis timeline-axis-count" data-testid="timeline-count-axis">
            {yTicks.map((n) => (
              <g key={n} className="tick" data-testid="timeline-count-tick">
                <line className="timeline-grid" x1={margin.left} x2={axisRight} y1={y(n)} y2={y(n)} />
                <line x1={margin.left - TICK} x2={margin.left} y1={y(n)} y2={y(n)} />
                <text x={margin.left - TICK - TICK_GAP} y={y(n)} dy="0.32em" textAnchor="end">
                  {n}
                </text>
              </g>
            ))}
          </g>
          {years && (
            <rect
              className="timeline-brush"
              x={x(Math.max(first, years[0])) ?? margin.left}
              y={margin.top}
              width={(Math.min(last, years[1]) - Math.max(first, years[0]) + 1) * step}
              height={innerHeight}
            />
          )}
          {series.map((s) => {
            const a = base - y(s.agreements);
            const o = base - y(s.others);
            const left = x(s.year) ?? margin.left;
            // At least a hairline, so a year with documents shows even when the band is very narrow.
            const w = Math.max(1, band);
            return (
              <g key={s.year} className={inRange(s.year) ? 'in' : 'out'}>
                <rect className="bar-agreements" x={left} y={base - a} width={w} height={a} />
                <rect className="bar-others" x={left} y={base - a - o} width={w} height={o} />
              </g>
            );
          })}
          <polyline className="timeline-line" points={line} fill="none" />
          {series.map((s) => (
            <circle key={s.year} className="timeline-point" data-testid="timeline-point" cx={centre(s.year)} cy={y(s.agreementsToDate)} r={pointR} />
          ))}
          {marks.map((m) => (
            <g key={m.date} className="timeline-official">
              {/* Hollow, to tell it from the documented points; its outer edge (radius plus half the
                  stroke) is the size of a data point. */}
              <circle data-testid="timeline-official-mark" cx={centre(m.year)} cy={y(m.value)} r={Math.max(0.5, pointR - OFFICIAL_STROKE / 2)} strokeWidth={OFFICIAL_STROKE} />
            </g>
          ))}
          <g className="timeline-axis timeline-axis-years" data-testid="timeline-year-axis">
            <line x1={margin.left} x2={axisRight} y1={base} y2={base} />
            {xTicks.map((year) => (
              <g key={year} className="tick" data-testid="timeline-year-tick">
                <line x1={centre(year)} x2={centre(year)} y1={base} y2={base + TICK} />
                <text x={centre(year)} y={base + TICK + TICK_GAP} dy="0.71em" textAnchor="middle">
                  {year}
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}
