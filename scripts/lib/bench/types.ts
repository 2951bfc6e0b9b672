/** The shape of `bench/results.json`. Times in milliseconds, sizes in bytes. */

export type Target = 'app' | 'embed';

export interface TransferFigures {
  /** Bytes on the wire as Chromium reports them (CDP `Network.loadingFinished.encodedDataLength`, via playwright `request.sizes()`): gzip-compressed body, headers excluded. */
  js: number;
  css: number;
  data: number;
  other: number;
  total: number;
  /** Same requests, uncompressed body sizes. */
  decodedTotal: number;
  requests: { url: string; kind: keyof Omit<TransferFigures, 'total' | 'decodedTotal' | 'requests'>; encoded: number; decoded: number; encoding: string | null; via?: string }[];
}

export interface LoadFigures {
  runs: number;
  /** Loads that never became ready (they make the median and max null: not measured). */
  failures: string[];
  mapReadyMs: (number | null)[];
  arcsDrawnMs: (number | null)[];
  arcsCount: number | null;
  mapReadyMedian: number | null;
  mapReadyMax: number | null;
  arcsDrawnMedian: number | null;
  arcsDrawnMax: number | null;
}

export interface InteractionFigures {
  /** How the latency was measured (see bench/README.md). */
  method: string;
  count: number;
  p50: number | null;
  p95: number | null;
  /** Latencies measured with requestAnimationFrame + MessageChannel only, for comparison. */
  rafP50: number | null;
  rafP95: number | null;
  /** How many of the interactions had an Event Timing entry (duration ≥ 16 ms). */
  eventTimingEntries: number;
  skipped?: string;
  /** Set when the series stopped early (time cap or an interaction that never painted). */
  note?: string;
}

export interface FrameFigures {
  frames: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  skipped?: string;
}

export interface ScenarioResult {
  target: Target;
  scale: number;
  /** Agreements in the bundle the build served (the real count for scale 0). */
  pairs: number;
  path: string;
  viewport: { width: number; height: number };
  transfer: TransferFigures | null;
  load: LoadFigures;
  interactions: { chip: InteractionFigures; pair: InteractionFigures; search: InteractionFigures };
  panZoom: FrameFigures;
  /** CDP Runtime.getHeapUsage usedSize after a forced GC, at the end of the scenario. */
  heapUsedBytes: number | null;
  pageErrors: string[];
  /** Set when the scenario could not finish; the figures it got are kept. */
  error?: string;
}

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface LighthouseFigures {
  skipped?: string;
  app?: { performance: number | null; accessibility: number | null; metrics: Record<string, number | null> };
  embed?: { performance: number | null; accessibility: number | null; metrics: Record<string, number | null> };
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; chromium: string; webgl: string; node: string; platform: string };
  options: { runs: number; interactions: number; scales: number[]; only: Target | null };
  builds: { scale: number; pairs: number; assets: AssetSize[] }[];
  scenarios: ScenarioResult[];
  lighthouse: LighthouseFigures;
}
