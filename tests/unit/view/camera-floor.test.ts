import { describe, expect, it } from 'vitest';
import { BOTH_COUNTRIES } from '../../../src/geo/extent';
import { cameraProjector, fitCamera, noWiderThan } from '../../../src/view/camera';

const size = { width: 720, height: 446 };
const opening = fitCamera(BOTH_COUNTRIES, size, { padding: { top: 12, right: 12, bottom: 12, left: 12 } });

describe('noWiderThan, a selection framed in a small map', () => {
  it('given a fit that would zoom out past the opening view, then it stays at the opening zoom', () => {
    const wide = { center: opening.center, zoom: opening.zoom - 1.5 };
    expect(noWiderThan(wide, opening, size).zoom).toBeCloseTo(opening.zoom, 9);
  });

  it('given a fit that zooms in, then it is kept as it is', () => {
    const close = { center: [106, 16] as [number, number], zoom: opening.zoom + 2 };
    expect(noWiderThan(close, opening, size)).toEqual(close);
  });

  it('keeps both ends of a selection inside the map when it holds the zoom', () => {
    // Quảng Ninh and Hokkaido: the widest a selection in these two countries gets.
    const ends: [number, number][] = [
      [107.3, 21.0],
      [142.8, 43.2],
    ];
    const wanted = { center: [125, 32] as [number, number], zoom: opening.zoom - 1 };
    const project = cameraProjector(noWiderThan(wanted, opening, size), size);
    for (const end of ends) {
      const [x, y] = project(end);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(size.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(size.height);
    }
  });
});
