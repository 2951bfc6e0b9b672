import { type CSSProperties, memo, useEffect, useId, useMemo } from 'react';
import { formatNumber, t } from '../i18n';
import { pointAt, selectRegion, useStore, type PointedAt } from '../state/store';
import { flowName } from '../view/arc-handles';
import { useCoreData } from '../view/bundle-context';
import type { Flow } from '../view/flows';
import { mapModelOf } from '../view/use-map-model';
import { selectVisible, veilsUnits } from '../view/visible';
import { useShownFilters } from '../view/shown-view';

/** Shading of the busiest cell; every other cell is lighter in proportion to its ties. */
const MIX_FLOOR = 0.08;

/**
 * Where each region's ties go, as a table: Japan's regions down the side, Vietnam's across the
 * top, the ties between each two in their cell. The opening map joins the same regions, but its
 * lines cross one stretch of sea, and first-time readers could name the busiest regions yet not
 * say where one region's ties go; a row of this table says it. The cells are the map's own region
 * flows (the same scene, filters applied), named like them, and open that region pair. Rows
 * carry Japan's regions by the names the map's labels give them (on a phone, like the narrow
 * map's labels, the short ones); the narrow columns carry the short forms of Vietnam's, with the
 * full name as a tooltip.
 */
export const RegionMatrix = memo(function RegionMatrix() {
  const data = useCoreData();
  const { bundle, localityById, regionById } = data;
  const lang = useStore((s) => s.lang);
  const filters = useShownFilters();
  const filtered = veilsUnits(filters);
  const visible = selectVisible(bundle.pairs, filters);
  const id = useId();
  // The opening view's model: the map has drawn it already, so this is the same cached scene.
  const scene = mapModelOf(data, { visible, filtered, selection: { kind: 'none' }, zoomedIn: false }).scene;
  const { rows, columns, byCell, max } = useMemo(() => {
    const byCell = new Map<string, Flow>(scene.flows.map((f) => [f.id, f]));
    return {
      rows: bundle.regions.filter((r) => r.country === 'jp'),
      columns: bundle.regions.filter((r) => r.country === 'vn'),
      byCell,
      max: Math.max(1, ...scene.flows.map((f) => f.ties)),
    };
  }, [scene, bundle.regions]);
  // A click opens a region and this table goes: what it pointed at must not stay lit on the map.
  useEffect(() => () => pointAt(null), []);
  if (scene.flows.length === 0) return null;

  const names = { localityById, regionById };
  // Pointing at a row or a cell lights that region's flows, or that flow, on the map beside it.
  const pointing = (target: PointedAt) => ({
    onPointerEnter: () => pointAt(target),
    onFocus: () => pointAt(target),
    onPointerLeave: () => pointAt(null),
    onBlur: () => pointAt(null),
  });
  return (
    <section aria-labelledby={`${id}-title`} className="region-matrix" data-testid="region-matrix">
      <h3 id={`${id}-title`}>{t(lang, 'matrix.title')}</h3>
      <table>
        <caption className="visually-hidden">{t(lang, 'matrix.corner')}</caption>
        <thead>
          <tr>
            {/* Which side is which, for the eye; the caption says it to a screen reader. */}
            <td className="region-matrix__corner" aria-hidden="true">
              <span>{t(lang, 'matrix.columns')}</span>
              <span>{t(lang, 'matrix.rows')}</span>
            </td>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="region-matrix__column">
                {/* The names the map's labels give them: full beside a wide map, short beside a phone's. */}
                <span className="visually-hidden-narrow">{c.names[lang]}</span>
                <span className="region-matrix__short" aria-hidden="true">
                  {c.shortNames[lang]}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => selectRegion(r.id)} {...pointing({ kind: 'region', id: r.id })}>
                  <span className="visually-hidden-narrow">{r.names[lang]}</span>
                  {/* The full name stays the button's name, to a screen reader and a test alike. */}
                  <span className="region-matrix__short" aria-hidden="true">
                    {r.shortNames[lang]}
                  </span>
                </button>
              </th>
              {columns.map((c) => {
                const flow = byCell.get(`${c.id}~${r.id}`);
                if (!flow)
                  return (
                    <td key={c.id}>
                      <span className="visually-hidden">{t(lang, 'matrix.none')}</span>
                    </td>
                  );
                const style = { '--mix': (MIX_FLOOR + (1 - MIX_FLOOR) * (flow.ties / max)).toFixed(2) } as CSSProperties;
                return (
                  <td key={c.id}>
                    <button
                      type="button"
                      className="region-matrix__cell"
                      style={style}
                      aria-label={flowName(flow, names, lang)}
                      onClick={() => selectRegion(flow.id)}
                      {...pointing({ kind: 'flow', id: flow.id })}
                    >
                      {formatNumber(lang, flow.ties)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t(lang, 'matrix.note')}</p>
    </section>
  );
});
