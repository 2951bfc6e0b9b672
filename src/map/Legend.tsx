import type { Lang } from '../data/types';
import { ARC_COLORS, CATEGORIES, FILL_COLORS, MAP_COLORS, fillClassLabels, isSolidCategory } from '../geo/encoding';
import { t } from '../i18n';

export interface LegendProps {
  lang: Lang;
  /** Open at first (wide screens); on phones it starts folded. */
  defaultOpen?: boolean;
}

/** Legend of the fill (partnerships per unit), the arc types and the municipal points. */
export function Legend({ lang, defaultOpen = true }: LegendProps) {
  const labels = fillClassLabels();
  return (
    <details className="map-legend" open={defaultOpen}>
      <summary>{t(lang, 'map.legend')}</summary>
      <p className="map-legend__title">{t(lang, 'map.legend.fill')}</p>
      <ol className="map-legend__scale">
        {FILL_COLORS.map((color, i) => (
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
                stroke={ARC_COLORS[category]}
                strokeWidth={isSolidCategory(category) ? 2.5 : 1.8}
                strokeDasharray={isSolidCategory(category) ? undefined : '4 3'}
              />
            </svg>
            {t(lang, `map.category.${category}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <circle cx="14" cy="5" r="3.5" fill={MAP_COLORS.point} stroke="#fff" strokeWidth="1.2" />
          </svg>
          {t(lang, 'map.legend.points')}
        </li>
      </ul>
      <p className="map-legend__note">{t(lang, 'map.legend.dashed')}</p>
    </details>
  );
}
