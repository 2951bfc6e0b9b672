import type { IndexedCore } from '../data/selectors';
import type { CorePair } from '../data/types';
import type { Selection } from '../state/types';
import { useCoreData } from './bundle-context';
import { buildMapModel, type MapModel } from './map-model';
import { selectVisible, veilsUnits } from './visible';
import { useMapSelection, useShownFilters } from './shown-view';

export interface MapView {
  /** Pairs the filters let through (./visible.ts). */
  visible: readonly CorePair[];
  filtered: boolean;
  selection: Selection;
  zoomedIn: boolean;
}

// Models by data, by visible array (itself one array per filter values, ./visible.ts), then by the
// rest of the view. Keyed, not one slot: the map area and its renderer ask for the live view while
// the Embed dialog's figure asks for another. Bounded per array, since a reader clicking around
// walks through many selections.
const MAX_ENTRIES_PER_ARRAY = 16;
const cache = new WeakMap<ReadonlyMap<string, CorePair>, WeakMap<readonly CorePair[], Map<string, MapModel>>>();

function viewKey({ filtered, selection, zoomedIn }: MapView): string {
  return `${filtered ? 1 : 0}|${zoomedIn ? 1 : 0}|${selection.kind}:${selection.kind === 'none' ? '' : selection.id}`;
}

/**
 * The map model of a view of the data: what the SVG first view, the WebGL map and the printable
 * map draw. The same view of the same data gives back the same object, so every renderer reading
 * it and the map area around them share one computation.
 */
export function mapModelOf(data: Pick<IndexedCore, 'bundle' | 'pairById' | 'localityById'>, view: MapView): MapModel {
  let byVisible = cache.get(data.pairById);
  if (!byVisible) cache.set(data.pairById, (byVisible = new WeakMap()));
  let byKey = byVisible.get(view.visible);
  if (!byKey) byVisible.set(view.visible, (byKey = new Map()));
  const key = viewKey(view);
  const hit = byKey.get(key);
  if (hit) return hit;
  const { bundle, pairById, localityById } = data;
  const model = buildMapModel({ pairs: bundle.pairs, pairById, localityById, regions: bundle.regions, ...view });
  if (byKey.size >= MAX_ENTRIES_PER_ARRAY) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, model);
  return model;
}

/**
 * The live map's model, from the data channel and the filters and selection as shown: a hook, so
 * a renderer given only the camera's `zoomedIn` draws what the page shows.
 */
export function useMapModel(zoomedIn: boolean): MapModel {
  const data = useCoreData();
  const filters = useShownFilters();
  const visible = selectVisible(data.bundle.pairs, filters);
  const selection = useMapSelection();
  const filtered = veilsUnits(filters);
  return mapModelOf(data, { visible, filtered, selection, zoomedIn });
}
