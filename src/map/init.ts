import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 looks for its worker next to its own module file; once Vite has bundled it that
// file no longer exists, so point it at the copy Vite emits as a same-origin asset (also what
// keeps the CSP free of blob: script sources and 'unsafe-eval').
let done = false;
export function initMapLibre(): void {
  if (done) return;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  done = true;
}
