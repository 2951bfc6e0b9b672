/** Builds the app for one scenario into a temporary folder and serves it with `vite preview`. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import type { AssetSize } from './types.ts';

/**
 * Serves `file` for any import ending in `data/bundle.json`, so a build can carry synthetic data
 * without touching data/. Resolves to a real .json path so Vite's JSON handling is the same as
 * for the committed bundle.
 */
function benchBundlePlugin(file: string): Plugin {
  return {
    name: 'kizuna-bench-bundle',
    enforce: 'pre',
    resolveId(source) {
      return source.replaceAll('\\', '/').endsWith('data/bundle.json') ? file : null;
    },
  };
}

export interface BuildOptions {
  root: string;
  outDir: string;
  /** A generated bundle to serve instead of data/bundle.json. */
  bundleFile?: string;
  /** Extra `import.meta.env` values (VITE_*), set for the duration of the build. */
  env?: Record<string, string>;
}

/**
 * `vite build` with the project's config into `outDir`. Without the link-preview pages and cards
 * (no scenario looks at them, and drawing one PNG per locality is two thirds of a build's time)
 * and without the .br/.gz copies (`vite preview` compresses on the fly and never reads them).
 */
export async function buildApp({ root, outDir, bundleFile, env: extra = {} }: BuildOptions): Promise<void> {
  const env = { KIZUNA_PREVIEWS: '0', KIZUNA_PRECOMPRESS: '0', ...extra };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await build({
      root,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      plugins: bundleFile ? [benchBundlePlugin(bundleFile)] : [],
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** `vite preview` of `outDir` on a free port (same CSP headers and gzip as the project config). */
export async function serve(root: string, outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { server, url };
}

/** Every file of a build with its raw and gzip (level 6, as `vite preview` sends) size, largest first. */
export function assetSizes(outDir: string): AssetSize[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(outDir);
  return files
    .map((path) => {
      const body = readFileSync(path);
      return { file: relative(outDir, path), bytes: body.length, gzip: gzipSync(body, { level: 6 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Writes a JSON file, creating its folder. */
export function writeJson(path: string, value: unknown): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A string literal of MapLibre's Map constructor: it survives minification, and app code has no reason to hold it. */
const MAPLIBRE_MARKER = 'maplibregl-canvas-container';

/** URL paths (`/assets/…`) of the JS files of a build that contain MapLibre's code, whatever their name. */
export function maplibreAssetPaths(outDir: string, assets: readonly AssetSize[]): Set<string> {
  return new Set(
    assets
      .filter((a) => /\.m?js$/.test(a.file) && readFileSync(join(outDir, a.file), 'utf8').includes(MAPLIBRE_MARKER))
      .map((a) => `/${a.file.replaceAll('\\', '/')}`),
  );
}
