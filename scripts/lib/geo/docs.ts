import { formatKb, sizeOf } from './sizes.ts';
import type { SimplifyOptions } from './topology.ts';

/** data/geo/ATTRIBUTION.md: the credits every source requires (see ../shared/geo/SOURCES.md). */
export function attributionMarkdown(): string {
  return `# Attribution for data/geo

Line to show in the app (covers every file here):

> Boundaries: geoBoundaries (CC BY 4.0); 国土数値情報（行政区域データ）（国土交通省）を加工して作成; Natural Earth.

| data | source | licence | what we did |
| --- | --- | --- | --- |
| Vietnam, 63 pre-merger provinces (\`vn_legacy\`) and the 34 units dissolved from them (\`vn\`) | [geoBoundaries](https://www.geoboundaries.org) gbOpen VNM ADM1, boundaryID \`VNM-ADM1-63759600\` (v6, built 12 Dec 2023). Cite: Runfola et al. 2020, *geoBoundaries: A global database of political administrative boundaries*, PLoS ONE 15(4): e0231866. | [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) (underlying boundary: public domain, Wikimedia Commons) | joined by ISO 3166-2 code, merged 63 → 34 under Resolution 202/2025/QH15, schematic Hoàng Sa / Trường Sa islets removed (drawn from Natural Earth instead), simplified, quantized |
| Japan, 47 prefectures (\`jp\`) | 出典：[国土数値情報（行政区域データ）](https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03-v3_1.html)（国土交通省）を加工して作成. Source: MLIT National Land Numerical Information (Administrative Areas, N03, 2021), processed. Prefecture dissolve by [SmartNews Media Research Institute](https://github.com/smartnews-smri/japan-topography). | [国土数値情報ダウンロードサイトコンテンツ利用規約](https://nlftp.mlit.go.jp/ksj/other/agreement.html) (government standard terms, compatible with CC BY 4.0): cite the source and say the data was processed | re-simplified, small islets dropped, quantized |
| Hoàng Sa and Trường Sa islets (\`islands\`) | [Natural Earth](https://www.naturalearthdata.com) 10m v4.0.0 \`ne_10m_admin_0_disputed_areas\` | public domain ("Made with Natural Earth" is optional) | geometry kept as is; Natural Earth's attributes replaced by our own names |
| Neighbouring land (\`neighbours\`) | [world-atlas](https://github.com/topojson/world-atlas) 2.x \`countries-50m.json\`, from Natural Earth 1:50m admin 0 | world-atlas: ISC; Natural Earth: public domain | clipped to lon 88–165, lat −12–56, simplified |
`;
}

const FIELDS = `## boundaries.topo.json

One TopoJSON topology (WGS84 lon/lat, quantized: decode with \`topojson-client\`). All objects share
arcs, so the border between two units is the same line in \`vn\` and \`vn_legacy\`. Rings wind the
d3-geo way (exterior clockwise). Objects are GeometryCollections sorted by \`id\`:

| object | features | \`id\` | properties |
| --- | --- | --- | --- |
| \`vn\` | 34 Vietnamese provincial units since 1 July 2025 (6 cities, 28 provinces) | \`vn-\` + kebab slug of the English name without diacritics: \`vn-hanoi\`, \`vn-hue\`, \`vn-ho-chi-minh-city\`… (same as \`data/localities/vn-provinces.csv\`) | \`name_vi\`, \`name_en\`, \`name_ja\` (katakana + 省/市), \`type\`: \`"city"\` (centrally-run city) or \`"province"\`; \`area_km2\`: the area of the shape as drawn, km² |
| \`vn_legacy\` | 63 pre-merger provinces | ISO 3166-2 code: \`VN-31\`, \`VN-HN\`… | \`name_vi\`, \`name_en\`, \`unit\`: the \`vn\` id it now belongs to |
| \`jp\` | 47 prefectures | \`jp-\` + JIS code: \`jp-01\` … \`jp-47\` | \`name_en\`, \`name_ja\`, \`name_vi\` (as the Vietnamese press writes it), \`type\`: \`"to"\`, \`"do"\`, \`"fu"\` or \`"ken"\`; \`area_km2\` as for \`vn\` |
| \`islands\` | Hoàng Sa (Paracel) and Trường Sa (Spratly) archipelagos, as the Vietnamese island districts | \`vn-hoang-sa\`, \`vn-truong-sa\` | \`name_vi\`, \`name_en\`, \`name_ja\`, \`parent\`: \`vn-da-nang\` / \`vn-khanh-hoa\` |
| \`neighbours\` | other countries' land, for a muted background | none | \`name\` (English, from world-atlas) |

\`vn\` does **not** include the two archipelagos: draw \`islands\` with the colour of their \`parent\`.
The top-level \`bbox\` is the neighbours' clip box, not Vietnam + Japan.

## labels.json

\`{ "<id>": [lon, lat] }\` for the 34 \`vn\` ids, the 47 \`jp\` ids and the 2 \`islands\` ids, sorted by id,
4 decimals. Each point is the pole of inaccessibility (polylabel) of the feature's largest polygon, so
it is always inside the shape (checked with d3-geo \`geoContains\` at build time and in tests).

## ATTRIBUTION.md

Credits and licences; the one-line credit must be shown in the app.
`;

/** data/geo/README.md: every field, how to rebuild, the settings and the sizes of the other files. */
export function readmeMarkdown(files: ReadonlyMap<string, string>, options: SimplifyOptions): string {
  const rows = [...files]
    .filter(([name]) => name !== 'README.md')
    .map(([name, content]) => {
      const size = sizeOf(content);
      // gzip sizes are rounded to whole KB: zlib versions differ by a few bytes, and this
      // file must come out byte-identical on every machine for geo:check.
      return `| \`${name}\` | ${size.raw.toLocaleString('en-US')} B (${formatKb(size.raw)}) | ≈ ${Math.round(size.gzip / 1024)} KB |`;
    });
  return `# data/geo: boundaries for the map

Generated by \`npm run geo:build\` (scripts/build-geo.ts); do not edit by hand.
\`npm run geo:check\` rebuilds into a temporary folder and fails if these files differ.

${FIELDS}
## Rebuilding

\`\`\`sh
npm run geo:build                      # reads ../shared/geo and data/localities, writes data/geo
npm run geo:build -- --shared DIR --out DIR   # or set KIZUNA_SHARED=DIR (the shared root or its geo/ folder)
npm run geo:check                      # skips with a message when ../shared/geo is absent
\`\`\`

Inputs: \`geoboundaries/geoBoundaries-VNM-ADM1.geojson\`, \`smartnews-n03/prefectures-s0010.topojson\`,
\`natural-earth/ne10m-v4-paracel-spratly.geojson\` (from ../shared/geo, see its SOURCES.md), world-atlas
\`countries-50m.json\` (node_modules), and the names and the 63 → 34 mapping from
\`data/localities/vn-merger-2025.csv\`, \`vn-provinces.csv\`, \`jp-prefectures.csv\`. Vietnam is joined by ISO
code (geoBoundaries \`shapeISO\`), never by name; Japan by Japanese name (\`N03_001\`).

## Settings

| setting | value | why |
| --- | --- | --- |
| simplification | Visvalingam, planar triangle area ≥ ${options.minWeight} deg² (≈ ${(options.minWeight * 12000).toFixed(2)} km²) | a removed vertex moves the line far less than a pixel at zoom 7 (≈ 1.2 km/px); borders still look right at zoom 5–7 |
| neighbours | ≥ ${options.neighbourMinWeight} deg² on arcs only neighbours use | muted background, only needs to read at zoom 4–6 |
| islets dropped | rings < ${options.minRingArea} deg² (≈ ${(options.minRingArea * 12000).toFixed(1)} km²) | invisible at zoom ≤ 7; the Hoàng Sa / Trường Sa islets are always kept, unsimplified |
| quantization | ${options.quantization.toLocaleString('en-US')} steps over the bbox (≈ ${((77 / options.quantization) * 111000).toFixed(0)} m) | far below a pixel at zoom 7 |

## Sizes

| file | raw | gzip |
| --- | --- | --- |
${rows.join('\n')}

Budget: everything here needed for the first view ≤ 150 KB gzip (the app's first view is 450 KB).

## Known source defects

- geoBoundaries (2008 boundaries): Cần Thơ / Hậu Giang border is off; Bắc Ninh, Vĩnh Phúc and Hải Dương are
  about 20 % too large. Fine for a choropleth, do not quote areas from this data.
- geoBoundaries' Hoàng Sa / Trường Sa islets are schematic (enlarged, moved), so they are replaced by
  Natural Earth's islets. Neither source has a polygon for Trường Sa Lớn (Spratly Island, ≈ 111.92 E, 8.64 N).
- Neighbouring land is 1:50m Natural Earth and does not follow geoBoundaries' land border exactly: at zoom ≥ 7
  thin gaps show along the Vietnam–China/Laos/Cambodia border. Draw the neighbours over a land-coloured
  background, or accept it.
- Hokkaidō includes the Northern Territories (Japan's official position); Takeshima is not included.
`;
}
