import { useMemo, type KeyboardEvent } from 'react';
import type { IndexedCore } from '../data/selectors';
import type { CorePair } from '../data/types';
import type { Lang } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { unitAreas } from '../geo/boundaries';
import { ISLAND_LABELS } from '../geo/islands';
import { t } from '../i18n';
import { clearSelection, selectLocality, selectPair, selectRegion } from '../state/store';
import type { Selection } from '../state/types';
import { flowName } from '../view/arc-handles';
import { flowStates, locationCircles } from '../view/flow-style';
import { labelledFlows } from '../view/flows';
import { columnLayout } from '../view/label-columns';
import { placeLabels, type LabelBox } from '../view/label-placement';
import { buildMapModel } from '../view/map-model';
import { labelEntries, regionEntries, type LabelEntry } from '../view/model';
import { LIGHT } from '../view/palette';
import { NARROW_MAP, viewScale } from '../view/flow-paint';
import { buildSvgMap } from './svg-map';

export interface SvgMapProps {
  /** Boundaries, already converted (see `loadGeo`). */
  geo: GeoLayers;
  data: Pick<IndexedCore, 'bundle' | 'localityById' | 'pairById' | 'regionById'>;
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

/** Rough label width: CJK glyphs are about one em, Latin about 0.55 em (12 px text). */
function estimateWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 12 : 6.8;
  return width + 4;
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
  data,
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
  const { bundle } = data;
  const base = useMemo(() => buildSvgMap({ geo, width, height }), [geo, width, height]);
  const model = useMemo(
    () =>
      buildMapModel({
        pairs: bundle.pairs,
        pairById: data.pairById,
        localityById: data.localityById,
        regions: bundle.regions,
        visible,
        filtered,
        selection,
        zoomedIn: false,
      }),
    [bundle, data, visible, filtered, selection],
  );
  const { scene } = model;
  const scale = viewScale(width);
  const paint = useMemo(() => flowStates(model, null, LIGHT, scale), [model, scale]);
  const circles = useMemo(() => locationCircles(scene, null, LIGHT, scale), [scene, scale]);
  const h = model.highlight;

  const localityEntries = useMemo(() => labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang), [bundle, geo, lang]);
  const entries = useMemo(() => {
    if (scene.level === 'regions') {
      const radius = new Map(circles.map((c) => [c.id, c.radius]));
      return regionEntries(bundle.regions, new Map(scene.locations.map((l) => [l.id, l.ties])), lang, (id) => radius.get(id) ?? 0, width < NARROW_MAP);
    }
    const shown = new Set(scene.locations.map((l) => l.id));
    return localityEntries.filter((e) => e.kind !== 'municipality' || shown.has(e.id));
  }, [scene, circles, bundle, localityEntries, lang, width]);

  const { labels, leaders } = useMemo(() => {
    const boxes: (LabelBox & { text: string; cx: number; cy: number; kind: string })[] = [];
    const add = (id: string, text: string, point: [number, number], priority: number, kind: string, area = 0) => {
      const [cx, cy] = base.project(point);
      const w = estimateWidth(text);
      boxes.push({ id, text, cx, cy, kind, x: cx - w / 2, y: cy - 8, width: w, height: 16, priority, area });
    };
    // Counts give way to the island names, which are always shown.
    for (const flow of labelledFlows(scene)) add(`count:${flow.id}`, String(flow.ties), flow.labelAt, Number.MAX_SAFE_INTEGER, 'count');
    // The island names win every collision (the largest area breaks the tie among obstacles).
    for (const island of ISLAND_LABELS) add(island.id, t(lang, island.key), island.point, Infinity, 'place', Number.MAX_SAFE_INTEGER);
    // Region names in columns beside their circles, with leader lines, as on the screen.
    const columns = columnLayout(
      entries.flatMap((e) => {
        if (!e.side) return [];
        const [x, y] = base.project(e.point);
        return [{ id: e.id, country: e.country, x, y, radius: e.side.gap, width: estimateWidth(shownText(e)), height: 16, prefer: e.side.towards }];
      }),
      { width, height },
      { east: 0, west: 0 },
      // The island names are never pushed aside (Hoàng Sa and Trường Sa are always named).
      boxes.filter((b) => b.kind === 'place'),
    );
    const columnById = new Map(columns.map((c) => [c.id, c]));
    const shownLocations = new Set(scene.locations.map((l) => l.id));
    for (const entry of entries) {
      const column = columnById.get(entry.id);
      const [px, py] = base.project(entry.point);
      const w = estimateWidth(shownText(entry));
      const at = column ? { x: column.x, y: column.y } : { x: px - w / 2, y: py - 8 };
      const priority = column ? Infinity : entry.priority + (shownLocations.has(entry.id) ? 1000 : 0);
      boxes.push({ id: entry.id, text: shownText(entry), cx: at.x + w / 2, cy: at.y + 8, kind: 'name', ...at, width: w, height: 16, priority, area: entry.area });
    }
    const shown = placeLabels(boxes, { width, height });
    return { labels: boxes.filter((b) => shown.has(b.id)), leaders: columns.map((c) => ({ id: c.id, ...c.line })) };
  }, [entries, scene, base, lang, width, height]);

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

/** A label as drawn: a region's name is followed by its number of ties, as on the screen. */
function shownText(entry: LabelEntry): string {
  return entry.count === undefined ? entry.text : `${entry.text} ${entry.count}`;
}
