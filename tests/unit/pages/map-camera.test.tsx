import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSelectionFraming, type FramingOptions } from '../../../src/pages/use-map-camera';
import type { Camera } from '../../../src/view/camera';
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
