import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceCssDataUrls } from '../../scripts/lib/hosting/css-data-uris';

/**
 * The app's policy has no `data:` in img-src; MapLibre's stylesheet draws its control icons
 * (the attribution button among them) from data: URLs, so the build moves them into files.
 */
describe('replaceCssDataUrls', () => {
  const files: { bytes: Buffer; extension: string }[] = [];
  const emit = (bytes: Buffer, extension: string) => {
    files.push({ bytes, extension });
    return `icon-${files.length}.${extension}`;
  };

  it('given an SVG icon percent-encoded in double quotes, with single quotes inside, then a file with the decoded SVG', () => {
    const css = `.a{background-image:url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E")}`;
    expect(replaceCssDataUrls(css, emit)).toBe('.a{background-image:url("icon-1.svg")}');
    expect(files.at(-1)?.bytes.toString('utf8')).toBe("<svg xmlns='http://www.w3.org/2000/svg'></svg>");
  });

  it('given a base64 PNG, unquoted, then a PNG file with the same bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64');
    const out = replaceCssDataUrls(`.b{background:url(data:image/png;base64,${png}) no-repeat}`, emit);
    expect(out).toBe(`.b{background:url("icon-${files.length}.png") no-repeat}`);
    expect([...(files.at(-1)?.bytes ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('leaves other URLs and non-image data alone', () => {
    const css = '.c{background:url(./x.svg)}.d{src:url("data:font/woff2;base64,AAAA")}';
    expect(replaceCssDataUrls(css, emit)).toBe(css);
  });
});

describe('the built site', () => {
  const dist = 'dist/assets';
  const built = (() => {
    try {
      return readdirSync(dist).filter((name) => name.endsWith('.css'));
    } catch {
      return [];
    }
  })();
  it.runIf(built.length > 0)('has no data: URL left in any stylesheet (run after a build)', () => {
    for (const name of built) expect(readFileSync(`${dist}/${name}`, 'utf8'), name).not.toContain('data:');
  });
});
