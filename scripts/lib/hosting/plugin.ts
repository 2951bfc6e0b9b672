import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import { withCspMeta } from './csp-meta.ts';
import { apacheHtaccess, netlifyHeaders, nginxConf } from './header-files.ts';
import { newestLoader } from './loader.ts';
import { assertReleasedLoaders } from './released-loaders.ts';
import { precompressFile } from './precompress.ts';
import { checkPublicUrl } from './public-url.ts';
import { findCardFonts } from './card-fonts.ts';
import { PAGES_DIR, writePreviews } from './previews.ts';

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

/** The app's pages in dist/ (index.html and the link-preview pages): their meta policy frames nothing (csp.ts). */
const isAppPage = (file: string) => file === 'index.html' || new RegExp(`^${PAGES_DIR}/[^/]+/index\\.html$`).test(file);

/** A locality page's path (`…/l/<id>/`), which the dev server answers with the app's page. */
const PAGE_REQUEST = new RegExp(`^(.*/)${PAGES_DIR}/[a-z0-9-]+/(?:index\\.html)?(\\?.*)?$`);

export interface HostingOptions {
  /**
   * Write the link-preview pages, cards and sitemap (previews.ts). On by default; `KIZUNA_PREVIEWS=0`
   * turns them off for a quick local build.
   */
  previews?: boolean;
  /**
   * Write the Brotli and gzip copies. On by default; `KIZUNA_PRECOMPRESS=0` turns them off for a
   * build served only by `vite preview` (which compresses on the fly), as the bench's and the
   * browser tests' scenario builds are: best-quality Brotli of every file is seconds per build.
   */
  precompress?: boolean;
}

/**
 * After the build has written dist/ (bundle and public files):
 * 0. the link-preview pages, their cards and sitemap.xml (previews.ts);
 * 1. the production policy as a `<meta http-equiv>` in every HTML file (the app's, stricter);
 * 2. the header files for Netlify/Cloudflare Pages, nginx and Apache;
 * 3. Brotli and gzip copies of every compressible file, header files excluded.
 */
export function hostingOutput(options: HostingOptions = {}): Plugin[] {
  return [hostingFiles(options), pagePathsInDev()];
}

/**
 * Only the build writes the locality pages: the dev server answers their paths with the app's
 * page, so the links the app writes (src/share/links.ts) open there too.
 */
function pagePathsInDev(): Plugin {
  return {
    name: 'kizuna:page-paths-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const match = PAGE_REQUEST.exec(request.url ?? '');
        if (match) request.url = `${match[1]}index.html${match[2] ?? ''}`;
        next();
      });
    },
  };
}

function hostingFiles(options: HostingOptions): Plugin {
  const previews = options.previews ?? process.env.KIZUNA_PREVIEWS !== '0';
  const precompress = options.precompress ?? process.env.KIZUNA_PRECOMPRESS !== '0';
  let outDir = 'dist';
  let root = process.cwd();
  let publicUrl = '';
  // The bundler still calls closeBundle after a failed build. Post-processing a dist/ that was
  // never written would then throw (ENOENT scandir dist) and that error would be the one
  // reported, hiding the real one (a truncated bundle.json, a syntax error): so do nothing.
  let failed = false;
  return {
    name: 'kizuna:hosting-output',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      publicUrl = checkPublicUrl(typeof config.env.VITE_PUBLIC_URL === 'string' ? config.env.VITE_PUBLIC_URL : '');
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
      async handler(error?: Error) {
        if (failed || error || !existsSync(outDir)) return;
        // A project without the data (the build-error tests' tiny one) has no localities to preview.
        if (previews && existsSync(join(outDir, 'index.html')) && existsSync(join(root, 'data', 'bundle.json'))) {
          const started = performance.now();
          const fonts = findCardFonts();
          if (fonts.missing.length) {
            console.warn(`kizuna: no ${fonts.missing.join(' or ')} font found: the link preview images are drawn without that text (docs/DEPLOY.md).`);
          }
          const written = await writePreviews(outDir, { root, publicUrl, fonts });
          const pages = written.filter((file) => file.endsWith('.html')).length;
          console.log(`kizuna: ${pages} link preview pages and their images in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
        const files = filesUnder(outDir);
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const path = join(outDir, file);
          writeFileSync(path, withCspMeta(readFileSync(path, 'utf8'), isAppPage(file)));
        }
        writeFileSync(join(outDir, '_headers'), netlifyHeaders(files));
        writeFileSync(join(outDir, 'kizuna.nginx.conf'), nginxConf(files));
        const apache = apacheHtaccess(files);
        writeFileSync(join(outDir, '.htaccess'), apache.root);
        if (files.some((file) => file.startsWith('assets/'))) writeFileSync(join(outDir, 'assets', '.htaccess'), apache.assets);
        if (precompress) for (const file of files) precompressFile(join(outDir, file));
        const copies = precompress ? ', header files and .br/.gz copies' : ' and header files (no .br/.gz copies)';
        console.log(`kizuna: CSP in ${files.filter((f) => f.endsWith('.html')).length} HTML files${copies} written to ${relative(process.cwd(), outDir) || '.'}/`);
      },
    },
  };
}
