import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { Flow } from '../view/flows';
import type { Hit } from '../view/projector';

/** Distance in pixels from a point to a segment. */
function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The feature under the pointer: the flow nearest to it, else a circle, else a unit. */
export function pickFeature(event: MapLayerMouseEvent, instance: MapLibreMap, flows: readonly Flow[]): Hit | null {
  const lineOf = (id: string) => flows.find((f) => f.id === id)?.line;
  let best: { id: string; distance: number } | null = null;
  for (const f of event.features ?? []) {
    const id = String(f.properties?.id ?? '');
    const line = f.source === 'flows' ? lineOf(id) : undefined;
    if (!line) continue;
    const pixels = line.map((c) => instance.project(c));
    for (let i = 1; i < pixels.length; i++) {
      const a = pixels[i - 1];
      const b = pixels[i];
      if (!a || !b) continue;
      const distance = segmentDistance(event.point, a, b);
      if (!best || distance < best.distance) best = { id, distance };
    }
  }
  if (best) return { kind: 'flow', id: best.id };
  const circle = (event.features ?? []).find((f) => f.source === 'locations');
  if (circle) return { kind: circle.properties?.kind === 'region' ? 'region' : 'locality', id: String(circle.properties?.id ?? '') };
  const unit = (event.features ?? []).find((f) => f.layer.id === 'units-fill');
  const id = unit?.properties?.id as string | undefined;
  return id ? { kind: 'locality', id } : null;
}
