import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairsOfLocality } from '../../src/data/selectors';
import { tieCount } from '../../src/data/ties';
import type { Bundle } from '../../src/data/types';

/**
 * The production build with link previews (issue 23 item 4), with the project's own config: every
 * locality has its page, each page its card, and each page is the app's page (same entry, same
 * policy) from one folder down. `npm test` builds once (`npm run build`) and names the result in
 * KIZUNA_BUILT_DIST for this file and the browser suite; run on its own, this file builds into a
 * temp folder.
 */
const bundle = JSON.parse(readFileSync('data/bundle.json', 'utf8')) as Bundle;
const prebuilt = process.env.KIZUNA_BUILT_DIST;
const outDir = prebuilt ? resolve(prebuilt) : mkdtempSync(join(tmpdir(), 'kizuna-previews-'));

beforeAll(async () => {
  if (prebuilt) {
    if (!existsSync(join(outDir, 'index.html'))) throw new Error(`KIZUNA_BUILT_DIST=${prebuilt}: no build there (run npm run build first)`);
    return;
  }
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = before;
  }
}, 600000);
afterAll(() => {
  if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

/** `content` of `<meta property|name="key">`, unescaped. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/:/g, '\\:')}" content="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; signature: boolean } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { signature, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The script and stylesheet a page loads, as paths from dist/. */
function entryFiles(html: string, pageDir: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link rel="stylesheet"[^>]*\shref)="([^"]+)"/g)].map((m) => posix.normalize(posix.join(pageDir, m[1]!)));
}

describe('the build’s link previews', () => {
  it('writes a page for every locality in the bundle, with its own title, description and 1200×630 card', () => {
    expect(bundle.localities.length).toBeGreaterThan(100);
    for (const locality of bundle.localities) {
      const page = `l/${locality.id}/index.html`;
      expect(existsSync(join(outDir, page)), page).toBe(true);
      const html = read(page);
      expect(html).toContain(`<title>${meta(html, 'og:title')}</title>`);
      expect(meta(html, 'og:title'), page).toContain(locality.names.en);
      expect(meta(html, 'og:description'), page).toContain(locality.names.en);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      const image = meta(html, 'og:image')!;
      expect(meta(html, 'twitter:image')).toBe(image);
      const png = posix.normalize(posix.join(`l/${locality.id}/`, image));
      expect(png, page).toMatch(/^assets\/cards\/.+\.png$/);
      expect(pngSize(join(outDir, png)), png).toEqual({ signature: true, width: 1200, height: 630 });
    }
  });

  it('says how many partners each locality has, counted one per tie as its panel does', () => {
    for (const id of ['vn-quang-ninh', 'jp-10', 'vn-gia-lai']) {
      const partners = tieCount(pairsOfLocality(bundle.pairs, id));
      const description = meta(read(`l/${id}/index.html`), 'og:description')!;
      expect(description, id).toMatch(new RegExp(`\\b${partners} partners? in (Japan|Vietnam)\\b`));
    }
  });

  it('gives each locality its own card', () => {
    const images = bundle.localities.map((l) => meta(read(`l/${l.id}/index.html`), 'og:image'));
    expect(new Set(images).size).toBe(bundle.localities.length);
  });

  it('makes each page the app’s page: the same entry script and styles, the app’s strict policy, the boot message', () => {
    const index = read('index.html');
    const entries = entryFiles(index, '');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)![1]!;
    expect(policy).toContain("frame-src 'self'");
    for (const id of ['vn-hai-phong', 'jp-19', 'jp-27-sakai']) {
      const html = read(`l/${id}/index.html`);
      expect(entryFiles(html, `l/${id}/`)).toEqual(entries);
      for (const file of entries) expect(existsSync(join(outDir, file)), file).toBe(true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}"`);
      expect(html).toContain('<div id="root">');
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
  });

  it('gives the overview (index.html) its card too, and lists every page in sitemap.xml', () => {
    const index = read('index.html');
    const image = meta(index, 'og:image')!;
    expect(pngSize(join(outDir, image))).toEqual({ signature: true, width: 1200, height: 630 });
    expect(meta(index, 'og:description')).toMatch(/\d+ ties? between/);
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    for (const locality of bundle.localities) expect(sitemap).toContain(`l/${locality.id}/</loc>`);
  });

  it('covers the pages and cards in the header files: pages revalidated, cards cached as hashed assets, the sitemap typed', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/^\/l\/\*\n {2}Cache-Control: no-cache$/m);
    expect(headers).not.toMatch(/^\/l\/[a-z]/m);
    expect(headers).toMatch(/^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    const nginx = read('kizuna.nginx.conf');
    expect(nginx).toMatch(/image\/png png;/);
    expect(nginx).toMatch(/application\/xml xml;/);
    expect(read('.htaccess')).toContain('AddType "application/xml; charset=utf-8" .xml');
    // Pages are precompressed like index.html; the PNG cards are not (already compressed).
    expect(existsSync(join(outDir, 'l/jp-19/index.html.gz'))).toBe(true);
    const card = meta(read('index.html'), 'og:image')!;
    expect(existsSync(join(outDir, `${card}.gz`))).toBe(false);
  });
});
