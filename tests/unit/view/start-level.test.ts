import { describe, expect, it } from 'vitest';
import { pastProvincesThreshold, PROVINCES_ZOOM_STEP } from '../../../src/view/use-zoomed-in';

describe('the level an embed opens on', () => {
  const opening = 3.2;

  it('by default the opening view shows regions, and zooming in past the step shows provinces', () => {
    expect(pastProvincesThreshold(opening, opening)).toBe(false);
    expect(pastProvincesThreshold(opening + PROVINCES_ZOOM_STEP, opening)).toBe(true);
  });

  it('level=provinces opens on provinces, even after a hand-over rounds the zoom down a little', () => {
    expect(pastProvincesThreshold(opening, opening, 'provinces')).toBe(true);
    expect(pastProvincesThreshold(opening - 0.05, opening, 'provinces')).toBe(true);
  });

  it('level=provinces still gives the regions when the reader zooms out past the opening view', () => {
    expect(pastProvincesThreshold(opening - 0.5, opening, 'provinces')).toBe(false);
  });
});
