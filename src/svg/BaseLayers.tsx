import { memo } from 'react';
import { LEGACY_BORDER, LEGACY_BORDER_SVG_DASH } from '../view/legacy-borders';
import type { Flavour } from '../view/palette';
import type { Hit } from '../view/projector';
import type { WorldPaths } from './world-paths';

/** The first view's land and borders: nothing here depends on the data, the selection or the pointer (memoised, so a filter never redraws it). */
export const BaseLayers = memo(function BaseLayers({ paths, flavour, premerger, onPick }: { paths: WorldPaths; flavour: Flavour; premerger: boolean; onPick: (hit: Hit | null) => void }) {
  return (
    <>
      <path data-layer="neighbours" d={paths.neighbours} fill={flavour.neighbour} stroke={flavour.neighbourOutline} strokeWidth={0.6} vectorEffect="non-scaling-stroke" />
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
