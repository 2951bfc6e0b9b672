import type { Lang } from '../data/vocabulary';
import { CATEGORIES } from '../geo/encoding';
import { formatNumber, t } from '../i18n';
import type { FlowLevel } from './flows';
import { LEGACY_BORDER, LEGACY_BORDER_SVG_DASH } from './legacy-borders';
import { WIDTH_KEY, flowWidth, strengthOpacity } from './flow-paint';
import { type Flavour } from './palette';

export interface LegendProps {
  lang: Lang;
  flavour: Flavour;
  /** The level the map shows, said first: what a line joins and how to go further. */
  level: FlowLevel;
  /** Flows drawn and flows in all, when the weakest are left out. */
  shown: number;
  total: number;
  /** The count on the widest line, which the legend's badge sample shows (null: no line drawn). */
  widestTies: number | null;
  /** Open at first (wide screens); on phones it starts folded. */
  defaultOpen?: boolean;
  /** The pre-merger provinces are drawn: say what their dots are. */
  premerger?: boolean;
}

/** What the lines and circles mean at this level: colour by relationship, width and area by ties. */
export function Legend({ lang, flavour, level, shown, total, widestTies, defaultOpen = true, premerger = false }: LegendProps) {
  return (
    <details className="map-legend" open={defaultOpen}>
      <summary>{t(lang, 'map.legend')}</summary>
      <p className="map-legend__level" data-testid="map:legend-level" data-level={level}>
        {t(lang, `map.level.${level}`)}
        {total > shown && <> {t(lang, 'map.level.capped', { shown, total })}</>}
      </p>
      <p className="map-legend__title">{t(lang, 'map.legend.arcs')}</p>
      <ul className="map-legend__arcs">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="27" y2="4" stroke={flavour.arcs[category]} strokeWidth={2.5} />
            </svg>
            {t(lang, `map.category.${category}`)}
          </li>
        ))}
      </ul>
      <p className="map-legend__title">{t(lang, 'map.legend.width')}</p>
      <ul className="map-legend__widths" data-testid="map:legend-width">
        {WIDTH_KEY.map((count) => (
          <li key={count}>
            <svg width="28" height="16" aria-hidden="true">
              {/* Shaded as on the map, where the strongest line in view is the darkest. */}
              <line x1="2" y1="8" x2="26" y2="8" stroke="currentColor" strokeWidth={flowWidth(count)} strokeOpacity={strengthOpacity(flavour, count / Math.max(...WIDTH_KEY))} strokeLinecap="round" />
            </svg>
            {t(lang, 'map.legend.width.count', { count })}
          </li>
        ))}
      </ul>
      <p className="map-legend__note">
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" fill={flavour.point} fillOpacity={0.78} stroke={flavour.halo} strokeWidth="1.5" />
        </svg>{' '}
        {t(lang, level === 'regions' ? 'map.legend.circles.regions' : 'map.legend.circles')}
      </p>
      {/* Dashes say one thing only (no signed document), so the colour swatches above are all solid. */}
      <p className="map-legend__note" data-testid="map:legend-dashed">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="1" y1="4" x2="27" y2="4" stroke="currentColor" strokeWidth={1.8} strokeDasharray={flavour.dash.join(' ')} />
        </svg>{' '}
        {t(lang, level === 'regions' ? 'map.legend.dashed.regions' : 'map.legend.dashed')}
      </p>
      {premerger && (
        <p className="map-legend__note" data-testid="map:legend-premerger">
          <svg width="28" height="8" aria-hidden="true">
            <line x1="2" y1="4" x2="26" y2="4" stroke={flavour.legacyBorder} strokeWidth={LEGACY_BORDER.width} strokeDasharray={LEGACY_BORDER_SVG_DASH} strokeLinecap="round" />
          </svg>{' '}
          {t(lang, 'map.legend.premerger')}
        </p>
      )}
      {/* The widest line's own count: a made-up sample read as one more figure that is not on the map. */}
      {widestTies !== null && (
        <p className="map-legend__note" data-testid="map:legend-badge">
          <span className="map-legend__badge" aria-hidden="true">
            {formatNumber(lang, widestTies)}
          </span>{' '}
          {t(lang, 'map.legend.badge')}
        </p>
      )}
    </details>
  );
}
