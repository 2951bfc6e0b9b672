import { useMemo, type KeyboardEvent } from 'react';
import type { CorePair } from '../data/types';
import type { Lang } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { unitAreas } from '../geo/boundaries';
import { t } from '../i18n';
import { clearSelection, selectLocality, selectPair, selectRegion } from '../state/store';
import type { Selection } from '../state/types';
import { flowName } from '../view/arc-handles';
import { useCoreData } from '../view/bundle-context';
import { viewScale } from '../view/flow-paint';
import { flowStates, locationCircles } from '../view/flow-style';
import { labelEntries } from '../view/model';
import { LIGHT } from '../view/palette';
import { mapModelOf } from '../view/use-map-model';
import { buildSvgMap } from './svg-map';
import { svgMapEntries, svgMapLabels } from './svg-map-labels';

export interface SvgMapProps {
  /** Boundaries, already converted (see `loadGeo`). */
  geo: GeoLayers;
  /** Pairs the filters let through (drawn and counted). */
  visible: readonly CorePair[];
  filtered: boolean;
  width: number;
  height: number;
  lang: Lang;
  selection: Selection;
  /** Called with a locality id; defaults to the store's `selectLocality`. */
  onSelectLocality?: (id: string) => void;
  /** Called with a pair id; defaults to the store's `selectPair`. */
  onSelectPair?: (id: string) => void;
  /** Called with a region or region pair id; defaults to the store's `selectRegion`. */
  onSelectRegion?: (id: string) => void;
  /** Called on Escape; defaults to the store's `clearSelection`. */
  onClear?: () => void;
}

function activate(handler: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handler();
    }
  };
}

/**
 * The printable map (`?static=1`, the downloaded SVG and PNG): the same flows, widths, colours
 * and circles as the screen at the same level (src/view/flows.ts, flow-style.ts), drawn in one
 * self-contained SVG. Flows and circles are focusable buttons calling the same store actions.
 */
export function SvgMap({
  geo,
  visible,
  filtered,
  width,
  height,
  lang,
  selection,
  onSelectLocality = selectLocality,
  onSelectPair = selectPair,
  onSelectRegion = selectRegion,
  onClear = clearSelection,
}: SvgMapProps) {
  const data = useCoreData();
  const { bundle } = data;
  const base = useMemo(() => buildSvgMap({ geo, width, height }), [geo, width, height]);
  const model = mapModelOf(data, { visible, filtered, selection, zoomedIn: false });
  const { scene } = model;
  const scale = viewScale(width);
  const paint = useMemo(() => flowStates(model, null, LIGHT, scale), [model, scale]);
  const circles = useMemo(() => locationCircles(scene, null, LIGHT, scale), [scene, scale]);
  const h = model.highlight;

  const localityEntries = useMemo(() => labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang), [bundle, geo, lang]);
  const entries = useMemo(() => {
    const radius = new Map(circles.map((c) => [c.id, c.radius]));
    return svgMapEntries(scene, (id) => radius.get(id) ?? 0, bundle.regions, localityEntries, lang, width, h.selectedLocalities);
  }, [scene, circles, bundle, localityEntries, lang, width, h.selectedLocalities]);
  const { labels, leaders } = useMemo(
    () => svgMapLabels(scene, entries, base.project, lang, { width, height }, h.selectedLocalities),
    [entries, scene, base, lang, width, height, h.selectedLocalities],
  );

  const unitName = (id: string) => localityEntries.find((e) => e.id === id)?.ariaLabel ?? id;
  const pickFlow = (id: string) => {
    const flow = scene.flows.find((f) => f.id === id);
    if (!flow) return;
    if (flow.level === 'regions') onSelectRegion(flow.id);
    else if (flow.pairIds[0]) onSelectPair(flow.pairIds[0]);
  };
  const pickCircle = (id: string) => (scene.level === 'regions' ? onSelectRegion(id) : onSelectLocality(id));

  return (
    <svg
      className="svg-map"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={t(lang, 'map.region')}
      data-level={scene.level}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClear();
      }}
    >
      <rect width={width} height={height} fill={LIGHT.sea} />
      <path d={base.neighbours} fill={LIGHT.neighbour} stroke={LIGHT.neighbourOutline} strokeWidth={0.6} />
      <g role="group" aria-label={`${t(lang, 'map.labels.vn')}; ${t(lang, 'map.labels.jp')}`}>
        {base.units.map((unit) => (
          <path
            key={unit.id}
            className="svg-map__unit"
            d={unit.d}
            fill={LIGHT.land}
            fillOpacity={h.matchedLocalities && !h.matchedLocalities.has(unit.id) ? 0.35 : 1}
            stroke={h.selectedLocalities.has(unit.id) ? LIGHT.selectedOutline : LIGHT.countryOutline}
            strokeWidth={h.selectedLocalities.has(unit.id) ? 2 : 0.5}
            data-locality-id={unit.id}
            data-country={unit.country}
            role="button"
            tabIndex={0}
            aria-label={unitName(unit.id)}
            aria-pressed={h.selectedLocalities.has(unit.id)}
            onClick={() => onSelectLocality(unit.id)}
            onKeyDown={activate(() => onSelectLocality(unit.id))}
          />
        ))}
      </g>
      <path d={base.unitBorders} fill="none" stroke={LIGHT.unitBorder} strokeWidth={0.7} pointerEvents="none" />
      {base.islands.map((island) => (
        <path key={island.id} d={island.d} fill={LIGHT.island} stroke={LIGHT.countryOutline} strokeWidth={0.8} pointerEvents="none" />
      ))}
      <g role="group" aria-label={t(lang, 'map.pairs')} fill="none">
        {scene.flows.map((flow) => {
          const p = paint.get(flow.id)!;
          const d = flow.line.map((point, i) => `${i ? 'L' : 'M'}${base.project(point).join(',')}`).join('');
          return (
            <path
              key={flow.id}
              className="svg-map__arc"
              d={d}
              stroke={p.color}
              strokeWidth={p.width}
              strokeDasharray={p.dash?.join(' ')}
              strokeOpacity={p.opacity}
              strokeLinecap={p.dash ? 'butt' : 'round'}
              data-flow-id={flow.id}
              role="button"
              tabIndex={0}
              aria-label={flowName(flow, data, lang)}
              aria-pressed={model.selectedFlowId === flow.id}
              onClick={() => pickFlow(flow.id)}
              onKeyDown={activate(() => pickFlow(flow.id))}
            />
          );
        })}
      </g>
      {circles.map((c) => {
        const [cx, cy] = base.project(c.point);
        return (
          <circle
            key={c.id}
            cx={cx}
            cy={cy}
            r={c.radius}
            fill={c.fill}
            fillOpacity={c.opacity}
            stroke={c.stroke}
            strokeWidth={c.strokeWidth}
            data-location-id={c.id}
            onClick={() => pickCircle(c.id)}
          />
        );
      })}
      <g aria-hidden="true" stroke={LIGHT.label} strokeOpacity={0.5} strokeWidth={1}>
        {leaders.map((l) => (
          <line key={l.id} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
        ))}
      </g>
      <g className="svg-map__labels" aria-hidden="true" pointerEvents="none">
        {labels.map((label) => (
          <text key={label.id} x={label.cx} y={label.cy} dy="0.35em" textAnchor="middle" data-label-id={label.id} fontWeight={label.kind === 'count' ? 700 : undefined}>
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
