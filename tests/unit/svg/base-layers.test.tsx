// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BaseLayers } from '../../../src/svg/BaseLayers';
import { projectWorld } from '../../../src/svg/world-paths';
import { LIGHT } from '../../../src/view/palette';
import { fixtureGeo } from '../../fixtures/map/geo';

const geo = fixtureGeo();
const world = await projectWorld(geo, 5, { turn: () => Promise.resolve(), sliceMs: Infinity });

describe('the first view’s base layers', () => {
  it('fade the land into the sea at the edges of the box it is clipped to, on all four sides, and nowhere else', () => {
    const { container } = render(
      <svg>
        <BaseLayers paths={world} flavour={LIGHT} premerger={false} onPick={() => {}} />
      </svg>,
    );
    const { x0, x1, y0, y1 } = world.extent;
    expect(x0).toBeLessThan(x1);
    expect(y0).toBeLessThan(y1);
    const band = (side: string) => {
      const rect = container.querySelector(`[data-edge="${side}"]`);
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect?.getAttribute(a)));
      const gradient = container.querySelector(rect?.getAttribute('fill')?.slice(4, -1) ?? 'none');
      const stops = [...(gradient?.querySelectorAll('stop') ?? [])].map((s) => [s.getAttribute('stop-color'), Number(s.getAttribute('stop-opacity'))]);
      return { x: x ?? NaN, y: y ?? NaN, right: (x ?? NaN) + (w ?? NaN), bottom: (y ?? NaN) + (h ?? NaN), stops };
    };
    const [west, east, north, south] = ['west', 'east', 'north', 'south'].map(band);
    // Each band straddles its edge and stays a thin strip inside the box.
    expect(west?.x).toBeLessThan(x0);
    expect(west?.right).toBeGreaterThan(x0);
    expect(west?.right).toBeLessThan(x0 + (x1 - x0) / 4);
    expect(east?.x).toBeLessThan(x1);
    expect(east?.right).toBeGreaterThan(x1);
    expect(north?.y).toBeLessThan(y0);
    expect(north?.bottom).toBeGreaterThan(y0);
    expect(south?.y).toBeLessThan(y1);
    expect(south?.bottom).toBeGreaterThan(y1);
    // Sea-coloured: opaque at the edge, clear inwards.
    for (const b of [west, east, north, south])
      expect(b?.stops).toEqual([
        [LIGHT.sea, 1],
        [LIGHT.sea, 0],
      ]);
  });
});
