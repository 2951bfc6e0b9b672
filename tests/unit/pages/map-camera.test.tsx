import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSelectionFraming, type FramingOptions } from '../../../src/pages/use-map-camera';
import { cameraProjector, fitCamera, type Camera } from '../../../src/view/camera';
import { BOTH_COUNTRIES } from '../../../src/geo/extent';
import type { FlowScene } from '../../../src/view/flows';

const size = { width: 720, height: 446 };
const opening: Camera = { center: [124, 27], zoom: 3.2 };
// A Vietnamese unit with partners from Kyūshū to Hokkaidō: a fit with the framing's margins
// in a 720 × 446 map wants less than the opening zoom.
const scene = { locations: [{ point: [107.3, 21.0] }, { point: [130.4, 33.6] }, { point: [142.8, 43.2] }] } as unknown as FlowScene;

function frame(options: Partial<FramingOptions>) {
  const goTo = vi.fn<(camera: Camera, animate: boolean) => void>();
  const containerRef = { current: document.createElement('div') };
  const props: FramingOptions = {
    containerRef,
    size,
    ready: true,
    selection: { kind: 'locality', id: 'vn-quang-ninh' },
    scene,
    localityById: new Map(),
    covered: false,
    opening,
    floorAtOpening: false,
    goTo,
    ...options,
  };
  const hook = renderHook((p: FramingOptions) => useSelectionFraming(p), { initialProps: props });
  return { goTo, hook, props };
}

describe('framing a selection', () => {
  it('given the full app, then a wide selection may zoom out past the opening view', () => {
    const { goTo } = frame({});
    expect(goTo).toHaveBeenCalledOnce();
    expect(goTo.mock.calls[0]?.[0].zoom).toBeLessThan(opening.zoom);
  });

  it('given the embed, then the same selection never zooms out past the opening view', () => {
    const { goTo } = frame({ floorAtOpening: true });
    expect(goTo.mock.calls[0]?.[0].zoom).toBeCloseTo(opening.zoom, 9);
  });

  it('given the embed on a phone, then a selection too wide for its opening zoom spills evenly past both sides of the free box, not past one', () => {
    const phone = { width: 375, height: 420 };
    const phoneOpening = fitCamera(BOTH_COUNTRIES, phone, { padding: { top: 12, right: 12, bottom: 12, left: 12 } });
    // Đà Nẵng with partners in Kyūshū, Kansai and Hokkaidō.
    const daNang: [number, number] = [108.2, 16.05];
    const partners = { locations: [{ point: daNang }, { point: [130.4, 33.6] }, { point: [135.5, 34.7] }, { point: [142.8, 43.2] }] } as unknown as FlowScene;
    // The zoom buttons down the right edge, as in the embed: the box the points go in is off centre.
    const container = document.createElement('div');
    container.getBoundingClientRect = () => ({ left: 0, top: 0, right: 375, bottom: 420, width: 375, height: 420, x: 0, y: 0, toJSON: () => ({}) });
    const controls = document.createElement('div');
    controls.className = 'map-controls';
    controls.getBoundingClientRect = () => ({ left: 327, top: 0, right: 375, bottom: 160, width: 48, height: 160, x: 327, y: 0, toJSON: () => ({}) });
    container.append(controls);
    const { goTo } = frame({ containerRef: { current: container }, floorAtOpening: true, size: phone, opening: phoneOpening, scene: partners, selection: { kind: 'locality', id: 'vn-da-nang' } });
    const camera = goTo.mock.calls[0]?.[0] as Camera;
    expect(camera.zoom).toBeCloseTo(phoneOpening.zoom, 9);
    const project = cameraProjector(camera, phone);
    // The free box: 68 px (16 % of the height) on each side, and the buttons' 48 px on the right.
    const spillWest = 68 - project(daNang)[0];
    const spillEast = project([142.8, 43.2])[0] - (375 - 68 - 48);
    expect(spillWest).toBeGreaterThan(0);
    expect(spillWest).toBeCloseTo(spillEast, 6);
    for (const { point } of partners.locations) {
      const [x, y] = project(point);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(phone.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(phone.height);
    }
  });

  it('frames once per selection: a filter changing the scene does not move the camera', () => {
    const { goTo, hook, props } = frame({});
    hook.rerender({ ...props, scene: { locations: [{ point: [106, 16] }] } as unknown as FlowScene });
    expect(goTo).toHaveBeenCalledOnce();
    hook.rerender({ ...props, selection: { kind: 'locality', id: 'vn-da-nang' } });
    expect(goTo).toHaveBeenCalledTimes(2);
  });

  it('waits while the list covers the map, and frames when it closes', () => {
    const { goTo, hook, props } = frame({ covered: true });
    expect(goTo).not.toHaveBeenCalled();
    hook.rerender({ ...props, covered: false });
    expect(goTo).toHaveBeenCalledOnce();
  });
});
