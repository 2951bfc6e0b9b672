// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cumulative, documentsPerYear, officialCountMarks, type CumulativeCount, type OfficialCountMark, type YearCount } from '../../../src/partners';
import { Timeline } from '../../../src/panels/Timeline';
import { TimelineChart, type TimelineChartProps } from '../../../src/panels/TimelineChart';
import { useStore } from '../../../src/state/store';
import { fixtureBundle } from '../../fixtures/bundle';
import { renderWithData, resetStore } from './render';

/**
 * happy-dom does no layout: every clientWidth is 0. The chart measures its box with useSize
 * (clientWidth, then a ResizeObserver), so the tests give every element the width under test.
 */
function layoutAt(width: number): void {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 150 });
}
afterEach(() => {
  // Back to happy-dom's own getters (on Element.prototype).
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});

/**
 * Widest a year label can be at the test's 16 px text: 0.7 em per digit is more than any digit
 * of the UI fonts (about 0.55 em in tabular figures), so "no overlap" here holds in a browser too.
 */
const FONT_PX = 16;
const labelWidth = (text: string) => text.length * 0.7 * FONT_PX;

/** The real data's shape (1995–2026, a long flat start, up to 29 a year, 110 officially). */
function longSeries(): CumulativeCount[] {
  const years: YearCount[] = [];
  for (let year = 1995; year <= 2026; year++) years.push({ year, agreements: year >= 2013 ? 8 : year % 2, others: year >= 2018 ? 4 : 0 });
  return cumulative(years);
}
const fixtureSeries = (): CumulativeCount[] => cumulative(documentsPerYear(fixtureBundle.pairs).years);
const fixtureMarks = (): OfficialCountMark[] => officialCountMarks(fixtureBundle);

function renderChart(width: number, props: Partial<TimelineChartProps> = {}) {
  layoutAt(width);
  const all: TimelineChartProps = {
    series: fixtureSeries(),
    marks: fixtureMarks(),
    years: null,
    onPickStart: () => {},
    onPickMove: () => {},
    onPickEnd: () => {},
    ...props,
  };
  render(<TimelineChart {...all} />);
  return screen.getByTestId('timeline-chart');
}

interface Tick {
  label: string;
  x: number;
  y: number;
}
function ticks(testId: string): Tick[] {
  return screen.getAllByTestId(testId).map((g) => {
    const text = g.querySelector('text')!;
    return { label: text.textContent ?? '', x: Number(text.getAttribute('x')), y: Number(text.getAttribute('y')) };
  });
}

describe('TimelineChart', () => {
  beforeEach(resetStore);

  it.each([280, 320, 375, 1440])('labels years between the first and the last, without overlap and inside the chart, at %i px', (width) => {
    for (const series of [fixtureSeries(), longSeries()]) {
      const svg = renderChart(width, { series });
      const years = ticks('timeline-year-tick');
      const first = series[0]!.year;
      const last = Math.max(series[series.length - 1]!.year, ...fixtureMarks().map((m) => m.year));
      const intermediate = years.filter((t) => Number(t.label) > first && Number(t.label) < last);
      expect(intermediate.length).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < years.length; i++) {
        const left = years[i - 1]!;
        const right = years[i]!;
        expect(right.x - labelWidth(right.label) / 2).toBeGreaterThan(left.x + labelWidth(left.label) / 2);
      }
      for (const t of years) {
        expect(t.x - labelWidth(t.label) / 2).toBeGreaterThanOrEqual(-2);
        expect(t.x + labelWidth(t.label) / 2).toBeLessThanOrEqual(Number(svg.getAttribute('width')) + 2);
      }
      cleanup(); // the next series renders afresh
    }
  });

  it('labels 2015 and 2020 at 280 px for the fixture (2011–2025)', () => {
    renderChart(280);
    expect(ticks('timeline-year-tick').map((t) => t.label)).toEqual(['2015', '2020', '2025']);
  });

  it.each([280, 1440])('draws in CSS pixels at %i px: no viewBox, no transform, text at the inherited size', (width) => {
    const svg = renderChart(width);
    expect(svg).not.toHaveAttribute('viewBox');
    expect(svg).not.toHaveAttribute('preserveAspectRatio');
    expect(svg).toHaveAttribute('width', String(width));
    // The height follows the text and a little the width, but a wide chart is not scaled up.
    expect(Number(svg.getAttribute('height'))).toBeLessThanOrEqual(200);
    expect(svg.querySelectorAll('[transform]')).toHaveLength(0);
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      expect(text).not.toHaveAttribute('font-size');
      expect(text).not.toHaveAttribute('transform');
      expect(text.getAttribute('style') ?? '').not.toMatch(/font-size|scale/);
    }
  });

  it('thins the year labels further when the panel text is larger', () => {
    layoutAt(280);
    const props: TimelineChartProps = { series: longSeries(), marks: [], years: null, onPickStart: () => {}, onPickMove: () => {}, onPickEnd: () => {} };
    const small = render(<TimelineChart {...props} />);
    const atSixteen = ticks('timeline-year-tick').length;
    small.unmount();
    render(
      <div style={{ fontSize: '28px' }}>
        <TimelineChart {...props} />
      </div>,
    );
    const big = ticks('timeline-year-tick');
    expect(big.length).toBeLessThanOrEqual(atSixteen);
    for (let i = 1; i < big.length; i++) expect(big[i]!.x - big[i - 1]!.x).toBeGreaterThan(big[i]!.label.length * 0.6 * 28);
  });

  it('has a count axis on the left with at least two labelled ticks, 0 at the bottom', () => {
    const svg = renderChart(280);
    const counts = ticks('timeline-count-tick');
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts[0]!.label).toBe('0');
    for (let i = 1; i < counts.length; i++) {
      expect(Number(counts[i]!.label)).toBeGreaterThan(Number(counts[i - 1]!.label));
      expect(counts[i]!.y).toBeLessThan(counts[i - 1]!.y); // larger counts higher up
    }
    // Left of every bar and every year label.
    const firstBar = Number(svg.querySelector('.bar-agreements')!.getAttribute('x'));
    for (const c of counts) expect(c.x).toBeLessThan(firstBar);
    // The axis reaches the officials' count, which is drawn on it.
    expect(Number(counts[counts.length - 1]!.label)).toBeGreaterThanOrEqual(fixtureMarks()[0]!.value * 0.5);
  });

  it("draws the officials' marker no larger than a data point of the running total", () => {
    for (const width of [280, 1440]) {
      renderChart(width);
      const points = screen.getAllByTestId('timeline-point');
      expect(points.length).toBe(fixtureSeries().length);
      const pointR = Math.min(...points.map((p) => Number(p.getAttribute('r'))));
      const mark = screen.getByTestId('timeline-official-mark');
      const r = Number(mark.getAttribute('r'));
      const stroke = Number(mark.getAttribute('stroke-width') ?? 0);
      expect(r).toBeLessThanOrEqual(pointR);
      // Its drawn edge, stroke included, too.
      expect(r + stroke / 2).toBeLessThanOrEqual(pointR);
      expect(pointR).toBeLessThanOrEqual(3.5); // a point, not a ring scaled with the width
      cleanup();
    }
  });

  it('turns a press and a drag into years, in CSS pixels', () => {
    const onPickStart = vi.fn();
    const onPickMove = vi.fn();
    const onPickEnd = vi.fn();
    const svg = renderChart(320, { onPickStart, onPickMove, onPickEnd });
    const at = (year: string) => ticks('timeline-year-tick').find((t) => t.label === year)!.x;
    fireEvent.pointerDown(svg, { clientX: at('2015'), pointerId: 1 });
    expect(onPickStart).toHaveBeenCalledWith(2015);
    fireEvent.pointerMove(svg, { clientX: at('2020'), pointerId: 1 });
    expect(onPickMove).toHaveBeenLastCalledWith(2020);
    fireEvent.pointerMove(svg, { clientX: 10_000, pointerId: 1 });
    expect(onPickMove).toHaveBeenLastCalledWith(2025); // clamped to the last year
    fireEvent.pointerUp(svg, { pointerId: 1 });
    expect(onPickEnd).toHaveBeenCalled();
  });

  it('sets the store years by dragging across the chart inside the Timeline panel', () => {
    layoutAt(320);
    renderWithData(<Timeline />);
    const svg = screen.getByTestId('timeline-chart');
    const at = (year: string) => ticks('timeline-year-tick').find((t) => t.label === year)!.x;
    fireEvent.pointerDown(svg, { clientX: at('2020'), pointerId: 1 });
    expect(useStore.getState().years).toEqual([2020, 2020]);
    fireEvent.pointerMove(svg, { clientX: at('2015'), pointerId: 1 });
    expect(useStore.getState().years).toEqual([2015, 2020]);
    fireEvent.pointerUp(svg, { pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: at('2025'), pointerId: 1 });
    expect(useStore.getState().years).toEqual([2015, 2020]); // no change once released
    // The selection is shaded on the chart, and bars outside it fade.
    expect(svg.querySelector('.timeline-brush')).not.toBeNull();
    expect(svg.querySelectorAll('g.out').length).toBeGreaterThan(0);
  });
});
