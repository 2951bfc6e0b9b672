import './map-chrome.css';
import type { Lang } from '../data/vocabulary';
import { t, type MessageKey } from '../i18n';
import { LoadFailure } from '../panels/LoadFailure';
import type { FlowLevel } from '../view/flows';
import { Legend } from '../view/Legend';
import { MapControls, PremergerToggle } from '../view/MapControls';
import type { Flavour } from '../view/palette';
import type { Size } from '../view/camera';
import type { Stage } from './use-renderer-upgrade';

/**
 * The smallest map area whose legend starts open: narrower is a phone or a tablet, where the full
 * app's details sheet covers the map's bottom and the legend, under the controls, would open over
 * Japan (the sheet's breakpoint in panels.css is 900 px); shorter (a wide embed in an article)
 * would cut the open legend at its last lines (it then scrolls).
 */
const LEGEND_OPEN_MIN = { width: 900, height: 540 } as const;

/**
 * How to zoom an embedded map with the wheel. One sentence for every platform: which modifier a
 * reader's keyboard has cannot be told without sniffing the platform, which lies (iPads report
 * a Mac, desktop Linux "X11"), so the hint names both.
 */
export function GestureHint({ lang }: { lang: Lang }) {
  return (
    <div className="map-gesture-hint" data-testid="map:gesture-hint" aria-hidden="true">
      {t(lang, 'map.gesture.zoom')}
    </div>
  );
}

/** "Explore the map" on the SVG first view; while MapLibre loads, a progress line in its place. */
function ExploreButton({ lang, loading, onExplore }: { lang: Lang; loading: boolean; onExplore: () => void }) {
  return (
    <button type="button" className="map-explore" data-testid="map:explore" onClick={onExplore} disabled={loading}>
      {loading ? (
        <span className="map-progress" role="status" data-testid="map:progress">
          <span className="map-progress__spinner" aria-hidden="true" />
          {t(lang, 'map.loading')}
        </span>
      ) : (
        t(lang, 'map.explore')
      )}
    </button>
  );
}

export interface MapStatusProps {
  lang: Lang;
  /** The boundaries are on their way: said at once, so a slow connection never shows an empty map. */
  geoLoading: boolean;
  geoFailed: boolean;
  retryGeo: () => void;
  /** MapLibre's chunk did not load: the SVG map stays, with Try again. */
  upgradeFailed: boolean;
  retryUpgrade: () => void;
  notice: MessageKey | null;
  /** Null when there is nothing else to try (no WebGL): the notice then stays. */
  onDismissNotice: (() => void) | null;
}

/** What the map area says about itself: loading, a failure with Try again, or a notice. */
export function MapStatus({ lang, geoLoading, geoFailed, retryGeo, upgradeFailed, retryUpgrade, notice, onDismissNotice }: MapStatusProps) {
  return (
    <>
      {geoLoading && (
        <p className="map-boundaries-loading" role="status" data-testid="map:loading">
          <span className="map-boundaries-loading__spinner" aria-hidden="true" />
          {t(lang, 'map.loading.boundaries')}
        </p>
      )}
      {geoFailed && <LoadFailure lang={lang} messageKey="failure.boundaries" onRetry={retryGeo} />}
      {upgradeFailed && <LoadFailure lang={lang} messageKey="failure.maplibre" onRetry={retryUpgrade} />}
      {notice && (
        <p className="map-notice" role="status">
          {t(lang, notice)}{' '}
          {onDismissNotice && (
            <button type="button" onClick={onDismissNotice}>
              {t(lang, 'map.notice.dismiss')}
            </button>
          )}
        </p>
      )}
    </>
  );
}

export interface MapChromeProps extends MapStatusProps {
  flavour: Flavour;
  level: FlowLevel;
  /** Flows drawn and flows in all (the legend says when the weakest are left out). */
  shown: number;
  total: number;
  widestTies: number | null;
  premerger: boolean;
  stage: Stage;
  /** Null until known: the explore button shows (nearly every browser has WebGL), and goes if not. */
  webglAvailable: boolean | null;
  hint: boolean;
  /** The map area's size: the legend starts open only where it fits (null: not measured yet). */
  mapSize: Size | null;
  onReset: () => void;
  onZoom: (delta: 1 | -1) => void;
  onExplore: () => void;
}

/** Everything drawn over the map, the same for both renderers: hint, controls, explore button, legend, status. */
export function MapChrome({ flavour, level, shown, total, widestTies, premerger, stage, webglAvailable, hint, mapSize, onReset, onZoom, onExplore, ...status }: MapChromeProps) {
  const { lang } = status;
  return (
    <>
      {hint && <GestureHint lang={lang} />}
      <MapControls lang={lang} onReset={onReset} onZoom={onZoom} />
      {/* One row, top left: over land on every screen, and on a phone it costs the framed
          selection no more height than the explore button alone (at the right edge the toggle
          covered central Japan's circles). */}
      <div className="map-corner">
        {webglAvailable !== false && stage !== 'webgl' && <ExploreButton lang={lang} loading={stage === 'loading'} onExplore={onExplore} />}
        <PremergerToggle lang={lang} premerger={premerger} />
      </div>
      <Legend
        lang={lang}
        flavour={flavour}
        level={level}
        shown={shown}
        total={total}
        widestTies={widestTies}
        premerger={premerger}
        defaultOpen={!mapSize || (mapSize.width >= LEGEND_OPEN_MIN.width && mapSize.height >= LEGEND_OPEN_MIN.height)}
      />
      <MapStatus {...status} />
    </>
  );
}
