import '../styles/map.css';
import { useEffect, useMemo, useRef } from 'react';
import { useCoreData } from '../view/bundle-context';
import { loadDetails } from '../view/data-channel';
import { t } from '../i18n';
import { useGeoStatus } from '../svg/use-geo';
import { useWorldPaths } from '../svg/world-paths';
import { clearSelection, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { cameraProjector } from '../view/camera';
import { MapTooltip } from '../view/MapTooltip';
import type { Projector } from '../view/projector';
import { NARROW_MAP, viewScale } from '../view/flow-paint';
import { useFlavour } from '../view/use-flavour';
import { useSize } from '../view/use-size';
import { useMapModel } from '../view/use-map-model';
import { useMapSelection } from '../view/shown-view';
import { useZoomedIn } from '../view/use-zoomed-in';
import { useWebGLSupport } from '../view/webgl-support';
import { MapAreaLabels } from './MapAreaLabels';
import { MapChrome } from './MapChrome';
import { MapSurface } from './MapSurface';
import { mapTestHooks } from './map-test-hooks';
import { useIntent } from './use-intent';
import { selectionKeyOf, useOpeningCamera, useSelectionFraming } from './use-map-camera';
import { useMapPointer } from './use-map-pointer';
import { useRendererUpgrade } from './use-renderer-upgrade';

/**
 * The map area, whichever renderer draws it: the SVG first view at once, MapLibre on the reader's
 * intent (wheel, pinch, drag, +/−, keyboard focus on the map, "Explore the map"), handed over at
 * MapLibre's first `idle` with the same camera, selection and filters. This composes the parts:
 * camera, upgrade, pointer, labels and chrome.
 */
export function MapArea() {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useSize(containerRef);
  const { geo, failed: geoFailed, retry: retryGeo } = useGeoStatus();
  const lang = useStore((s) => s.lang);
  const selection = useMapSelection();
  const premerger = useStore((s) => s.premerger);
  const listShown = useStore((s) => s.view === 'list');
  const { embed, dark } = useRenderFlags();
  const flavour = useFlavour(dark);
  const core = useCoreData();
  const { available: webglAvailable, ask: askWebGL } = useWebGLSupport();
  const { opening, camera, setCamera, markUserMoved, resetView } = useOpeningCamera(containerRef, size, selection);
  const world = useWorldPaths(geo, opening?.zoom ?? null);
  const ready = Boolean(geo && size && camera && world);

  const svgProjector = useMemo<Projector | null>(() => {
    if (!camera || !size) return null;
    return { project: cameraProjector(camera, size), subscribe: () => () => {}, viewport: () => size, camera: () => camera, go: (next) => setCamera(next) };
  }, [camera, size, setCamera]);
  const upgrade = useRendererUpgrade({ webglAvailable, askWebGL, svgCamera: camera, svgProjector, setSvgCamera: setCamera });
  const { projector, stage, goTo } = upgrade;
  const intent = useIntent({ active: stage !== 'webgl', embed, onIntent: upgrade.upgrade });
  const zoomedIn = useZoomedIn(projector, opening);
  const model = useMapModel(zoomedIn);
  const { scene } = model;
  useSelectionFraming({ containerRef, size, ready, selection, scene, localityById: core.localityById, covered: listShown, opening, floorAtOpening: embed, goTo });
  const pointer = useMapPointer(containerRef, model, projector, core, lang);
  const scale = size ? viewScale(size.width) : 1;

  // Once the full app's first view is up, fetch the panels' texts (summaries, sources) while the
  // reader looks: not before, where they would slow the first view. The embed waits for intent.
  useEffect(() => {
    if (!ready || embed) return;
    const timer = window.setTimeout(() => void loadDetails().catch(() => undefined), 0);
    return () => window.clearTimeout(timer);
  }, [ready, embed]);

  const renderer = stage === 'webgl' ? 'webgl' : 'svg';
  const hooks = { renderer, ready, arcsDrawn: model.arcsDrawn, level: scene.level, theme: flavour.name, selected: selectionKeyOf(selection), camera, opening } as const;
  return (
    <div
      ref={containerRef}
      className={`map-container map-container--${renderer}`}
      {...mapTestHooks(hooks)}
      role="region"
      aria-label={t(lang, 'map.region')}
      aria-busy={stage === 'loading' || (!geo && !geoFailed)}
      // On the whole area, not the surface alone: a wheel or drag over a place's name is intent too.
      {...intent.handlers}
      onKeyDown={(event) => {
        if (event.key === 'Escape') clearSelection();
      }}
    >
      <MapSurface {...{ geo, world, size, opening, camera, zoomedIn, scale, flavour, premerger, embed, lang, stage, webglAvailable, upgrade }} pointer={pointer} onUserMove={markUserMoved} />
      {projector && (
        <MapAreaLabels
          {...{ projector, geo, model, lang, scale }}
          narrow={(size?.width ?? Infinity) < NARROW_MAP}
          covered={listShown}
          onPick={pointer.onPick}
          onFocusHandle={pointer.setFocusedHandle}
          onHoverLabel={pointer.onHoverLabel}
        />
      )}
      {pointer.tooltip && <MapTooltip tooltip={pointer.tooltip} />}
      <MapChrome
        {...{ lang, flavour, premerger, stage, webglAvailable, geoFailed, retryGeo }}
        level={scene.level}
        shown={scene.flows.length}
        total={scene.flows.length + scene.hidden}
        widestTies={scene.flows[0]?.ties ?? null}
        hint={intent.hint}
        mapSize={size}
        onReset={() => resetView(goTo)}
        onZoom={upgrade.zoomBy}
        onExplore={upgrade.upgrade}
        geoLoading={!geo && !geoFailed}
        upgradeFailed={upgrade.upgradeFailed}
        retryUpgrade={upgrade.retryUpgrade}
        notice={upgrade.notice}
        onDismissNotice={webglAvailable !== false ? () => upgrade.setNotice(null) : null}
      />
    </div>
  );
}
