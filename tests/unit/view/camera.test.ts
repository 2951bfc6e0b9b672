import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { BOTH_COUNTRIES } from '../../../src/geo/extent';
import { cameraProjector, cameraTransform, constrainCamera, fitCamera, mercatorTransform, unoccludedPadding } from '../../../src/view/camera';

const size = { width: 1440, height: 558 };

describe('fitCamera', () => {
  it('puts both corners of the bounds inside the padded viewport, touching it on the tight axis', () => {
    const padding = { top: 40, right: 40, bottom: 40, left: 40 };
    const project = cameraProjector(fitCamera(BOTH_COUNTRIES, size, { padding }), size);
    const [[w, s], [e, n]] = BOTH_COUNTRIES;
    const [x0, y0] = project([w, n]);
    const [x1, y1] = project([e, s]);
    expect(y0).toBeCloseTo(40, 6);
    expect(y1).toBeCloseTo(size.height - 40, 6);
    expect(x0).toBeGreaterThanOrEqual(40);
    expect(x1).toBeLessThanOrEqual(size.width - 40);
    expect((x0 + x1) / 2).toBeCloseTo(size.width / 2, 6);
  });

  it('shifts the framed bounds away from a padded side', () => {
    const project = cameraProjector(fitCamera(BOTH_COUNTRIES, size, { padding: { top: 10, right: 400, bottom: 10, left: 10 } }), size);
    const [x1] = project([BOTH_COUNTRIES[1][0], BOTH_COUNTRIES[0][1]]);
    expect(x1).toBeLessThanOrEqual(size.width - 400 + 1e-6);
  });

  it('never zooms past maxZoom', () => {
    expect(
      fitCamera(
        [
          [106, 21],
          [106.01, 21.01],
        ],
        size,
        { maxZoom: 6 },
      ).zoom,
    ).toBe(6);
  });
});

describe('the SVG projection', () => {
  it('is d3 geoMercator placing every point where the camera projector does (the handover moves nothing)', () => {
    const camera = fitCamera(BOTH_COUNTRIES, size);
    const { scale, translate } = mercatorTransform(camera, size);
    const d3 = geoMercator().scale(scale).translate(translate);
    const project = cameraProjector(camera, size);
    for (const point of [
      [105.85, 21.03],
      [141.35, 43.06],
      [127.68, 26.21],
    ] as [number, number][]) {
      const [ax, ay] = d3(point) ?? [NaN, NaN];
      const [bx, by] = project(point);
      expect(Math.abs(ax - bx)).toBeLessThan(0.01);
      expect(Math.abs(ay - by)).toBeLessThan(0.01);
    }
  });

  it('moves paths drawn at one camera to another with one scale and shift', () => {
    const from = fitCamera(BOTH_COUNTRIES, size);
    const to = fitCamera(
      [
        [105, 20],
        [110, 24],
      ],
      size,
      { maxZoom: 6 },
    );
    const { k, x, y } = cameraTransform(from, to, size);
    const point: [number, number] = [106.5, 21.5];
    const [fx, fy] = cameraProjector(from, size)(point);
    const [tx, ty] = cameraProjector(to, size)(point);
    expect(fx * k + x).toBeCloseTo(tx, 6);
    expect(fy * k + y).toBeCloseTo(ty, 6);
  });
});

describe('constrainCamera', () => {
  it('keeps the viewport off the poles, as MapLibre does', () => {
    const camera = constrainCamera({ center: [120, 84], zoom: 2 }, size);
    const [, top] = cameraProjector(camera, size)([120, 85.0511]);
    expect(top).toBeLessThanOrEqual(0.01);
  });
});

describe('unoccludedPadding', () => {
  const box = { left: 0, top: 0, right: 1000, bottom: 800 };

  it('cuts a tall control column on the right off along its narrow side', () => {
    const padding = unoccludedPadding(box, [{ left: 950, top: 10, right: 990, bottom: 200 }], 10);
    expect(padding).toEqual({ top: 10, right: 60, bottom: 10, left: 10 });
  });

  it('cuts a phone sheet along the bottom, never leaving less than a third of the map', () => {
    const padding = unoccludedPadding(box, [{ left: 0, top: 100, right: 1000, bottom: 800 }], 10);
    expect(padding.bottom).toBeGreaterThan(400);
    expect(box.bottom - padding.bottom - padding.top).toBeGreaterThanOrEqual(800 / 3 - 1);
  });

  it('ignores what lies outside the map', () => {
    expect(unoccludedPadding(box, [{ left: 0, top: 900, right: 1000, bottom: 1000 }], 12)).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
  });
});
