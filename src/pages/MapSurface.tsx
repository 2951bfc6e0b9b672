import type { Lang } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { t } from '../i18n';
import { SvgFirstView } from '../svg/SvgFirstView';
import type { WorldPaths } from '../svg/world-paths';
import type { Camera, Size } from '../view/camera';
import type { Flavour } from '../view/palette';
import { MapErrorBoundary } from './MapErrorBoundary';
import type { useMapPointer } from './use-map-pointer';
import type { useRendererUpgrade } from './use-renderer-upgrade';

export interface MapSurfaceProps {
  geo: GeoLayers | null;
  world: WorldPaths | null;
  size: Size | null;
  opening: Camera | null;
  camera: Camera | null;
  /** The reader zoomed in past the provinces threshold: the renderers read the model of that level from the data channel. */
  zoomedIn: boolean;
  scale: number;
  flavour: Flavour;
  premerger: boolean;
  embed: boolean;
  lang: Lang;
  webglAvailable: boolean | null;
  upgrade: ReturnType<typeof useRendererUpgrade>;
  pointer: ReturnType<typeof useMapPointer>;
  onUserMove: () => void;
}

/**
 * The drawn map: the SVG first view until the handover, MapLibre (mounted while it loads,
 * underneath) after it. The surface itself is focusable while focus can still ask for MapLibre.
 */
export function MapSurface({ geo, world, size, opening, camera, zoomedIn, scale, flavour, premerger, embed, lang, webglAvailable, upgrade, pointer, onUserMove }: MapSurfaceProps) {
  const { stage, WebGL } = upgrade;
  const { hovered, onHover, onPick } = pointer;
  return (
    <div
      className="map-surface"
      role="group"
      tabIndex={stage === 'webgl' || webglAvailable === false ? -1 : 0}
      aria-label={t(lang, 'map.explore')}
      onFocus={(event) => {
        if (event.target === event.currentTarget) upgrade.upgrade();
      }}
    >
      {WebGL && geo && camera && (
        <div className="map-layer map-layer--webgl">
          <MapErrorBoundary fallback={null} onError={() => upgrade.backToSvg('map.notice.crashed')}>
            <WebGL
              {...{ geo, zoomedIn, scale, flavour, premerger, embed, lang, hovered, onHover, onPick, onUserMove }}
              initialCamera={camera}
              onReady={upgrade.onReady}
              onFallback={upgrade.backToSvg}
              onNotice={upgrade.setNotice}
            />
          </MapErrorBoundary>
        </div>
      )}
      {stage !== 'webgl' && world && size && opening && camera && (
        <div className="map-layer map-layer--svg">
          <SvgFirstView {...{ world, zoomedIn, scale, size, camera, flavour, premerger, hovered, onHover, onPick }} base={opening} />
        </div>
      )}
    </div>
  );
}
