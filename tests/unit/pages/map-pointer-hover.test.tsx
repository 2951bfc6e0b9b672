import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMapPointer } from '../../../src/pages/use-map-pointer';
import type { MapModel } from '../../../src/view/map-model';

const model = { scene: { flows: [], locations: [] } } as unknown as MapModel;
const data = { localityById: new Map(), pairById: new Map(), regionById: new Map() };

describe('the hovered place', () => {
  it('stays the same while the pointer moves over one place, so the maps do not redraw their flows on every move', () => {
    const containerRef = { current: document.createElement('div') };
    const { result } = renderHook(() => useMapPointer(containerRef, model, null, data, 'en'));
    act(() => result.current.onHover({ kind: 'locality', id: 'jp-27' }, 10, 10));
    const first = result.current.hovered;
    expect(first).toEqual({ kind: 'locality', id: 'jp-27' });
    // MapLibre reports each move with a new hit object for the same place.
    act(() => result.current.onHover({ kind: 'locality', id: 'jp-27' }, 14, 12));
    expect(result.current.hovered).toBe(first);
    act(() => result.current.onHover({ kind: 'locality', id: 'jp-13' }, 30, 12));
    expect(result.current.hovered).toEqual({ kind: 'locality', id: 'jp-13' });
    act(() => result.current.onHover(null, 0, 0));
    expect(result.current.hovered).toBeNull();
  });
});
