import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { setPremerger } from '../state/store';
import { LEGACY_BORDER, LEGACY_BORDER_SVG_DASH } from './legacy-borders';

export interface MapControlsProps {
  lang: Lang;
  onReset: () => void;
  /** +1 or −1 zoom level; on the SVG first view this is an intent to explore (loads MapLibre). */
  onZoom: (delta: 1 | -1) => void;
}

/** Zoom buttons and reset view, top right of the map (same for both renderers). */
export function MapControls({ lang, onReset, onZoom }: MapControlsProps) {
  return (
    <>
      <div className="map-zoom" role="group">
        <button type="button" className="map-control map-zoom__in" onClick={() => onZoom(1)} aria-label={t(lang, 'map.zoom.in')} title={t(lang, 'map.zoom.in')}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="map-control map-zoom__out" onClick={() => onZoom(-1)} aria-label={t(lang, 'map.zoom.out')} title={t(lang, 'map.zoom.out')}>
          <span aria-hidden="true">−</span>
        </button>
      </div>
      <div className="map-controls">
        <button type="button" className="map-control" onClick={onReset} aria-label={t(lang, 'map.reset')} title={t(lang, 'map.reset')}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M3 11.5 12 4l9 7.5M6 9.5V20h4.5v-5h3v5H18V9.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
    </>
  );
}

/** Shows or hides the 63 pre-merger provinces as a dotted overlay (store `premerger`). */
export function PremergerToggle({ lang, premerger }: { lang: Lang; premerger: boolean }) {
  return (
    <button
      type="button"
      className="map-control map-control--text map-premerger"
      aria-pressed={premerger}
      aria-label={t(lang, 'map.premerger')}
      title={t(lang, 'map.premerger')}
      onClick={() => setPremerger(!premerger)}
    >
      {/* A province's outline split by the overlay's own dots: old borders, not a dashed flow. */}
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <path d="M3 3.5 15 2.5 15.5 15 3.5 15.5Z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        <path d="M9 3.5 9.5 15" fill="none" stroke="currentColor" strokeWidth={LEGACY_BORDER.width} strokeDasharray={LEGACY_BORDER_SVG_DASH} strokeLinecap="round" />
      </svg>
      {/* Phones show a short word (part of the name, so speech input still finds the button): the icon alone was not understood. */}
      <span className="map-control__text map-control__text--full">{t(lang, 'map.premerger')}</span>
      <span className="map-control__text map-control__text--short">{t(lang, 'map.premerger.short')}</span>
    </button>
  );
}
