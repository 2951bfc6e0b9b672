/**
 * The Content-Security-Policy Kizuna is served under (documented in docs/EMBED.md).
 * `vite preview` sends it, so the browser tests run the production build under it.
 * No 'unsafe-eval': MapLibre 6 loads its worker as a same-origin module file.
 */
export function contentSecurityPolicy({ dev }: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Vite's dev server injects an inline React-refresh preamble; production has no inline script.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    // blob: also lets the PNG export load the serialised SVG as an Image (src/embed/export-image.ts).
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': dev ? ["'self'", 'ws:', 'blob:', 'data:'] : ["'self'", 'blob:', 'data:'],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    // public/embed-example.html and embed-blank.html frame the app from the same server.
    'frame-src': ["'self'"],
    // Any site may embed the map: that is what it is for (docs/EMBED.md).
    'frame-ancestors': ['*'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
