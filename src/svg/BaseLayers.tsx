import { memo, useId } from 'react';
import { LEGACY_BORDER, LEGACY_BORDER_SVG_DASH } from '../view/legacy-borders';
import type { Flavour } from '../view/palette';
import type { Hit } from '../view/projector';
import type { WorldPaths } from './world-paths';

/** How far in from the land's clip box its edge fades into the sea, in world px. */
const EDGE_FADE_PX = 70;
/** The fade starts this far outside the box: the clipped land's outline runs along the box. */
const EDGE_PAD_PX = 4;

/**
 * The neighbours' land is clipped to a box (to keep the download small); in a wide, short map the
 * box's edge showed as a straight cut through the continent. It fades into the sea instead.
 */
function EdgeFade({ extent: { x0, y0, x1, y1 }, sea }: { extent: WorldPaths['extent']; sea: string }) {
  const id = useId();
  const depth = EDGE_FADE_PX + EDGE_PAD_PX;
  const solid = EDGE_PAD_PX / depth;
  const width = x1 - x0 + 2 * EDGE_PAD_PX;
  const height = y1 - y0 + 2 * EDGE_PAD_PX;
  // Each band runs from the box's edge (sea) inwards (clear); the gradient's first point is the edge.
  const bands = [
    { side: 'west', x: x0 - EDGE_PAD_PX, y: y0 - EDGE_PAD_PX, w: depth, h: height, from: [0, 0], to: [1, 0] },
    { side: 'east', x: x1 + EDGE_PAD_PX - depth, y: y0 - EDGE_PAD_PX, w: depth, h: height, from: [1, 0], to: [0, 0] },
    { side: 'north', x: x0 - EDGE_PAD_PX, y: y0 - EDGE_PAD_PX, w: width, h: depth, from: [0, 0], to: [0, 1] },
    { side: 'south', x: x0 - EDGE_PAD_PX, y: y1 + EDGE_PAD_PX - depth, w: width, h: depth, from: [0, 1], to: [0, 0] },
  ] as const;
  return (
    <g data-layer="edge-fade" pointerEvents="none">
      {bands.map(({ side, x, y, w, h, from, to }) => (
        <g key={side}>
          <linearGradient id={`${id}-${side}`} x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]}>
            <stop offset={solid} stopColor={sea} stopOpacity={1} />
            <stop offset={1} stopColor={sea} stopOpacity={0} />
          </linearGradient>
          <rect x={x} y={y} width={w} height={h} fill={`url(#${id}-${side})`} data-edge={side} />
        </g>
      ))}
    </g>
  );
}

/** The first view's land and borders: nothing here depends on the data, the selection or the pointer (memoised, so a filter never redraws it). */
export const BaseLayers = memo(function BaseLayers({ paths, flavour, premerger, onPick }: { paths: WorldPaths; flavour: Flavour; premerger: boolean; onPick: (hit: Hit | null) => void }) {
  return (
    <>
      <path data-layer="neighbours" d={paths.neighbours} fill={flavour.neighbour} stroke={flavour.neighbourOutline} strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
      <EdgeFade extent={paths.extent} sea={flavour.sea} />
      {paths.units.map((unit) => (
        <path
          key={unit.id}
          className="svg-map__unit"
          d={unit.d}
          fill={flavour.land}
          stroke={flavour.countryOutline}
          strokeWidth={0.5}
          vectorEffect="non-scaling-stroke"
          data-locality-id={unit.id}
          data-country={unit.country}
          onClick={(event) => {
            event.stopPropagation();
            onPick({ kind: 'locality', id: unit.id });
          }}
        />
      ))}
      <path d={paths.unitBorders} fill="none" stroke={flavour.unitBorder} strokeWidth={0.7} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      {premerger && (
        <path
          d={paths.legacyBorders}
          fill="none"
          stroke={flavour.legacyBorder}
          strokeWidth={LEGACY_BORDER.width}
          strokeDasharray={LEGACY_BORDER_SVG_DASH}
          strokeLinecap="round"
          strokeOpacity={LEGACY_BORDER.opacity}
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
          data-layer="legacy-borders"
        />
      )}
      {paths.islands.map((island) => (
        <path key={island.id} d={island.d} fill={flavour.island} stroke={flavour.countryOutline} strokeWidth={0.8} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      ))}
    </>
  );
});
