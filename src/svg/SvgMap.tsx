import { useMemo, type KeyboardEvent } from 'react';
import type { Lang, Locality, CorePair } from '../data/types';
import { visiblePairs, type PairFilter } from '../data/selectors';
import type { GeoLayers } from '../geo/boundaries';
import { unitAreas } from '../geo/boundaries';
import { ISLAND_LABELS } from '../geo/islands';
import { MAP_COLORS } from '../geo/encoding';
import { t } from '../i18n';
import { clearSelection, selectLocality, selectPair } from '../state/store';
import type { Selection } from '../state/types';
import { highlight, isDimmed, labelEntries } from '../view/model';
import { pairLabel } from '../i18n/names';
import { placeLabels, type LabelBox } from '../view/label-placement';
import { buildSvgMap } from './svg-map';

export interface SvgMapProps {
  /** Boundaries, already converted (see `loadGeo`). */
  geo: GeoLayers;
  /** The bundle's localities and pairs. */
  localities: readonly Locality[];
  pairs: readonly CorePair[];
  width: number;
  height: number;
  lang: Lang;
  selection: Selection;
  filters: PairFilter;
  /** Called with a locality id; defaults to the store's `selectLocality`. */
  onSelectLocality?: (id: string) => void;
  /** Called with a pair id; defaults to the store's `selectPair`. */
  onSelectPair?: (id: string) => void;
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
 * A static SVG map with the same selection behaviour as the WebGL map: provinces and arcs are
 * focusable buttons calling the same store actions, and the same filters decide what is drawn.
 * Free of MapLibre, so it also serves `?static=1`.
 */
export function SvgMap({
  geo,
  localities,
  pairs,
  width,
  height,
  lang,
  selection,
  filters,
  onSelectLocality = selectLocality,
  onSelectPair = selectPair,
  onClear = clearSelection,
}: SvgMapProps) {
  const visible = useMemo(() => visiblePairs(pairs, filters), [pairs, filters]);
  const model = useMemo(() => buildSvgMap({ geo, pairs, localities, width, height, visible }), [geo, pairs, localities, width, height, visible]);
  const byId = useMemo(() => new Map(localities.map((l) => [l.id, l])), [localities]);
  const names = useMemo(() => new Map(labelEntries(localities, pairs, unitAreas(geo.units), lang).map((e) => [e.id, e])), [localities, pairs, geo, lang]);
  const filtered = filters.sectors.length > 0 || filters.relationships.length > 0;
  const h = useMemo(() => highlight(pairs, visible, selection, filtered), [pairs, visible, selection, filtered]);

  const labels = useMemo(() => {
    const boxes: (LabelBox & { text: string; cx: number; cy: number })[] = [];
    for (const entry of names.values()) {
      const [cx, cy] = model.project(entry.point);
      const w = estimateWidth(entry.text);
      boxes.push({ id: entry.id, text: entry.text, cx, cy, x: cx - w / 2, y: cy - 8, width: w, height: 16, priority: entry.priority, area: entry.area });
    }
    for (const island of ISLAND_LABELS) {
      const text = t(lang, island.key);
      const [cx, cy] = model.project(island.point);
      const w = estimateWidth(text);
      boxes.push({ id: island.id, text, cx, cy, x: cx - w / 2, y: cy - 8, width: w, height: 16, priority: Infinity });
    }
    const shown = placeLabels(boxes, { width, height });
    return boxes.filter((b) => shown.has(b.id));
  }, [names, model, lang, width, height]);

  const unitName = (id: string) => names.get(id)?.ariaLabel ?? id;

  return (
    <svg
      className="svg-map"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={t(lang, 'map.region')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClear();
      }}
    >
      <rect width={width} height={height} fill={MAP_COLORS.sea} />
      <path d={model.neighbours} fill={MAP_COLORS.neighbour} stroke={MAP_COLORS.neighbourOutline} strokeWidth={0.6} />
      <g role="group" aria-label={`${t(lang, 'map.labels.vn')}; ${t(lang, 'map.labels.jp')}`}>
        {model.units.map((unit) => (
          <path
            key={unit.id}
            className="svg-map__unit"
            d={unit.d}
            fill={unit.fill}
            fillOpacity={h.matchedLocalities && !h.matchedLocalities.has(unit.id) ? 0.35 : 1}
            stroke={h.selectedLocalities.has(unit.id) ? MAP_COLORS.selectedOutline : MAP_COLORS.countryOutline}
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
      <path d={model.unitBorders} fill="none" stroke={MAP_COLORS.unitBorder} strokeWidth={0.7} pointerEvents="none" />
      {model.islands.map((island) => (
        <path key={island.id} d={island.d} fill="#f7f7f5" stroke={MAP_COLORS.countryOutline} strokeWidth={0.8} pointerEvents="none" />
      ))}
      <g role="group" aria-label={t(lang, 'map.pairs')}>
        {model.arcs.map((arc) => {
          const pair = pairs.find((p) => p.id === arc.id);
          const selected = h.pairId === arc.id;
          return (
            <path
              key={arc.id}
              className="svg-map__arc"
              d={arc.d}
              fill="none"
              stroke={arc.color}
              strokeWidth={(arc.solid ? 2 : 1.5) + (selected ? 2 : 0)}
              strokeDasharray={arc.solid ? undefined : '4 3'}
              strokeOpacity={isDimmed(arc.id, h) ? 0.15 : 0.8}
              strokeLinecap="round"
              data-pair-id={arc.id}
              role="button"
              tabIndex={0}
              aria-label={pair ? pairLabel(pair, byId, lang) : arc.id}
              aria-pressed={selected}
              onClick={() => onSelectPair(arc.id)}
              onKeyDown={activate(() => onSelectPair(arc.id))}
            />
          );
        })}
      </g>
      {model.points.map((point) => (
        <circle key={point.id} cx={point.x} cy={point.y} r={3} fill={MAP_COLORS.point} stroke="#fff" strokeWidth={1} pointerEvents="none" />
      ))}
      <g className="svg-map__labels" aria-hidden="true" pointerEvents="none">
        {labels.map((label) => (
          <text key={label.id} x={label.cx} y={label.cy} dy="0.35em" textAnchor="middle" data-label-id={label.id}>
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
