import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { runnerImport } from 'vite';
import type { Bundle } from '../../../src/data/types.ts';
import type { BoundaryTopology } from '../../../src/geo/boundaries.ts';
import { findCardFonts, type CardFonts } from './card-fonts.ts';
import { CARD_SIZE } from './card-size.ts';
import type * as PreviewViews from './preview-views.tsx';
import type { PreviewView } from './preview-views.tsx';

/**
 * Links that preview (issue 23): one small HTML page per locality at `l/<id>/`, which is the app's
 * page with its own title, description and Open Graph / Twitter card, and a 1200×630 PNG of the
 * view drawn from the download figure. The overview's card goes into index.html itself.
 */

/** The folder of the locality pages; src/state/locality-page.ts reads the same shape back. */
export const PAGES_DIR = 'l';
/** The cards are content-hashed under assets/, so hosts cache them like every hashed file. */
const CARDS_DIR = 'assets/cards';

/** A page's path relative to dist/ (`''` for the overview, which is index.html). */
const pagePath = (id: string | null): string => (id === null ? '' : `${PAGES_DIR}/${id}/`);

export interface PageMeta {
  view: PreviewView;
  /** The card relative to dist/, e.g. `assets/cards/vn-gia-lai-1a2b3c4d.png`. */
  image: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** From a page at `path` back to dist/ (`../../` for `l/<id>/`). */
const upToRoot = (path: string) => '../'.repeat(path.split('/').filter(Boolean).length);

/**
 * The card tags. Open Graph wants absolute URLs: with `VITE_PUBLIC_URL` set they are; without it
 * the image is given relative to the page (most readers of these tags resolve it) and there is no
 * og:url or canonical, which would otherwise name a guessed address.
 */
function previewTags({ view, image }: PageMeta, publicUrl: string): string {
  const path = pagePath(view.id);
  const imageUrl = publicUrl ? `${publicUrl}${image}` : `${upToRoot(path)}${image}`;
  const meta = (attribute: 'property' | 'name', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`;
  return [
    ...(publicUrl ? [`<link rel="canonical" href="${escapeAttribute(`${publicUrl}${path}`)}" />`] : []),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Kizuna'),
    meta('property', 'og:locale', 'en_GB'),
    meta('property', 'og:title', view.title),
    meta('property', 'og:description', view.description),
    ...(publicUrl ? [meta('property', 'og:url', `${publicUrl}${path}`)] : []),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_SIZE.width)),
    meta('property', 'og:image:height', String(CARD_SIZE.height)),
    meta('property', 'og:image:alt', view.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', view.title),
    meta('name', 'twitter:description', view.description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', view.imageAlt),
  ].join('\n    ');
}

const TITLE = /<title>[\s\S]*?<\/title>/i;
const DESCRIPTION = /<meta\s+name="description"[^>]*>/i;
const RELATIVE_URL = /\b(src|href)="\.\//g;

/**
 * The built index.html as the page of one view: same entry script, styles, boot message and
 * (added later by the hosting plugin) policy; its own title and description; card tags before
 * `</head>`; every `./` URL pointing back up to dist/ from the page's folder (Vite's base is `./`).
 */
export function previewPage(template: string, meta: PageMeta, publicUrl: string): string {
  const path = pagePath(meta.view.id);
  let html = template;
  if (meta.view.id !== null) {
    html = html
      .replace(TITLE, `<title>${escapeText(meta.view.title)}</title>`)
      .replace(DESCRIPTION, `<meta name="description" content="${escapeAttribute(meta.view.description)}" />`)
      .replace(RELATIVE_URL, (_match, attribute: string) => `${attribute}="${upToRoot(path)}`);
  }
  if (!/<\/head>/i.test(html)) throw new Error('index.html has no </head> for the link preview tags.');
  return html.replace(/\s*<\/head>/i, `\n    ${previewTags(meta, publicUrl)}\n  </head>`);
}

/** Every page, for search engines: absolute with `VITE_PUBLIC_URL`, else relative (docs/DEPLOY.md). */
export function sitemapXml(paths: readonly string[], publicUrl: string): string {
  const urls = paths.map((path) => `  <url><loc>${escapeText(publicUrl ? `${publicUrl}${path}` : `./${path}`)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** Text the Latin font cannot draw: Japanese (the boundaries credit), or any other script. */
const NOT_LATIN = /[^\t\n\r\u0020-\u024f\u1e00-\u1eff\u2000-\u206f\u2190-\u21ff]/u;
/** A group of plain text lines with its own size, as the figure's credits are drawn. */
const TEXT_GROUP = /<g font-size="([\d.]+)"((?:\s+[a-z-]+="[^"]*")*)>((?:<text [^>]*>[^<]*<\/text>)+)<\/g>/g;
const TEXT_LINE = /<text ([^>]*)>([^<]*)<\/text>/g;
const attributeOf = (attributes: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];

/**
 * Draws text as paths, once per distinct line: resvg shapes with a font only once it has read
 * the font file, and reading the Japanese one (a 16–20 MB collection) costs more per card than
 * drawing the card itself. The credit line with Japanese is the same on every card, so it is
 * shaped once with all fonts, and each card is drawn with the small Latin files only.
 */
export class TextOutliner {
  private readonly cache = new Map<string, string>();
  constructor(private readonly fonts: CardFonts) {}

  /** `svg` with every non-Latin line of a sized text group replaced by its outline. */
  outline(svg: string): string {
    const family = attributeOf(/<svg ([^>]*)>/.exec(svg)?.[1] ?? '', 'font-family') ?? 'sans-serif';
    return svg.replace(TEXT_GROUP, (group, size: string, attributes: string, lines: string) => {
      if (!NOT_LATIN.test(lines)) return group;
      const fill = attributeOf(attributes, 'fill') ?? '#000000';
      const outlined = lines.replace(TEXT_LINE, (line, textAttributes: string, content: string) => {
        if (!NOT_LATIN.test(content)) return line;
        const x = Number(attributeOf(textAttributes, 'x') ?? 0);
        const y = Number(attributeOf(textAttributes, 'y') ?? 0);
        return `<g transform="translate(${x} ${y})">${this.paths(content, size, family, fill)}</g>`;
      });
      return `<g font-size="${size}"${attributes}>${outlined}</g>`;
    });
  }

  private paths(content: string, size: string, family: string, fill: string): string {
    const key = [content, size, family, fill].join('\u0000');
    let paths = this.cache.get(key);
    if (paths === undefined) {
      // The line on a canvas of its own, baseline at y = 0 (resvg keeps paths outside the view).
      const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="0" font-size="${size}" font-family="${family}" fill="${fill}">${content}</text></svg>`;
      const simplified = new Resvg(alone, resvgOptions(this.fonts)).toString();
      paths = (simplified.match(/<path [^>]*\/>/g) ?? []).join('');
      this.cache.set(key, paths);
    }
    return paths;
  }
}

function resvgOptions(fonts: CardFonts, latinOnly = false): ResvgRenderOptions {
  const files = latinOnly ? fonts.files.filter((file) => !fonts.japanese || file !== fonts.japanese) : fonts.files;
  return {
    font: { loadSystemFonts: false, fontFiles: files, ...(fonts.family ? { defaultFontFamily: fonts.family, sansSerifFamily: fonts.family } : {}) },
    background: '#ffffff',
    logLevel: 'off',
  };
}

/** Text content of an SVG that only the Japanese font can draw (none once outlined). */
const needsJapanese = (svg: string) => [...svg.matchAll(/>([^<]+)</g)].some((match) => NOT_LATIN.test(match[1]!));

/** A PNG of an SVG at its own size; text with the given fonts only (card-fonts.ts). */
export async function svgToPng(svg: string, fonts: CardFonts, outliner = new TextOutliner(fonts)): Promise<Buffer> {
  const outlined = outliner.outline(svg);
  const image = await renderAsync(outlined, resvgOptions(fonts, !needsJapanese(outlined)));
  return image.asPng();
}

/** Runs `task` over `items`, `width` at a time: resvg renders off the main thread, one per core. */
async function inPool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export interface PreviewsOptions {
  /** The project root: data/bundle.json and data/geo/boundaries.topo.json are read from it. */
  root: string;
  /** Checked `VITE_PUBLIC_URL` (public-url.ts), `''` when not set. */
  publicUrl: string;
  /** Leave the cards' text out whatever is installed (the fonts test). */
  fonts?: CardFonts;
}

/**
 * Writes the cards, the locality pages, the overview's tags into index.html and sitemap.xml into
 * `outDir` (which holds the built index.html). Returns the paths written, relative to `outDir`.
 */
export async function writePreviews(outDir: string, { root, publicUrl, fonts = findCardFonts() }: PreviewsOptions): Promise<string[]> {
  // The figure is the app's React component, in TypeScript with Vite-only imports: Vite's module
  // runner loads it (a static import would pull React into the config bundle).
  const entry = fileURLToPath(new URL('./preview-views.tsx', import.meta.url));
  const { module } = await runnerImport<typeof PreviewViews>(entry, { root, configFile: false, logLevel: 'error' });
  const bundle = JSON.parse(readFileSync(join(root, 'data', 'bundle.json'), 'utf8')) as Bundle;
  const topology = JSON.parse(readFileSync(join(root, 'data', 'geo', 'boundaries.topo.json'), 'utf8')) as BoundaryTopology;
  const renderer = module.previewRenderer(bundle, topology);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const written: string[] = [];
  mkdirSync(join(outDir, CARDS_DIR), { recursive: true });

  const outliner = new TextOutliner(fonts);
  await inPool(renderer.views, 2, async (view) => {
    const png = await svgToPng(renderer.cardSvg(view), fonts, outliner);
    const hash = createHash('sha256').update(png).digest('hex').slice(0, 8);
    const image = `${CARDS_DIR}/${view.id ?? 'overview'}-${hash}.png`;
    writeFileSync(join(outDir, image), png);
    const page = `${pagePath(view.id)}index.html`;
    mkdirSync(dirname(join(outDir, page)), { recursive: true });
    writeFileSync(join(outDir, page), previewPage(template, { view, image }, publicUrl));
    written.push(image, page);
  });
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    sitemapXml(
      renderer.views.map((view) => pagePath(view.id)),
      publicUrl,
    ),
  );
  written.push('sitemap.xml');
  return written;
}
