import type { StyleSpecification } from 'maplibre-gl';

/** How long the optional remote basemap style may take before we give up on it. */
const BASEMAP_TIMEOUT_MS = 5000;

/**
 * The optional remote basemap (`VITE_BASEMAP_STYLE_URL`), empty by default so a default build
 * makes no request to any other origin.
 */
export function basemapUrl(): string {
  return (import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined)?.trim() ?? '';
}

/** Fetches a remote style, failing after `timeoutMs`. */
export async function fetchBasemap(url: string, timeoutMs = BASEMAP_TIMEOUT_MS, fetcher: typeof fetch = fetch): Promise<StyleSpecification> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style.version !== 8 || !Array.isArray(style.layers)) throw new Error('basemap: not a MapLibre style');
    return style;
  } finally {
    clearTimeout(timer);
  }
}
