import type { LabelBox } from './label-placement';

/** Selector of the overlays no label may cover and the camera frames around. */
export const MAP_OBSTACLES = '.map-controls, .map-zoom, .map-premerger, .map-legend, .map-explore, .map-progress';

/** The overlays' boxes relative to `container`, as boxes no label may overlap. */
function measureObstacles(container: HTMLElement): LabelBox[] {
  const parent = container.parentElement;
  if (!parent) return [];
  const origin = container.getBoundingClientRect();
  const box = (el: Element, i: number): LabelBox => {
    const r = el.getBoundingClientRect();
    return { id: `#obstacle-${i}`, x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height, priority: Infinity };
  };
  // A phone's bottom sheet lies over the map (outside its parent): what it covers is no place for a label.
  const sheets = [...document.querySelectorAll('[data-map-occluder]')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.top < origin.bottom && r.bottom > origin.top && r.left < origin.right && r.right > origin.left;
  });
  return [...parent.querySelectorAll<HTMLElement>(MAP_OBSTACLES), ...sheets].map(box);
}

/**
 * Keeps the overlays' boxes current without ever forcing a layout: they are read in a
 * ResizeObserver callback, which runs after the browser's own layout, when an overlay or the map
 * changes size (the legend opens, the explore button turns into a progress line) or an overlay
 * comes or goes. Placing labels on a filter, a selection or a camera move then reads nothing.
 * Returns the function that stops watching.
 */
export function watchObstacles(container: HTMLElement, onChange: (boxes: LabelBox[]) => void): () => void {
  const parent = container.parentElement;
  if (!parent || typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') {
    onChange(measureObstacles(container));
    return () => undefined;
  }
  const resizes = new ResizeObserver(() => onChange(measureObstacles(container)));
  // Observing anew reports every element once, so an overlay that left is measured out too.
  const observeAll = () => {
    resizes.disconnect();
    resizes.observe(container);
    parent.querySelectorAll(MAP_OBSTACLES).forEach((el) => resizes.observe(el));
    document.querySelectorAll('[data-map-occluder]').forEach((el) => resizes.observe(el));
  };
  const mounts = new MutationObserver(observeAll);
  mounts.observe(parent, { childList: true });
  observeAll();
  return () => {
    mounts.disconnect();
    resizes.disconnect();
  };
}
