import { describe, expect, it } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import { flowStates } from '../../../src/view/flow-style';
import { buildMapModel } from '../../../src/view/map-model';
import { circleRadius, flowPaint, flowWidth, MAX_FLOW_WIDTH, viewScale } from '../../../src/view/flow-paint';
import { DARK, flavourFor, LIGHT } from '../../../src/view/palette';
import { pairs } from '../../fixtures/map/bundle';
import { fixtureBundle } from '../../fixtures/bundle';

const plain = { hot: false, dimmed: false, pressed: false };
const flow = (ties: number, signed = true) => ({ ties, category: 'twinning' as const, signed });

describe('flow widths', () => {
  it('grows with the number of ties, as a square root: four times the extra ties, twice the extra width', () => {
    const widths = [1, 2, 5, 10, 20].map(flowWidth);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(widths.length);
    const extra = (ties: number) => flowWidth(ties) - flowWidth(1);
    expect(extra(1 + 4 * 3)).toBeCloseTo(2 * extra(1 + 3), 6);
  });

  it('never draws a flow wider than the largest stroke, however many ties', () => {
    expect(flowWidth(10_000)).toBe(MAX_FLOW_WIDTH);
    expect(flowWidth(2)).toBeLessThan(MAX_FLOW_WIDTH);
  });

  it('keeps the thinnest flow visible, even on the narrowest phone', () => {
    expect(flowWidth(1)).toBeGreaterThanOrEqual(1.5);
    expect(flowWidth(1) * viewScale(320)).toBeGreaterThanOrEqual(0.8);
    expect(viewScale(1440)).toBe(1);
  });

  it('draws the selected flow wider than a hovered one, and a hovered one wider than the rest', () => {
    const width = (state: Partial<typeof plain>) => flowPaint(flow(3), LIGHT, { ...plain, ...state }).width;
    expect(width({ pressed: true })).toBeGreaterThan(width({ hot: true }));
    expect(width({ hot: true })).toBeGreaterThan(width({}));
  });

  it('shrinks every flow by the same factor on a small map, in the paint both renderers read', () => {
    const data = indexCore({ ...fixtureBundle, pairs });
    const model = buildMapModel({
      pairs,
      pairById: data.pairById,
      localityById: data.localityById,
      regions: fixtureBundle.regions,
      visible: pairs,
      filtered: false,
      selection: { kind: 'none' },
      zoomedIn: false,
    });
    const full = flowStates(model, null, LIGHT, 1);
    const small = flowStates(model, null, LIGHT, 0.6);
    expect(full.size).toBeGreaterThan(1);
    for (const [id, paint] of full) expect(small.get(id)?.width).toBeCloseTo(paint.width * 0.6, 6);
  });
});

describe('flow paint', () => {
  it('draws a flow solid when it has a signed document, dashed otherwise', () => {
    expect(flowPaint(flow(1, true), LIGHT, plain).dash).toBeNull();
    expect(flowPaint(flow(1, false), LIGHT, plain).dash).toEqual(LIGHT.dash);
  });

  it('fades the other flows while one is hovered, and shows the hovered one at full strength', () => {
    const normal = flowPaint(flow(2), LIGHT, plain).opacity;
    expect(flowPaint(flow(2), LIGHT, { ...plain, dimmed: true }).opacity).toBeLessThan(normal / 2);
    expect(flowPaint(flow(2), LIGHT, { ...plain, hot: true }).opacity).toBe(1);
  });

  it('takes its colour from the flavour: dark mode draws the dark palette', () => {
    expect(flavourFor('dark')).toBe(DARK);
    expect(flavourFor('light')).toBe(LIGHT);
    expect(flowPaint(flow(1), flavourFor('dark'), plain).color).toBe(DARK.arcs.twinning);
    expect(DARK.arcs.twinning).not.toBe(LIGHT.arcs.twinning);
  });
});

describe('location circles', () => {
  it('give area, not radius, in proportion to ties', () => {
    const big = circleRadius(16, 16, 'regions');
    const quarter = circleRadius(4, 16, 'regions');
    expect(big / quarter).toBeCloseTo(2, 6);
  });

  it('stay large enough to click for a place with one tie among many, and vanish without ties', () => {
    expect(circleRadius(1, 10_000, 'ties')).toBeGreaterThanOrEqual(3);
    expect(circleRadius(0, 10, 'regions')).toBe(0);
  });
});
