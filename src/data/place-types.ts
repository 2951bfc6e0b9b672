/** The places of the bundle: localities (Vietnam's units, Japan's prefectures and municipalities) and regions. */
import type { Country, MUNICIPALITY_LEVELS, PREFECTURE_TYPES } from './vocabulary';
import type { Names, Source } from './source-types';

/**
 * `city`/`province`: Vietnam's 34 post-merger units (6 centrally-run cities, 28 provinces).
 * `prefecture`: Japan's 47. `municipality`: a Japanese city, town or village partner.
 */
export type LocalityKind = 'city' | 'province' | 'prefecture' | 'municipality';

/** Japanese subtypes: to/do/fu/ken for prefectures, city/town/village/ward for municipalities. */
type LocalitySubtype = (typeof PREFECTURE_TYPES)[number] | (typeof MUNICIPALITY_LEVELS)[number];

interface FormerProvince {
  /** ISO 3166-2 code of the pre-merger province, e.g. `VN-31`. */
  iso: string;
  names: Names;
}

export interface Locality {
  /** Stable id: `vn-gia-lai`, `jp-19`, `jp-27-sakai`. Used in URLs. */
  id: string;
  country: Country;
  kind: LocalityKind;
  subtype?: LocalitySubtype;
  names: Names;
  /** For a municipality: the id of its prefecture (`jp-27`). */
  prefectureId?: string;
  /** Label point (inside the polygon) or, for a municipality, its location. [lon, lat]. */
  point: [number, number];
  /** Vietnam only: the pre-merger provinces this unit was formed from (itself included). */
  formerProvinces?: FormerProvince[];
  /** The region it is grouped into at the opening level (a municipality: its prefecture's). */
  regionId: string;
}

/**
 * One of Vietnam's six socio-economic regions or Japan's eight regions: the locations of the
 * opening level of the map (`data/localities/regions.csv`).
 */
export interface Region {
  id: string;
  country: Country;
  names: Names;
  /** One-line names for a phone's map ("Central Coast", "Duyên hải miền Trung", "中部沿岸"). */
  shortNames: Names;
  /** Where its circle stands, chosen so neighbouring regions stay apart at the opening view. [lon, lat]. */
  point: [number, number];
  /** Which side of the map its name column takes when there is room (src/view/label-columns.ts). */
  labelSide: 'west' | 'east';
  /** Its units or prefectures. */
  members: string[];
  source: Source;
}

