import type { LabelSide } from './label-placement';

/**
 * Region names in two columns, one per country, beside the circles they name: each label at its
 * circle's height, pushed apart vertically so none overlaps, joined to its circle by a leader
 * line. Neighbouring Japanese regions sit a few pixels apart at the opening view, so labels
 * placed at their circles could never all show; in a column every one does. Pure.
 */

export interface ColumnLabel {
  id: string;
  country: 'vn' | 'jp';
  /** The circle's centre on screen, and its radius. */
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** The side the data prefers (`west`/`east`); the other is used when there is no room. */
  prefer: LabelSide;
}

export interface PlacedColumnLabel {
  id: string;
  /** Top-left corner of the label. */
  x: number;
  y: number;
  side: 'west' | 'east';
  /** Leader line from the label's near edge to the circle's edge. */
  line: { x1: number; y1: number; x2: number; y2: number };
}

/** Space between a circle's edge (or the outermost circle) and its column. */
const MARGIN = 10;
// Measured sizes are whole pixels while text boxes are not: keep a little more than a hair apart.
const GAP = 2;

/**
 * Places each country's labels in one column: on the preferred side when the widest label fits
 * between the outermost circle and the edge (less `reserve` px on the east, where the map's
 * controls are), else on the other side; no label lies on one of `obstacles`.
 */
export function columnLayout(
  labels: readonly ColumnLabel[],
  viewport: { width: number; height: number },
  reserve = { east: 0, west: 0 },
  obstacles: readonly { x: number; y: number; width: number; height: number }[] = [],
): PlacedColumnLabel[] {
  const placed: PlacedColumnLabel[] = [];
  // Japan first (its circles stand higher), then Vietnam's column keeps clear of Japan's labels.
  let blocked = [...obstacles];
  for (const country of ['jp', 'vn'] as const) {
    const group = labels.filter((l) => l.country === country);
    if (group.length === 0) continue;
    const widest = Math.max(...group.map((l) => l.width));
    const west = Math.min(...group.map((l) => l.x - l.radius)) - MARGIN;
    const east = Math.max(...group.map((l) => l.x + l.radius)) + MARGIN;
    const room = { west: west - reserve.west, east: viewport.width - reserve.east - east };
    const prefer = group[0]?.prefer === 'east' ? 'east' : 'west';
    const other = prefer === 'east' ? 'west' : 'east';
    const side = room[prefer] >= widest ? prefer : room[other] >= widest ? other : room.east >= room.west ? 'east' : 'west';

    // Top to bottom by circle, each pushed down below the one above and below any obstacle in
    // its way (a control, the explore button), then all up if the last one is off-screen.
    const order = [...group].sort((a, b) => a.y - b.y);
    const xOf = (l: ColumnLabel) => (side === 'east' ? east : Math.max(0, west - l.width));
    const tops: number[] = [];
    order.forEach((l, i) => {
      let top = Math.max(l.y - l.height / 2, i > 0 ? tops[i - 1]! + order[i - 1]!.height + GAP : -Infinity);
      for (let moved = true; moved;) {
        moved = false;
        for (const o of blocked) {
          const x = xOf(l);
          if (x < o.x + o.width && o.x < x + l.width && top < o.y + o.height + GAP && o.y < top + l.height + GAP) {
            top = o.y + o.height + GAP;
            moved = true;
          }
        }
      }
      tops.push(top);
    });
    // The column ends where the map does, or where an obstacle across the whole map (a phone's
    // sheet) starts. A smaller one (the islands' names) is passed below by the pass above: as a
    // floor it pulled a phone's short column up over Japan's labels to the map's top edge.
    const acrossTheMap = (o: { x: number; width: number }) => o.x <= 0 && o.x + o.width >= viewport.width;
    // So does a box across the column below all its circles (the legend), when the whole column
    // fits between its first circle and that box: the last name then stands above the legend,
    // not below it at the end of a long leader line.
    const columnLeft = Math.min(...order.map(xOf));
    const columnRight = Math.max(...order.map((l) => xOf(l) + l.width));
    const lowestCircle = Math.max(...order.map((l) => l.y));
    const columnHeight = order.reduce((sum, l) => sum + l.height + GAP, -GAP);
    const firstTop = (order[0]?.y ?? 0) - (order[0]?.height ?? 0) / 2;
    const belowTheColumn = (o: { x: number; y: number; width: number }) => o.y > lowestCircle && o.x < columnRight && columnLeft < o.x + o.width && o.y - firstTop >= columnHeight;
    const floor = Math.min(viewport.height, ...blocked.filter((o) => o.y > 0 && ((o.y > (order[0]?.y ?? 0) && acrossTheMap(o)) || belowTheColumn(o))).map((o) => o.y));
    // Past the floor: stack again from the bottom up, each label above the one below it and
    // above any obstacle in its way, so pulling the column up never puts a name on an obstacle.
    const last = order.length - 1;
    if (tops[last]! + order[last]!.height > floor) {
      for (let i = last; i >= 0; i--) {
        const l = order[i]!;
        let top = Math.min(tops[i]!, (i === last ? floor : tops[i + 1]! - GAP) - l.height);
        for (let moved = true; moved;) {
          moved = false;
          for (const o of blocked) {
            const x = xOf(l);
            if (x < o.x + o.width && o.x < x + l.width && top < o.y + o.height + GAP && o.y < top + l.height + GAP) {
              top = o.y - l.height - GAP;
              moved = true;
            }
          }
        }
        tops[i] = top;
      }
    }

    order.forEach((l, i) => {
      // A map too short for the whole column (a 320 px phone's strip): the names pushed above its
      // top are left out here and placed at their circles by the caller's collision pass. Clamped
      // to the top, they were drawn one over another.
      if (tops[i]! < 0) return;
      const top = tops[i]!;
      const x = xOf(l);
      const anchorX = side === 'east' ? x : x + l.width;
      const anchorY = top + l.height / 2;
      const dx = anchorX - l.x;
      const dy = anchorY - l.y;
      const d = Math.hypot(dx, dy) || 1;
      blocked = [...blocked, { x, y: top, width: l.width, height: l.height }];
      placed.push({ id: l.id, x, y: top, side, line: { x1: anchorX, y1: anchorY, x2: l.x + (dx / d) * l.radius, y2: l.y + (dy / d) * l.radius } });
    });
  }
  return placed;
}
