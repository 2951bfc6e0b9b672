import { describe, expect, it } from 'vitest';
import { mapTestHooks, type MapTestState } from '../../../src/pages/map-test-hooks';

const state: MapTestState = {
  renderer: 'svg',
  ready: true,
  arcsDrawn: 7,
  level: 'regions',
  theme: 'light',
  selected: 'locality:vn-da-nang',
  camera: { center: [120, 25], zoom: 3.25 },
  opening: { center: [120, 25], zoom: 3 },
};

describe('the map’s data-* hooks', () => {
  it('say what is drawn, by which renderer, at which level and zoom', () => {
    expect(mapTestHooks(state)).toMatchObject({
      'data-testid': 'map',
      'data-renderer': 'svg',
      'data-map-ready': 'true',
      'data-arcs-drawn': '7',
      'data-level': 'regions',
      'data-selected': 'locality:vn-da-nang',
      'data-camera-zoom': '3.250',
      'data-camera-center': '120.0000,25.0000',
      'data-opening-zoom': '3.000',
    });
  });

  it('count no strokes before the map is ready', () => {
    expect(mapTestHooks({ ...state, ready: false })['data-arcs-drawn']).toBe('0');
  });

  it('leave the camera zoom out once MapLibre draws (its moves do not reach the page)', () => {
    const hooks = mapTestHooks({ ...state, renderer: 'webgl' });
    expect(hooks['data-camera-zoom']).toBeUndefined();
    expect(hooks['data-camera-center']).toBeUndefined();
    expect(hooks['data-map-renderer']).toBe('webgl');
  });
});
