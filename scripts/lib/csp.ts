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
  /**
   * The app's own page (index.html: the app, the embed, the still image), delivered in its meta
   * tag. It frames only its own embed (the Embed dialog's live preview), so frame-src is 'self'
   * and child-src 'none'. The header files send the
   * site-wide policy to every file, and the example pages frame the app; a browser enforces both
   * the header and the meta policy, so the app page gets the stricter of the two.
   */
  app?: boolean;
}

export function cspDirectives({ dev, meta = false, app = false }: PolicyOptions): [string, string[]][] {
  const frames = ["'self'"];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // blob: for the PNG export, which loads the serialised SVG as an Image
    // (src/share/export-image.ts). No data: (the favicon is a file, public/favicon.svg).
    ['img-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", 'ws:'] : ["'self'"]],
    ['worker-src', ["'self'"]],
    ['child-src', app ? ["'none'"] : frames],
    // public/embed-example.html and embed-blank.html frame the app from the same server; the app
    // frames only itself, in the Embed dialog's preview.
    ['frame-src', frames],
    // Any site may embed the map: that is what it is for (docs/EMBED.md).
    ['frame-ancestors', ['*']],
    ['object-src', ["'none'"]],
    // No page has a <base>: none may be injected to redirect relative URLs.
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return meta ? directives.filter(([name]) => name !== 'frame-ancestors') : directives;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  return cspDirectives(options)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
