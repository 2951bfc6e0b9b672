import { describe, expect, it, vi } from 'vitest';
import { whenFirstIdle, type IdleSource } from '../../../src/map/first-idle';

/**
 * A stand-in for MapLibre's idle events: a repaint asked for ends, a task later, in `idle` (as
 * MapLibre's render does when nothing is left to load); nothing else draws a frame.
 */
function fakeMap() {
  const listeners = new Set<() => void>();
  const emitIdle = () => listeners.forEach((listener) => listener());
  const map = {
    on: (type: string, listener: () => void) => {
      if (type === 'idle') listeners.add(listener);
      return map;
    },
    off: (type: string, listener: () => void) => {
      if (type === 'idle') listeners.delete(listener);
      return map;
    },
    triggerRepaint: () => {
      setTimeout(emitIdle, 0);
    },
  };
  return { map: map as unknown as IdleSource, emitIdle };
}

describe('the hand-over at MapLibre’s first idle', () => {
  it('hands over even when the map fell idle before the page listened (load and idle in one frame)', async () => {
    const { map, emitIdle } = fakeMap();
    emitIdle(); // the frame that fired `load` ended idle, with nobody listening yet
    const ready = vi.fn();
    whenFirstIdle(map, ready);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
  });

  it('hands over once, however many frames end idle after it', async () => {
    const { map, emitIdle } = fakeMap();
    const ready = vi.fn();
    whenFirstIdle(map, ready);
    emitIdle();
    emitIdle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the map goes (its effect cleans up)', async () => {
    const { map } = fakeMap();
    const ready = vi.fn();
    whenFirstIdle(map, ready)();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ready).not.toHaveBeenCalled();
  });
});
