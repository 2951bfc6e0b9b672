import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useState, type RefObject } from 'react';
import type { Locality } from '../data/types';
import type { Selection } from '../state/types';
import type { Camera, Size } from '../view/camera';
import type { FlowScene } from '../view/flows';
import { overviewCamera, selectionCamera } from '../view/framing';

/** A key per selection ('' for none): the framing runs once for each. */
export function selectionKeyOf(selection: Selection): string {
  return selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`;
}

/**
 * The opening camera for the map's size (`opening`), and the SVG map's camera (`camera`), which
 * follows the opening one on resizes until the reader moves or selects something.
 */
export function useOpeningCamera(containerRef: RefObject<HTMLDivElement | null>, size: Size | null, selection: Selection) {
  const [opening, setOpening] = useState<Camera | null>(null);
  const [camera, setCamera] = useState<Camera | null>(null);
  const [userMoved, setUserMoved] = useState(false);
  // Read when the size changes, not watched: a selection or a move later must not refit.
  const keepCamera = useEffectEvent(() => userMoved || selection.kind !== 'none');
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el || !size) return;
    const overview = overviewCamera(el, size);
    setOpening(overview);
    const keep = keepCamera();
    setCamera((old) => (old && keep ? old : overview));
  }, [containerRef, size]);
  const markUserMoved = useCallback(() => setUserMoved(true), []);
  /** Back to the opening view, on whichever map is drawn. */
  const resetView = useCallback(
    (goTo: (camera: Camera, animate: boolean) => void) => {
      const el = containerRef.current;
      if (!el || !size) return;
      setUserMoved(false);
      goTo(overviewCamera(el, size), true);
    },
    [containerRef, size],
  );
  return { opening, camera, setCamera, markUserMoved, resetView };
}

export interface FramingOptions {
  containerRef: RefObject<HTMLDivElement | null>;
  size: Size | null;
  ready: boolean;
  selection: Selection;
  scene: FlowScene;
  localityById: ReadonlyMap<string, Locality>;
  /** The list covers the map: frame once it closes (measuring a covered map costs a layout per pick). */
  covered: boolean;
  /** The embed never zooms out past its opening view (its frame is small). */
  opening: Camera | null;
  floorAtOpening: boolean;
  goTo: (camera: Camera, animate: boolean) => void;
}

/**
 * Frames each selection inside the unoccluded part of the map: the selected place and what the
 * level draws for it. Once per selection (and on a resize): a filter that changes the scene must
 * not move the camera, so the scene is read, not watched.
 */
export function useSelectionFraming({ containerRef, size, ready, selection, scene, localityById, covered, opening, floorAtOpening, goTo }: FramingOptions) {
  const key = selectionKeyOf(selection);
  const frame = useEffectEvent(() => {
    const el = containerRef.current;
    if (!el || !size) return;
    const points = scene.locations.map((l) => l.point);
    const own = selection.kind === 'locality' ? localityById.get(selection.id)?.point : undefined;
    const target = selectionCamera(el, size, own ? [own, ...points] : points, floorAtOpening && opening ? opening.zoom : undefined);
    if (target) goTo(target, true);
  });
  useEffect(() => {
    if (ready && key && !covered) frame();
  }, [key, ready, size, covered]);
}
