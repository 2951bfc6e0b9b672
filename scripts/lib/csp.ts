/**
 * The one Content-Security-Policy Kizuna is served under (documented in docs/EMBED.md and
 * docs/DEPLOY.md). Everything that delivers it is generated from here, so nothing can drift:
 * the dev server and `vite preview` send it as a header, the build writes it into every HTML
 * file as a `<meta http-equiv>` (for hosts that send no headers) and into the header files for
 * Netlify/Cloudflare Pages, nginx and Apache (scripts/lib/hosting/).
 *
 * Only what the app needs: no 'unsafe-eval' (MapLibre 6 loads its worker as a same-origin module
 * file, src/map/init.ts), no inline script, no inline style (React and MapLibre set styles
 * through the CSSOM, which style-src does not govern), no blob:/data: for fetches or workers.
 */
export interface PolicyOptions {
  /** Vite's dev server: its inline React-refresh preamble, `<style>` injection and HMR socket. */
  dev: boolean;
  /**
   * For a `<meta http-equiv>`: without `frame-ancestors`, which browsers ignore (with a console
   * error) in a meta policy; only a header can say who may frame the page.
   */
  meta?: boolean;
}

export function cspDirectives({ dev, meta = false }: PolicyOptions): [string, string[]][] {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // data: for the page's empty favicon (`<link rel="icon" href="data:,">`); blob: for the PNG
    // export, which loads the serialised SVG as an Image (src/share/export-image.ts).
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", 'ws:'] : ["'self'"]],
    ['worker-src', ["'self'"]],
    ['child-src', ["'self'"]],
    // public/embed-example.html and embed-blank.html frame the app from the same server.
    ['frame-src', ["'self'"]],
    // Any site may embed the map: that is what it is for (docs/EMBED.md).
    ['frame-ancestors', ['*']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return meta ? directives.filter(([name]) => name !== 'frame-ancestors') : directives;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  return cspDirectives(options)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
