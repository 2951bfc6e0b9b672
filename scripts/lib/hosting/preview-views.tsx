import { renderToStaticMarkup } from 'react-dom/server';
import { countByCategory } from '../../../src/data/counting';
import { indexCore, pairsOfLocality } from '../../../src/data/selectors';
import { splitBundle } from '../../../src/data/split';
import { tieCount } from '../../../src/data/ties';
import type { Bundle, CorePair, Locality } from '../../../src/data/types';
import { geoLayers, type BoundaryTopology } from '../../../src/geo/boundaries';
import { t } from '../../../src/i18n';
import { documentsLabel } from '../../../src/i18n/counts';
import { kindLabel, localityName } from '../../../src/i18n/names';
import type { Selection } from '../../../src/state/types';
import { StaticFigure } from '../../../src/svg/StaticFigure';
import { DEFAULT_STATIC_WIDTH, wrapText } from '../../../src/svg/static-layout';
import { BundleProvider } from '../../../src/view/bundle-context';
import { CARD_SIZE } from './card-size.ts';

/**
 * What a link preview says about one view (a locality, or the overview when `id` is null), in
 * English, written from the bundle: names, partner count (one per tie) and documents totalled by
 * the one counting rule (src/data/counting.ts). Loaded by the build through Vite's module runner
 * (previews.ts), because the figure is the app's own React component.
 */
export interface PreviewView {
  id: string | null;
  title: string;
  description: string;
  /** The card's text alternative (og:image:alt). */
  imageAlt: string;
  /** Card lines beside the figure: the name, what it is, then the counts. */
  heading: string;
  kind: string;
  counts: string[];
}

const CARD_WIDTH = CARD_SIZE.width;
const CARD_HEIGHT = CARD_SIZE.height;
const SITE = 'Kizuna';
const LANG = 'en';

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** "2 locality agreements and 1 council agreement", by the counting rule; empty when both are 0. */
function agreementsPhrase(pairs: readonly CorePair[]): string {
  const counts = countByCategory(pairs);
  const parts = [
    counts.locality > 0 ? plural(counts.locality, 'locality agreement', 'locality agreements') : '',
    counts.council > 0 ? plural(counts.council, 'council agreement', 'council agreements') : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

function localityView(locality: Locality, pairs: readonly CorePair[]): PreviewView {
  const name = localityName(locality, LANG);
  const other = t(LANG, locality.country === 'vn' ? 'country.jp' : 'country.vn');
  const country = t(LANG, `country.${locality.country}`);
  const kind = `${kindLabel(locality, LANG)}, ${country}`;
  const who = `${name}, ${/^[aeiou]/i.test(kindLabel(locality, LANG)) ? 'an' : 'a'} ${kindLabel(locality, LANG).toLowerCase()} in ${country}`;
  const own = pairsOfLocality(pairs, locality.id);
  const partners = tieCount(own);
  const agreements = agreementsPhrase(own);
  const title = `${name}: partners in ${other} · ${SITE}`;
  if (partners === 0) {
    const none = `No partner in ${other} is on the map`;
    return {
      id: locality.id,
      title,
      description: `${who}: ${none.charAt(0).toLowerCase()}${none.slice(1)}. ${SITE} maps Vietnam–Japan locality partnerships with their sources.`,
      imageAlt: `Map of Vietnam–Japan locality partnerships with ${name} highlighted`,
      heading: name,
      kind,
      counts: [none],
    };
  }
  const partnersText = plural(partners, `partner in ${other}`, `partners in ${other}`);
  const documents = documentsLabel(LANG, own.length);
  const ruled = agreements ? `; by our counting rule, ${agreements}` : '';
  return {
    id: locality.id,
    title,
    description: `${who}: ${partnersText}, ${documents}${ruled}. Each with its sources, on the map of Vietnam–Japan locality partnerships.`,
    imageAlt: `Map of ${name}'s ${partnersText}`,
    heading: name,
    kind,
    counts: [partnersText, documents, ...(agreements ? [agreements] : [])],
  };
}

function overviewView(bundle: Pick<Bundle, 'localities'>, pairs: readonly CorePair[]): PreviewView {
  // The localities that have a tie, not every one the map names.
  const tied = new Set(pairs.flatMap((pair) => [pair.vnId, pair.jpId]));
  const vn = bundle.localities.filter((l) => l.country === 'vn' && tied.has(l.id)).length;
  const jp = bundle.localities.filter((l) => l.country === 'jp' && tied.has(l.id)).length;
  const ties = tieCount(pairs);
  const agreements = agreementsPhrase(pairs);
  const tiesText = plural(ties, 'tie', 'ties');
  const documents = documentsLabel(LANG, pairs.length);
  const ruled = agreements ? `; by our counting rule, ${agreements}` : '';
  return {
    id: null,
    title: `${SITE}: Vietnam–Japan locality partnerships`,
    description: `${tiesText} between ${vn} Vietnamese provinces and cities and ${jp} Japanese prefectures and municipalities: ${documents}${ruled}. Each with its sources.`,
    imageAlt: 'Map of the locality partnerships between Vietnam and Japan',
    heading: 'Vietnam–Japan locality partnerships',
    kind: SITE,
    counts: [tiesText, documents, ...(agreements ? [agreements] : [])],
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONT = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export interface PreviewRenderer {
  /** The overview first, then every locality in the bundle's order. */
  views: PreviewView[];
  /** A 1200×630 SVG: the download figure (src/svg/StaticFigure) of the view, and its counts beside it. */
  cardSvg: (view: PreviewView) => string;
}

/** Converts the boundaries and indexes the bundle once, for every card. */
export function previewRenderer(bundle: Bundle, topology: BoundaryTopology): PreviewRenderer {
  const data = indexCore(splitBundle(bundle).core);
  const geo = geoLayers(topology);
  const pairs = data.bundle.pairs;
  const views = [overviewView(bundle, pairs), ...bundle.localities.map((l) => localityView(l, pairs))];
  const noFilters = { sectors: [], relationships: [] };

  const cardSvg = (view: PreviewView): string => {
    const selection: Selection = view.id ? { kind: 'locality', id: view.id } : { kind: 'none' };
    const figure = renderToStaticMarkup(
      <BundleProvider data={data}>
        <StaticFigure geo={geo} width={DEFAULT_STATIC_WIDTH} lang={LANG} selection={selection} filters={noFilters} interactive={false} />
      </BundleProvider>,
    );
    const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(figure);
    const figureWidth = Number(size?.[1] ?? DEFAULT_STATIC_WIDTH);
    const figureHeight = Number(size?.[2] ?? CARD_HEIGHT);
    // The whole figure (title, map, legend, credits) at the card's height, on its left.
    const scale = Math.min(CARD_HEIGHT / figureHeight, (CARD_WIDTH * 0.62) / figureWidth);
    const left = Math.round(figureWidth * scale) + 36;
    const textWidth = CARD_WIDTH - left - 36;
    const headingSize = 44;
    const heading = wrapText(view.heading, Math.max(8, Math.floor(textWidth / (headingSize * 0.56)))).slice(0, 3);
    const lines: string[] = [];
    let y = 96;
    lines.push(`<text x="${left}" y="${y}" font-size="22" font-weight="700" fill="#59626e">${escapeText(view.kind)}</text>`);
    y += 62;
    for (const line of heading) {
      lines.push(`<text x="${left}" y="${y}" font-size="${headingSize}" font-weight="700" fill="#1d2430">${escapeText(line)}</text>`);
      y += headingSize + 10;
    }
    y += 18;
    for (const count of view.counts) {
      for (const line of wrapText(count, Math.floor(textWidth / (26 * 0.52)))) {
        lines.push(`<text x="${left}" y="${y}" font-size="26" fill="#1d2430">${escapeText(line)}</text>`);
        y += 36;
      }
      y += 6;
    }
    lines.push(`<text x="${left}" y="${CARD_HEIGHT - 40}" font-size="20" fill="#59626e">${escapeText(`${SITE} · Vietnam–Japan locality partnerships`)}</text>`);
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}">`,
      `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
      `<g transform="translate(0 ${Math.round((CARD_HEIGHT - figureHeight * scale) / 2)}) scale(${scale.toFixed(4)})">${figure}</g>`,
      `<line x1="${left - 18}" x2="${left - 18}" y1="36" y2="${CARD_HEIGHT - 36}" stroke="#d5d9de" stroke-width="2"/>`,
      ...lines,
      '</svg>',
    ].join('');
  };
  return { views, cardSvg };
}
