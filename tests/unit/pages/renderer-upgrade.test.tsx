// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRendererUpgrade } from '../../../src/pages/use-renderer-upgrade';

// The WebGL map's chunk: only whether it is asked for matters here.
vi.mock('../../../src/map/WebGLMap', () => ({ default: () => null }));

const options = { webglAvailable: true, askWebGL: () => true, svgCamera: null, svgProjector: null, setSvgCamera: () => {} };

describe('the upgrade to MapLibre', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('given a reader who only reads, then MapLibre never loads, however long they stay', () => {
    const { result } = renderHook(() => useRendererUpgrade(options));
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.stage).toBe('svg');
  });

  it('given the reader asks for the interactive map, then MapLibre starts loading at once', () => {
    const { result } = renderHook(() => useRendererUpgrade(options));
    act(() => result.current.upgrade());
    expect(result.current.stage).toBe('loading');
  });

  it('given a reader who asks before the WebGL check has answered, then the check is made on the spot and MapLibre loads', () => {
    const askWebGL = vi.fn(() => true);
    const { result } = renderHook(() => useRendererUpgrade({ ...options, webglAvailable: null, askWebGL }));
    act(() => result.current.upgrade());
    expect(askWebGL).toHaveBeenCalledOnce();
    expect(result.current.stage).toBe('loading');
  });

  it('given a reader who presses + before the check, on a machine without WebGL, then the simple map stays and says why', () => {
    const { result } = renderHook(() => useRendererUpgrade({ ...options, webglAvailable: null, askWebGL: () => false }));
    act(() => result.current.zoomBy(1));
    expect(result.current.stage).toBe('svg');
    expect(result.current.notice).toBe('map.notice.no-webgl');
  });
});
