import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A plain static file server for the built site, like `python3 -m http.server`: files and a
 * Content-Type, no other header. With `headersFile`, it also applies the rules of the generated
 * dist/_headers, as Netlify or Cloudflare Pages would (to check that file, not to trust it).
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** `_headers` rules as [path pattern, headers]; `*` at the end of a pattern matches any rest. */
function parseHeadersFile(text: string): [string, [string, string][]][] {
  const rules: [string, [string, string][]][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push([line.trim(), []]);
    else if (line.startsWith('  ') && rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1]?.[1].push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

export interface ServeOptions {
  /** Directory to serve (files only below it). */
  root?: string;
  /** Apply root/_headers. */
  headersFile?: boolean;
  /** Pages served from memory, by path. */
  pages?: Record<string, string>;
  /** Serve `root` under this folder (e.g. `/kizuna/`, as DEPLOY.md's nginx example), not at `/`. */
  prefix?: string;
}

export async function serveStatic({ root, headersFile = false, pages = {}, prefix = '/' }: ServeOptions): Promise<StaticServer> {
  const base = root ? resolve(root) : '';
  const rules = root && headersFile ? parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] as string });
      response.end(page);
      return;
    }
    const inside = path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : null;
    let file = base && inside !== null ? normalize(join(base, inside)) : '';
    if (!base || inside === null || !file.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const [pattern, list] of rules) if (matches(pattern, inside)) for (const [name, value] of list) headers[name] = value;
    response.writeHead(200, headers);
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
