import { useMemo } from 'react';
import type { Lang } from '../data/vocabulary';
import { unitAreas, type GeoLayers } from '../geo/boundaries';
import { ISLAND_LABELS } from '../geo/islands';
import { t } from '../i18n';
import { useCoreData } from '../view/bundle-context';
import { arcHandles } from '../view/arc-handles';
import { labelledFlows } from '../view/flows';
import type { MapModel } from '../view/map-model';
import type { FixedLabel, LabelCircle } from '../view/map-label-layout';
import type { ArcHandle } from '../view/MapHandles';
import { MapLabels } from '../view/MapLabels';
import { labelEntries, placeEntries, regionEntries } from '../view/model';
import { circleRadii } from '../view/flow-style';
import type { Hit, Projector } from '../view/projector';

export interface MapAreaLabelsProps {
  projector: Projector;
  geo: GeoLayers | null;
  model: MapModel;
  lang: Lang;
  /** Flow and circle size factor for this map's width. */
  scale: number;
  /** A phone-wide map: region names get their short forms. */
  narrow: boolean;
  covered: boolean;
  onPick: (hit: Hit) => void;
  onFocusHandle: (handle: ArcHandle | null) => void;
  onHoverLabel: (hit: Hit | null) => void;
}

/**
 * What the labels layer shows at this level: region names at the regions level, the places below
 * (`placeEntries`: for a selection, only the places its flows join), the islands, the three largest
 * flows' counts, and one focusable handle per flow.
 */
export function MapAreaLabels({ projector, geo, model, lang, scale, narrow, covered, onPick, onFocusHandle, onHoverLabel }: MapAreaLabelsProps) {
  const { bundle, localityById, regionById } = useCoreData();
  const { scene } = model;
  const level = scene.level;
  // The places' labels depend on the data, the boundaries and the language only: worked out once
  // when the reader first goes below the regions (each unit's area is a spherical integral), not
  // again on every selection.
  const belowRegions = level !== 'regions';
  const places = useMemo(() => (belowRegions && geo ? labelEntries(bundle.localities, bundle.pairs, unitAreas(geo.units), lang) : []), [belowRegions, geo, bundle, lang]);
  const selected = model.highlight.selectedLocalities;
  const radii = useMemo(() => circleRadii(scene, scale), [scene, scale]);
  const entries = useMemo(() => {
    if (!geo) return [];
    if (level !== 'regions') return placeEntries(scene, places, selected, lang);
    const ties = new Map(scene.locations.map((l) => [l.id, l.ties]));
    return regionEntries(bundle.regions, ties, lang, (id) => radii.get(id) ?? 0, narrow);
  }, [geo, lang, bundle.regions, level, scene, radii, narrow, places, selected]);
  const fixed = useMemo<FixedLabel[]>(
    () => [
      ...ISLAND_LABELS.map((i): FixedLabel => ({ id: i.id, text: t(lang, i.key), point: i.point, kind: 'place' })),
      ...labelledFlows(scene).map((f): FixedLabel => ({ id: `count:${f.id}`, text: String(f.ties), point: f.labelAt, kind: 'count' })),
    ],
    [lang, scene],
  );
  const circles = useMemo<LabelCircle[]>(() => scene.locations.map((l) => ({ id: l.id, point: l.point, radius: radii.get(l.id) ?? 0 })), [scene, radii]);
  const handles = useMemo(() => arcHandles(model, { localityById, regionById }, lang, onPick), [model, lang, onPick, localityById, regionById]);
  // The selection and what its level draws win label collisions.
  const boosted = useMemo(() => {
    const ids = new Set(model.highlight.selectedLocalities);
    if (scene.scope.kind !== 'all') for (const l of scene.locations) ids.add(l.id);
    return ids;
  }, [model, scene]);
  return (
    <MapLabels
      projector={projector}
      lang={lang}
      entries={entries}
      fixed={fixed}
      circles={circles}
      handles={handles}
      boosted={boosted}
      selectedLocalities={model.highlight.selectedLocalities}
      covered={covered}
      onFocusHandle={onFocusHandle}
      onHoverLabel={onHoverLabel}
    />
  );
}
