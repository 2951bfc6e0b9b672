import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCardFonts } from '../../scripts/lib/hosting/card-fonts';
import { previewPage, sitemapXml, svgToPng, TextOutliner } from '../../scripts/lib/hosting/previews';
import type { PreviewView } from '../../scripts/lib/hosting/preview-views';

const TEMPLATE = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <meta name="description" content="The site." />',
  '    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
  '    <title>Kizuna</title>',
  '    <script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
].join('\n');

const view: PreviewView = {
  id: 'vn-gia-lai',
  title: 'Gia Lai: partners in Japan · Kizuna',
  description: 'Gia Lai, a province in Vietnam: 2 partners in Japan, "3 documents" <b>',
  imageAlt: 'Map',
  heading: 'Gia Lai',
  kind: 'Province, Vietnam',
  counts: ['2 partners in Japan'],
};
const image = 'assets/cards/vn-gia-lai-12345678.png';

describe('a locality page', () => {
  it('points its scripts and styles back up to the app’s folder and carries its own title and description, escaped', () => {
    const html = previewPage(TEMPLATE, { view, image }, '');
    expect(html).toContain('src="../../assets/index-abc.js"');
    expect(html).toContain('href="../../favicon.svg"');
    expect(html).toContain('<title>Gia Lai: partners in Japan · Kizuna</title>');
    expect(html).toContain('<meta name="description" content="Gia Lai, a province in Vietnam: 2 partners in Japan, &quot;3 documents&quot; &lt;b&gt;" />');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<meta property="og:image" content="../../assets/cards/vn-gia-lai-12345678.png" />');
  });

  it('without a public address, names no og:url or canonical (it would be a guess)', () => {
    const html = previewPage(TEMPLATE, { view, image }, '');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('rel="canonical"');
  });

  it('with VITE_PUBLIC_URL, gives absolute og:url, canonical and image addresses', () => {
    const html = previewPage(TEMPLATE, { view, image }, 'https://maps.example.org/kizuna/');
    expect(html).toContain('<link rel="canonical" href="https://maps.example.org/kizuna/l/vn-gia-lai/" />');
    expect(html).toContain('<meta property="og:url" content="https://maps.example.org/kizuna/l/vn-gia-lai/" />');
    expect(html).toContain('<meta property="og:image" content="https://maps.example.org/kizuna/assets/cards/vn-gia-lai-12345678.png" />');
    expect(html).toContain('<meta name="twitter:image" content="https://maps.example.org/kizuna/assets/cards/vn-gia-lai-12345678.png" />');
  });

  it('for the overview, keeps index.html’s own title and paths and adds the card', () => {
    const html = previewPage(TEMPLATE, { view: { ...view, id: null }, image: 'assets/cards/overview-1.png' }, '');
    expect(html).toContain('<title>Kizuna</title>');
    expect(html).toContain('src="./assets/index-abc.js"');
    expect(html).toContain('<meta property="og:image" content="assets/cards/overview-1.png" />');
  });
});

describe('sitemap.xml', () => {
  it('lists absolute addresses under the public address', () => {
    const xml = sitemapXml(['', 'l/jp-19/'], 'https://maps.example.org/kizuna/');
    expect(xml).toContain('<loc>https://maps.example.org/kizuna/</loc>');
    expect(xml).toContain('<loc>https://maps.example.org/kizuna/l/jp-19/</loc>');
  });
});

describe('cards without fonts', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="sans-serif"><rect width="600" height="630" fill="#336699"/>' +
    '<g font-size="12" fill="#59626e"><text x="20" y="600">Boundaries: 国土数値情報</text></g></svg>';

  it('a machine with no font still gets a 1200×630 card (without its text), and the build is told what is missing', async () => {
    const fonts = findCardFonts([mkdtempSync(join(tmpdir(), 'kizuna-no-fonts-'))]);
    expect(fonts.missing).toEqual(['latin', 'japanese']);
    const png = await svgToPng(svg, fonts);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('outlines a Japanese line once and reuses it, drawing it as paths in the group’s colour', () => {
    const fonts = findCardFonts();
    if (fonts.missing.includes('japanese')) return; // Nothing to outline with on this machine.
    const outliner = new TextOutliner(fonts);
    const first = outliner.outline(svg);
    expect(first).not.toContain('国土');
    expect(first).toMatch(/<g transform="translate\(20 600\)"><path [^>]*fill="#59626e"/);
    expect(outliner.outline(svg)).toBe(first);
  });
});
