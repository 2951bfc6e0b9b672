import labels from '../../data/geo/labels.json';
import type { LonLat } from './arcs';
import type { MessageKey } from '../i18n';

/** The two archipelagos always labelled on the map, with their i18n key and label point. */
export interface IslandLabel {
  id: 'vn-hoang-sa' | 'vn-truong-sa';
  key: MessageKey;
  point: LonLat;
}

const points = labels as unknown as Record<string, LonLat | undefined>;

export const ISLAND_LABELS: readonly IslandLabel[] = [
  { id: 'vn-hoang-sa', key: 'map.islands.hoang-sa', point: points['vn-hoang-sa'] ?? [112, 16.5] },
  { id: 'vn-truong-sa', key: 'map.islands.truong-sa', point: points['vn-truong-sa'] ?? [114, 10] },
];
