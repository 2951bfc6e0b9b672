/**
 * Moves the images that stylesheets carry as `data:` URLs (MapLibre's CSS has 39 SVG control
 * icons, among them the attribution button's) into files beside the stylesheet, so the app's
 * policy can leave `data:` out of img-src (scripts/lib/csp.ts): an injected `data:` image then
 * cannot load, and the icons still show. Same bytes, same rendering; each icon becomes a small
 * hashed file cached for a year like every other asset.
 */
import type { Plugin } from 'vite';

/** A `url(…)` holding a data: URL, quoted either way or not at all (SVG payloads contain the other quote). */
const DATA_URL = /url\(\s*(?:"(data:[^"]*)"|'(data:[^']*)'|(data:[^)\s]*))\s*\)/gi;
const PARTS = /^data:(image\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[^;,]*)*)(;base64)?,(.*)$/is;
const EXTENSIONS: Record<string, string> = { 'image/svg+xml': 'svg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

/**
 * `css` with every `url(data:image/…)` replaced by `url(<file>)`; `emit` stores the bytes and
 * returns the file's URL relative to the stylesheet. Pure apart from `emit`, for tests.
 */
export function replaceCssDataUrls(css: string, emit: (bytes: Buffer, extension: string) => string): string {
  return css.replace(DATA_URL, (whole: string, double?: string, single?: string, bare?: string) => {
    const parts = PARTS.exec(double ?? single ?? bare ?? '');
    const extension = parts?.[1] ? EXTENSIONS[parts[1].toLowerCase()] : undefined;
    if (!parts || !extension) return whole;
    const body = parts[4] ?? '';
    const bytes = parts[3] ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
    return `url("${emit(bytes, extension)}")`;
  });
}

export function cssDataUrlsToFiles(): Plugin {
  return {
    name: 'kizuna:css-data-urls',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const css = typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString('utf8');
        const folder = file.fileName.slice(0, file.fileName.lastIndexOf('/') + 1);
        file.source = replaceCssDataUrls(css, (bytes, extension) => {
          const ref = this.emitFile({ type: 'asset', name: `icon.${extension}`, source: bytes });
          const name = this.getFileName(ref);
          // The emitted file sits in the same assets/ folder as the stylesheet: a relative URL
          // keeps the site working in any folder (base './').
          return name.startsWith(folder) ? name.slice(folder.length) : `/${name}`;
        });
      }
    },
  };
}
