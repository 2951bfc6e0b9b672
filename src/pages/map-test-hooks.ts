import type { Camera } from '../view/camera';
import type { FlowLevel } from '../view/flows';

export interface MapTestState {
  renderer: 'svg' | 'webgl';
  ready: boolean;
  arcsDrawn: number;
  level: FlowLevel;
  theme: string;
  /** `kind:id` of the selection, '' for none. */
  selected: string;
  /** The camera the page holds (the SVG first view's; MapLibre's moves do not re-render the page). */
  camera: Camera | null;
  opening: Camera | null;
}

const zoomText = (camera: Camera | null) => (camera ? camera.zoom.toFixed(3) : undefined);
const centerText = (camera: Camera | null) => (camera ? camera.center.map((d) => d.toFixed(4)).join(',') : undefined);

/**
 * The map's `data-*` attributes, in one place: what the browser specs, the bench and the
 * screenshots wait for and read (whether the map is drawn, by which renderer, at which level).
 */
export function mapTestHooks(state: MapTestState): Record<`data-${string}`, string | undefined> {
  return {
    'data-testid': 'map',
    'data-renderer': state.renderer,
    'data-map-renderer': state.renderer,
    'data-map-ready': state.ready ? 'true' : 'false',
    'data-arcs-drawn': state.ready ? String(state.arcsDrawn) : '0',
    'data-level': state.level,
    'data-theme': state.theme,
    'data-selected': state.selected,
    'data-camera-zoom': state.renderer === 'svg' ? zoomText(state.camera) : undefined,
    // With the zoom, says the camera moved: the bench's story series waits for it ("map framed").
    'data-camera-center': state.renderer === 'svg' ? centerText(state.camera) : undefined,
    'data-opening-zoom': zoomText(state.opening),
  };
}
