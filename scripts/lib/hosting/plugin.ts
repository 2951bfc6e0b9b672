import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import { withCspMeta } from './csp-meta.ts';
import { apacheHtaccess, netlifyHeaders, nginxConf } from './header-files.ts';
import { newestLoader } from './loader.ts';
import { assertReleasedLoaders } from './released-loaders.ts';
import { precompressFile } from './precompress.ts';
import { checkPublicUrl } from './public-url.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'));
}

/**
 * Refuses to build when a released loader differs from its record (released-loaders.ts), then
 * gives the app, at build and test time, the newest versioned loader's path and integrity hash
 * (`__KIZUNA_LOADER__`, read by src/share/snippet.ts) and the checked `VITE_PUBLIC_URL`.
 */
export function kizunaLoader(): Plugin {
  return {
    name: 'kizuna:loader',
    config(config, env) {
      const root = resolve(config.root ?? process.cwd());
      const publicDir = resolve(root, typeof config.publicDir === 'string' ? config.publicDir : 'public');
      // Before anything is written: a changed released loader would break every snippet using it.
      assertReleasedLoaders(publicDir);
      const loader = newestLoader(publicDir);
      // Fails the build on a malformed address instead of shipping snippets that point nowhere.
      checkPublicUrl(loadEnv(env.mode, resolve(root, typeof config.envDir === 'string' ? config.envDir : root), 'VITE_').VITE_PUBLIC_URL);
      return { define: { __KIZUNA_LOADER__: JSON.stringify(loader) } };
    },
  };
}

/** The app's page in dist/: its meta policy frames nothing (csp.ts). */
const APP_PAGE = 'index.html';

/**
 * After the build has written dist/ (bundle and public files):
 * 1. the production policy as a `<meta http-equiv>` in every HTML file (the app's, stricter);
 * 2. the header files for Netlify/Cloudflare Pages, nginx and Apache;
 * 3. Brotli and gzip copies of every compressible file, header files excluded.
 */
export function hostingOutput(): Plugin {
  let outDir = 'dist';
  // The bundler still calls closeBundle after a failed build. Post-processing a dist/ that was
  // never written would then throw (ENOENT scandir dist) and that error would be the one
  // reported, hiding the real one (a truncated bundle.json, a syntax error): so do nothing.
  let failed = false;
  return {
    name: 'kizuna:hosting-output',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      failed = false;
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    closeBundle: {
      order: 'post',
      handler(error?: Error) {
        if (failed || error || !existsSync(outDir)) return;
        const files = filesUnder(outDir);
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const path = join(outDir, file);
          writeFileSync(path, withCspMeta(readFileSync(path, 'utf8'), file === APP_PAGE));
        }
        writeFileSync(join(outDir, '_headers'), netlifyHeaders(files));
        writeFileSync(join(outDir, 'kizuna.nginx.conf'), nginxConf(files));
        const apache = apacheHtaccess(files);
        writeFileSync(join(outDir, '.htaccess'), apache.root);
        if (files.some((file) => file.startsWith('assets/'))) writeFileSync(join(outDir, 'assets', '.htaccess'), apache.assets);
        for (const file of files) precompressFile(join(outDir, file));
        console.log(`kizuna: CSP in ${files.filter((f) => f.endsWith('.html')).length} HTML files, header files and .br/.gz copies written to ${relative(process.cwd(), outDir) || '.'}/`);
      },
    },
  };
}
