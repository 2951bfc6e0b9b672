/** The shape of `bench/results.json`. Times in milliseconds, sizes in bytes. */

export type Target = 'app' | 'embed';

export type RequestKind = 'js' | 'css' | 'data' | 'other';

export interface RequestRecord {
  url: string;
  kind: RequestKind;
  encoded: number;
  decoded: number;
  encoding: string | null;
  via?: string;
  /** A MapLibre chunk (URL contains `maplibre`, or the file holds MapLibre's code), or a worker script. */
  maplibre: boolean;
  /** `first-view`: started before `data-map-ready="true"`; `after-ready`: started later (e.g. an idle prefetch). */
  phase: 'first-view' | 'after-ready';
}

export interface TransferFigures {
  /** First view only (requests started before map ready). Bytes on the wire as Chromium reports them (CDP `Network.loadingFinished.encodedDataLength`, via playwright `request.sizes()`): gzip-compressed body, headers excluded. */
  js: number;
  css: number;
  data: number;
  other: number;
  total: number;
  /** Same first-view requests, uncompressed body sizes. */
  decodedTotal: number;
  /** MapLibre bytes (chunks and worker) during the whole cold load, first view and after, with no reader intent. */
  maplibre: number;
  /** Bytes of requests started after map ready, during the settle time (no input). */
  afterReady: number;
  requests: RequestRecord[];
}

interface LoadFigures {
  runs: number;
  /** Loads that never became ready (they make the median and max null: not measured). */
  failures: string[];
  mapReadyMs: (number | null)[];
  arcsDrawnMs: (number | null)[];
  arcsCount: number | null;
  /** `data-map-renderer` of the map area when it first said ready (null when the page has none). */
  renderer: string | null;
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
  /**
   * Input → the first idle moment after its paint: when the work the input set off is done,
   * including a render the page deferred past the paint (src/view/visible.ts `useShownFilters`).
   * Reported beside input → paint, not budgeted. Absent in results written before it was measured.
   */
  idleP50?: number | null;
  idleP95?: number | null;
  /** How many of the interactions had an Event Timing entry (duration ≥ 16 ms). */
  eventTimingEntries: number;
  /**
   * Main-thread time per interaction that does not depend on rasterisation: over the Long
   * Animation Frames between the input and its paint, the `duration` of their scripts plus their
   * style and layout (`styleAndLayoutStart` to the frame's end). Without such a frame (all frames
   * under 50 ms), the Event Timing processing time when reported, else 0.
   */
  scriptP50: number | null;
  scriptP95: number | null;
  /** How many of the interactions overlapped at least one Long Animation Frame entry. */
  loafEntries: number;
  /** Whole duration of those Long Animation Frames per input (0 without one): main-thread time including paint recording. */
  longFrameP50: number | null;
  longFrameP95: number | null;
  /** The map the inputs met: `svg`, `webgl` (or `none`), `svg→webgl` when it changed during the series. */
  renderer?: string;
  /** The Long Animation Frame entries seen during the series (raw, times in ms since navigation start). */
  longFrames?: { start: number; end: number; script: number; styleLayout: number; renderStart?: number; styleAndLayoutStart?: number; blocking?: number }[];
  /** Raw per-interaction figures, in order: input→paint and main-thread script + style/layout. */
  samples?: { latency: number[]; script: number[]; longFrame: number[] };
  /**
   * What each input led to, read after its paint (outside the measured window), in order: for
   * *years* the range in the URL, for *partners* the selected locality and what its "Possible
   * partners" section showed. Lets a reader of results.json check that every input changed something.
   */
  observed?: string[];
  skipped?: string;
  /** Set when the series stopped early (time cap or an interaction that never painted). */
  note?: string;
}

/**
 * The input series of a scenario. chip, pair, search: issue #11. years (a year-range change on
 * the timeline) and partners (selecting a locality, which opens its possible partners): issue #14,
 * full app only (not measured in the embed, `skipped` says why).
 */
export const INTERACTION_KINDS = ['chip', 'pair', 'search', 'years', 'partners'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface FrameFigures {
  frames: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  skipped?: string;
}

/** Issue #23: the story steps of the article page (scripts/lib/bench/story.ts), embed with the real data. */
export interface StoryFigures {
  /** Steps measured: message (`KizunaEmbed.setView`) → first paint with the map framed on the step's view. */
  count: number;
  p50: number | null;
  p95: number | null;
  /** Per step, in ms, in the order sent. */
  samples: number[];
  /** The article's `data-kizuna-step` views, in page order (the series starts on the second and cycles). */
  steps: string[];
  /** Why a step ended the series (its time is then a lower bound). */
  note?: string;
  skipped?: string;
}

export interface UpgradeFigures {
  /**
   * How the upgrade was asked for: the explore button, a ctrl+wheel (no button, or it could not be
   * clicked), none needed (`already webgl`), or `none` (it could not be asked).
   */
  how: 'explore button' | 'ctrl+wheel' | 'already webgl' | 'none';
  /** Wall time from the intent to `data-map-renderer="webgl"` with `data-map-ready="true"`. */
  ms: number | null;
  /** Bytes (gzip) of every request started after the intent, until the network went quiet; of which MapLibre. */
  bytes: number;
  maplibreBytes: number;
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
  interactions: Record<InteractionKind, InteractionFigures>;
  /**
   * Strokes on screen at the opening view (`data-arcs-drawn`: one per flow), at a phone's and a
   * desktop's width (issue #21: at most 48 at every scale).
   */
  openingStrokes: { width: number; count: number | null }[];
  /** Upgrade to MapLibre on intent, then the chip series again on the WebGL map. */
  upgrade: UpgradeFigures;
  afterUpgrade: { chip: InteractionFigures };
  /** After the upgrade (a MapLibre canvas is needed). */
  panZoom: FrameFigures;
  /** CDP Runtime.getHeapUsage usedSize after a forced GC, at the end of the scenario. */
  heapUsedBytes: number | null;
  /** Issue #23: story steps on the article page; the embed with the real data only (absent elsewhere and in older results). */
  story?: StoryFigures;
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
  /** False with --no-lighthouse: then no Lighthouse budget applies. A requested run that failed is a miss. */
  requested?: boolean;
  skipped?: string;
  app?: { performance: number | null; accessibility: number | null; metrics: Record<string, number | null> };
  embed?: { performance: number | null; accessibility: number | null; metrics: Record<string, number | null> };
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; chromium: string; webgl: string; node: string; platform: string };
  options: { runs: number; interactions: number; scales: number[]; only: Target | null; compositing?: 'software' | 'swiftshader' };
  /** `maplibreAssets`: the JS files (URL paths) that hold MapLibre's code, by content; they count as MapLibre bytes. */
  /**
   * `partnerStart`: the locality the possible-partners series starts from, with how many
   * suggestions the app ranks for it in that build's data (scripts/lib/bench/partner-targets.ts).
   */
  builds: { scale: number; pairs: number; assets: AssetSize[]; maplibreAssets?: string[]; partnerStart?: { id: string; suggestions: number } | null }[];
  scenarios: ScenarioResult[];
  lighthouse: LighthouseFigures;
}
