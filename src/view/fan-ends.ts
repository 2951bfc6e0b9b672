import type { LonLat } from '../geo/arcs';

/**
 * Each flow's two ends, spread along a short line across the location, perpendicular to the
 * mean direction of its flows and ordered by the direction of each flow's other end, so flows
 * leave side by side instead of from one pixel, and neighbours do not cross near the location.
 */
export function fanEnds(flows: readonly { id: string; vnId: string; jpId: string }[], pointOf: (id: string) => LonLat, spread: number): Map<string, [LonLat, LonLat]> {
  const byLocation = new Map<string, { flowId: string; other: LonLat; side: 0 | 1 }[]>();
  for (const flow of flows) {
    for (const [own, other, side] of [
      [flow.vnId, flow.jpId, 0],
      [flow.jpId, flow.vnId, 1],
    ] as const) {
      const list = byLocation.get(own) ?? [];
      list.push({ flowId: flow.id, other: pointOf(other), side });
      byLocation.set(own, list);
    }
  }
  const result = new Map<string, [LonLat, LonLat]>(flows.map((f) => [f.id, [pointOf(f.vnId), pointOf(f.jpId)]]));
  for (const [id, list] of byLocation) {
    if (list.length < 2) continue;
    const centre = pointOf(id);
    const k = Math.cos((centre[1] * Math.PI) / 180);
    const bearing = (p: LonLat) => Math.atan2(p[1] - centre[1], (p[0] - centre[0]) * k);
    // The mean of unit vectors, not of angles: bearings to the west straddle ±π.
    const mean = Math.atan2(
      list.reduce((sum, e) => sum + Math.sin(bearing(e.other)), 0),
      list.reduce((sum, e) => sum + Math.cos(bearing(e.other)), 0),
    );
    const relative = (p: LonLat) => {
      const d = bearing(p) - mean;
      return Math.atan2(Math.sin(d), Math.cos(d));
    };
    // Across the mean direction (its left-hand normal): the flow turning most to the right
    // leaves rightmost.
    const across: LonLat = [-Math.sin(mean) / k, Math.cos(mean)];
    const step = Math.min(spread / (list.length - 1), spread / 4);
    list
      .sort((a, b) => relative(a.other) - relative(b.other))
      .forEach((e, i) => {
        const offset = (i - (list.length - 1) / 2) * step;
        const ends = result.get(e.flowId);
        if (ends) ends[e.side] = [centre[0] + across[0] * offset, centre[1] + across[1] * offset];
      });
  }
  return result;
}
