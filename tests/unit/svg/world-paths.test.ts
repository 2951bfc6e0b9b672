import { describe, expect, it } from 'vitest';
import { projectWorld, referenceZoom, worldTransform } from '../../../src/svg/world-paths';
import { cameraProjector, fitCamera } from '../../../src/view/camera';
import { fixtureGeo } from '../../fixtures/map/geo';

const geo = fixtureGeo();
/** No turns to wait for: one slice. */
const now = { turn: () => Promise.resolve(), sliceMs: Infinity };

/** The first vertex of path text (`M x,y…`). */
function firstVertex(d: string): [number, number] {
  const [x, y] = d.slice(1).split(/[LZM]/)[0]!.split(',').map(Number);
  return [x!, y!];
}

describe('world paths', () => {
  it.each([
    ['a phone', { width: 375, height: 500 }],
    ['a desktop', { width: 1440, height: 800 }],
  ])('on %s, a unit’s corner drawn through the world transform lands where the camera puts it (labels, WebGL)', async (_, size) => {
    const camera = fitCamera(
      [
        [101.8, 7.9],
        [146.2, 45.7],
      ],
      size,
    );
    const world = await projectWorld(geo, referenceZoom(camera.zoom), now);
    const unit = geo.units.features.find((f) => f.properties.id === 'vn-da-nang')!;
    const corner = (unit.geometry.type === 'Polygon' ? unit.geometry.coordinates[0]![0]! : [0, 0]) as [number, number];
    const [wx, wy] = firstVertex(world.units.find((u) => u.id === 'vn-da-nang')!.d);
    // A selection zooms in: the same paths serve any camera.
    for (const view of [camera, { ...camera, zoom: camera.zoom + 1.7, center: [108, 16] as [number, number] }]) {
      const { k, x, y } = worldTransform(world.zoom, view, size);
      const [px, py] = cameraProjector(view, size)(corner);
      // One decimal of world units, scaled by the transform.
      expect(Math.abs(wx * k + x - px)).toBeLessThan(0.05 * k + 1e-6);
      expect(Math.abs(wy * k + y - py)).toBeLessThan(0.05 * k + 1e-6);
    }
  });

  it('projects once per half step of zoom, so a small resize reuses the paths', () => {
    expect(referenceZoom(3.54)).toBe(3.5);
    expect(referenceZoom(3.7)).toBe(3.5);
    expect(referenceZoom(2.47)).toBe(2.5);
  });

  it('draws every unit, island and border layer of the boundaries', async () => {
    const world = await projectWorld(geo, 3, now);
    expect(world.units.map((u) => u.id)).toEqual(geo.units.features.map((f) => f.properties.id));
    expect(world.units.every((u) => u.d.startsWith('M'))).toBe(true);
    expect(world.islands).toHaveLength(geo.islands.features.length);
    expect(world.neighbours).toMatch(/^M/);
  });

  it('gives the browser a turn between slices, and stops when the turn is refused (superseded)', async () => {
    let turns = 0;
    const everyPiece = {
      turn: () => {
        turns += 1;
        return Promise.resolve();
      },
      sliceMs: -1,
    };
    await projectWorld(geo, 3, everyPiece);
    expect(turns).toBeGreaterThanOrEqual(geo.units.features.length);

    let refused = 0;
    const superseded = {
      turn: () => {
        refused += 1;
        return Promise.reject(new Error('superseded'));
      },
      sliceMs: -1,
    };
    await expect(projectWorld(geo, 3, superseded)).rejects.toThrow('superseded');
    expect(refused).toBe(1);
  });
});
