// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRendererUpgrade } from '../../../src/pages/use-renderer-upgrade';

// The WebGL map's chunk: only whether it is asked for matters here.
vi.mock('../../../src/map/WebGLMap', () => ({ default: () => null }));

const options = { webglAvailable: true, upgradeOnIdle: true, svgCamera: null, svgProjector: null, setSvgCamera: () => {} };

describe('the idle upgrade of the full app', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('given a quiet reader, then MapLibre starts loading 2.5 s after the first view', () => {
    const { result } = renderHook(() => useRendererUpgrade(options));
    act(() => vi.advanceTimersByTime(2400));
    expect(result.current.stage).toBe('svg');
    act(() => vi.advanceTimersByTime(3200));
    expect(result.current.stage).toBe('loading');
  });

  it('given a reader pressing keys and clicking, then the load waits until 2.5 s after their last input', () => {
    const { result } = renderHook(() => useRendererUpgrade(options));
    for (let i = 0; i < 4; i++) {
      act(() => vi.advanceTimersByTime(2000));
      act(() => {
        window.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointerdown'));
      });
    }
    act(() => vi.advanceTimersByTime(2400));
    expect(result.current.stage).toBe('svg');
    act(() => vi.advanceTimersByTime(3200));
    expect(result.current.stage).toBe('loading');
  });
});
