import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives } from '../../scripts/lib/csp';
import { withCspMeta } from '../../scripts/lib/hosting/csp-meta';
import { apacheHtaccess, netlifyHeaders, nginxConf } from '../../scripts/lib/hosting/header-files';
import { precompressFile } from '../../scripts/lib/hosting/precompress';
import { checkPublicUrl } from '../../scripts/lib/hosting/public-url';

const DIST = ['index.html', 'embed.js', 'embed.v1.js', 'embed-example.html', 'assets/index-abc.js', 'assets/worker-def.mjs', 'assets/index-abc.css'];

describe('the production policy', () => {
  const directives = new Map(cspDirectives({ dev: false }));

  it('allows no inline script or style and no eval', () => {
    expect(contentSecurityPolicy({ dev: false })).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets no fetch, worker or frame come from blob: or data:', () => {
    for (const name of ['connect-src', 'worker-src', 'child-src', 'frame-src', 'script-src']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
  });

  it('allows no data: images (the favicon is a file) and no <base>', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets the app page frame only its own origin (the Embed dialog’s preview), with child-src none; the example pages may frame the app', () => {
    const app = new Map(cspDirectives({ dev: false, meta: true, app: true }));
    expect(app.get('frame-src')).toEqual(["'self'"]);
    expect(app.get('child-src')).toEqual(["'none'"]);
    expect(app.get('worker-src')).toEqual(["'self'"]);
    expect(withCspMeta('<head><meta charset="utf-8"></head>', true)).toContain("child-src 'none'");
    expect(withCspMeta('<head><meta charset="utf-8"></head>')).toContain("frame-src 'self'");
  });

  it('lets any site frame the map in the header, and leaves frame-ancestors out of the meta form', () => {
    expect(contentSecurityPolicy({ dev: false })).toContain('frame-ancestors *');
    expect(contentSecurityPolicy({ dev: false, meta: true })).not.toContain('frame-ancestors');
  });
});

describe('withCspMeta', () => {
  const page = '<!doctype html><html><head>\n<meta charset="UTF-8" />\n<script type="module" src="./a.js"></script></head><body></body></html>';

  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMeta(page);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${contentSecurityPolicy({ dev: false, meta: true })}"`);
  });

  it('given a page without a charset, puts it first in <head>', () => {
    expect(withCspMeta('<html><head><title>x</title></head></html>')).toMatch(/^<html><head>\s*<meta http-equiv="Content-Security-Policy"/);
  });

  it('run twice, writes one policy', () => {
    expect(withCspMeta(withCspMeta(page)).match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});

describe('header files', () => {
  /** `_headers` as path → [header lines]. */
  function rules(text: string): Map<string, string[]> {
    const map = new Map<string, string[]>();
    let current = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('/')) map.set((current = line), []);
      else if (line.startsWith('  ')) map.get(current)?.push(line.trim());
    }
    return map;
  }

  it('Netlify/Cloudflare: policy everywhere, hashed files and the versioned loader for a year, HTML and embed.js revalidated', () => {
    const headers = rules(netlifyHeaders(DIST));
    expect(headers.get('/*')).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ dev: false })}`);
    expect(headers.get('/assets/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(headers.get('/embed.v1.js')).toEqual(['Cache-Control: public, max-age=31536000, immutable', 'Access-Control-Allow-Origin: *']);
    expect(headers.get('/embed.js')).toEqual(['Cache-Control: no-cache', 'Access-Control-Allow-Origin: *']);
    expect(headers.get('/')).toEqual(['Cache-Control: no-cache']);
    expect(headers.get('/index.html')).toEqual(['Cache-Control: no-cache']);
    expect([...headers.values()].flat().join('\n')).not.toMatch(/X-Frame-Options/i);
  });

  it('nginx: every block repeats the policy (nginx drops inherited add_header lines) and .mjs is JavaScript', () => {
    const conf = nginxConf(DIST);
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(4);
    expect(conf).toMatch(/text\/javascript mjs;/);
    expect(conf).toMatch(/location ~ \/embed\\\.v\[0-9\]\+\\\.js\$ \{[^}]*immutable[^}]*Access-Control-Allow-Origin/);
  });

  it('nginx and Apache: the server configuration files answer 404, before any other rule', () => {
    const conf = nginxConf(DIST);
    const deny = conf.indexOf('location ~ "(^|/)(\\\\.htaccess|_headers|kizuna\\\\.nginx\\\\.conf)$" {\n  return 404;\n}');
    expect(deny).toBeGreaterThan(0);
    expect(deny).toBeLessThan(conf.indexOf('location ~ /assets/'));
    const { root } = apacheHtaccess(DIST);
    expect(root).toContain('RedirectMatch 404 "(^|/)(\\\\.htaccess|_headers|kizuna\\\\.nginx\\\\.conf)$"');
  });

  it('Apache: the policy, the year-long cache for assets/, and .mjs as JavaScript', () => {
    const { root, assets } = apacheHtaccess(DIST);
    expect(root).toContain(`Header always set Content-Security-Policy "${contentSecurityPolicy({ dev: false })}"`);
    expect(root).toContain('AddType "text/javascript; charset=utf-8" .mjs');
    expect(assets).toContain('Cache-Control "public, max-age=31536000, immutable"');
  });
});

describe('precompressFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-precompress-'));

  it('writes .br and .gz copies that decompress to the original', () => {
    const file = join(dir, 'app.js');
    const source = 'export const partners = ["Hải Phòng", "Kitakyushu"];\n'.repeat(200);
    writeFileSync(file, source);
    expect(precompressFile(file)).toEqual(['.br', '.gz']);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(source);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(source);
  });

  it('leaves small files and images alone', () => {
    writeFileSync(join(dir, 'tiny.js'), 'export {};');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(5000));
    expect(precompressFile(join(dir, 'tiny.js'))).toEqual([]);
    expect(precompressFile(join(dir, 'photo.png'))).toEqual([]);
    expect(existsSync(join(dir, 'photo.png.br'))).toBe(false);
  });
});

describe('checkPublicUrl', () => {
  it('accepts an absolute https address, ending it with /', () => {
    expect(checkPublicUrl('https://maps.example.org/kizuna')).toBe('https://maps.example.org/kizuna/');
    expect(checkPublicUrl('')).toBe('');
    expect(checkPublicUrl(undefined)).toBe('');
  });

  it.each(['maps.example.org/kizuna', 'javascript:alert(1)', 'https://user:pass@maps.example.org/', 'https://maps.example.org/?x=1'])('refuses %s with a message', (value) => {
    expect(() => checkPublicUrl(value)).toThrow(/VITE_PUBLIC_URL/);
  });
});
