import type { Lang } from '../data/types';
import { CATEGORIES, fillClassLabels, isSolidCategory } from '../geo/encoding';
import { t } from '../i18n';
import { WIDTH_KEY, aggregateWidth, type Flavour } from './palette';

export interface LegendProps {
  lang: Lang;
  flavour: Flavour;
  /** Open at first (wide screens); on phones it starts folded. */
  defaultOpen?: boolean;
}

/** Legend of the fill (partnerships per unit), the arc types, the arc width (documents) and the municipal points. */
export function Legend({ lang, flavour, defaultOpen = true }: LegendProps) {
  const labels = fillClassLabels();
  return (
    <details className="map-legend" open={defaultOpen}>
      <summary>{t(lang, 'map.legend')}</summary>
      <p className="map-legend__title">{t(lang, 'map.legend.fill')}</p>
      <ol className="map-legend__scale">
        {flavour.fills.map((color, i) => (
          <li key={color}>
            <span className="map-legend__swatch" style={{ background: color }} aria-hidden="true" />
            {labels[i]}
          </li>
        ))}
      </ol>
      <p className="map-legend__title">{t(lang, 'map.legend.arcs')}</p>
      <ul className="map-legend__arcs">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="1"
                y1="4"
                x2="27"
                y2="4"
                stroke={flavour.arcs[category]}
                strokeWidth={isSolidCategory(category) ? 2.5 : 1.8}
                strokeDasharray={isSolidCategory(category) ? undefined : flavour.dash.join(' ')}
              />
            </svg>
            {t(lang, `map.category.${category}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <circle cx="14" cy="5" r="3.5" fill={flavour.point} stroke={flavour.halo} strokeWidth="1.2" />
          </svg>
          {t(lang, 'map.legend.points')}
        </li>
      </ul>
      <p className="map-legend__title">{t(lang, 'map.legend.width')}</p>
      <ul className="map-legend__widths" data-testid="map:legend-width">
        {WIDTH_KEY.map((count) => (
          <li key={count}>
            <svg width="28" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2="26" y2="6" stroke="currentColor" strokeWidth={aggregateWidth(count)} strokeLinecap="round" />
            </svg>
            {t(lang, 'map.legend.width.count', { count })}
          </li>
        ))}
      </ul>
      <p className="map-legend__note">{t(lang, 'map.legend.dashed')}</p>
    </details>
  );
}
