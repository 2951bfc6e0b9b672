// Budget checks over hand-made bench results: which figure passes, which misses, and what --check prints.
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, describeCheck, KB, transferRatio, type BudgetCheck } from '../../scripts/lib/bench/budgets';
import { skippedInteractions } from '../../scripts/lib/bench/interactions';
import { notMeasuredLines, ratioLines, textTable } from '../../scripts/lib/bench/report';
import type { BenchResults, InteractionFigures, ScenarioResult, Target } from '../../scripts/lib/bench/types';

function series(p95: number, scriptP95 = 10): InteractionFigures {
  const { skipped: _none, ...empty } = skippedInteractions('');
  return { ...empty, method: 'test', count: 50, p50: p95 / 2, p95, scriptP50: scriptP95 / 2, scriptP95 };
}

interface Figures {
  total?: number;
  maplibre?: number;
  ready?: number | null;
  input?: number;
  /** Issue #14's series (app only; the embed's are skipped as the bench skips them). */
  years?: number;
  partners?: number;
  afterUpgradeScript?: number;
  frame?: number;
  /** Issue #21: strokes at the opening view (both widths), intent → WebGL. */
  strokes?: number;
  takeover?: number;
  /** Issue #23: story step p95 (the embed with the real data only, as the bench measures it). */
  story?: number;
}

function scenario(target: Target, scale: number, f: Figures = {}): ScenarioResult {
  const total = f.total ?? 200 * KB;
  return {
    target,
    scale,
    pairs: scale || 159,
    path: '/',
    viewport: { width: 1280, height: 800 },
    transfer: { js: total, css: 0, data: 0, other: 0, total, decodedTotal: total * 3, maplibre: f.maplibre ?? 0, afterReady: 0, requests: [] },
    load: {
      runs: 5,
      failures: [],
      mapReadyMs: [],
      arcsDrawnMs: [],
      arcsCount: 10,
      renderer: 'svg',
      mapReadyMedian: f.ready === undefined ? 600 : f.ready,
      mapReadyMax: 700,
      arcsDrawnMedian: 650,
      arcsDrawnMax: 750,
    },
    interactions: {
      chip: series(f.input ?? 20),
      pair: series(f.input ?? 20),
      search: target === 'app' ? series(f.input ?? 20) : skippedInteractions('the embed has no search box, by design'),
      years: target === 'app' ? series(f.years ?? 20) : skippedInteractions('the embed has no timeline without timeline=1'),
      partners: target === 'app' ? series(f.partners ?? 20) : skippedInteractions('issue #14 budgets it for the full app only'),
    },
    openingStrokes: [
      { width: 375, count: f.strokes ?? 12 },
      { width: 1440, count: f.strokes ?? 12 },
    ],
    upgrade: { how: 'explore button', ms: f.takeover ?? 900, bytes: 450 * KB, maplibreBytes: 445 * KB },
    afterUpgrade: { chip: series(60, f.afterUpgradeScript ?? 30) },
    panZoom: { frames: 100, p50: 17, p95: f.frame ?? 33, max: 50 },
    heapUsedBytes: 1e7,
    ...(target === 'embed' && scale === 0 ? { story: { count: 50, p50: (f.story ?? 40) / 2, p95: f.story ?? 40, samples: [], steps: [] } } : {}),
    pageErrors: [],
  };
}

function results(scenarios: ScenarioResult[], lighthouse: BenchResults['lighthouse'] = { requested: false }): BenchResults {
  return {
    startedAt: '2026-11-30T21:00:00Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGiB: 24, chromium: 'test', webgl: 'test', node: 'v20', platform: 'linux x64' },
    options: { runs: 5, interactions: 50, scales: [...new Set(scenarios.map((s) => s.scale))], only: null },
    builds: [],
    scenarios,
    lighthouse,
  };
}

const find = (checks: BudgetCheck[], name: string) => {
  const found = checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check named "${name}" in:\n${checks.map((c) => c.name).join('\n')}`);
  return found;
};

describe('the budgets of issue #11', () => {
  it('hold the figures the issue lists', () => {
    expect(BUDGETS.transferBytes).toEqual({ app: 300_000, embed: 250_000 });
    expect(BUDGETS.mapReadyMedianMs).toBe(1000);
    expect(BUDGETS.mapReadyMedianMsAtLarge).toBe(1500);
    expect(BUDGETS.transferRatioLargeToReal).toBe(1.5);
    expect(BUDGETS.inputP95Ms).toBe(50);
    expect(BUDGETS.inputP95MsAt10k).toBe(100);
    expect(BUDGETS.chipScriptP95MsAfterUpgradeAt10k).toBe(50);
    // Issue #14: year range and possible partners, full app.
    expect(BUDGETS.rangeAndPartnersP95Ms).toBe(50);
    expect(BUDGETS.rangeAndPartnersP95MsAt10k).toBe(100);
    expect(BUDGETS.panZoomFrameP95MsAt10k).toBe(50);
    expect(BUDGETS.lighthousePerformanceMin).toBe(90);
    expect(BUDGETS.lighthouseAccessibilityMin).toBe(95);
    // Issue #21: 24,000 held to the 10,000 figures, the takeover, the strokes at the opening view.
    expect(BUDGETS.inputP95MsAtLarge).toBe(100);
    expect(BUDGETS.takeoverMsAtLarge).toBe(3000);
    expect(BUDGETS.openingStrokesMax).toBe(48);
  });
});

describe('the budgets of issue #21', () => {
  it('count more than 48 strokes at the opening view as a miss, per target, width and scale', () => {
    const checks = checkBudgets(results([scenario('app', 0), scenario('embed', 24000, { strokes: 49 })]));
    expect(checks.filter((c) => !c.pass).map(describeCheck)).toEqual([
      'MISS embed: strokes at the opening view, 375 px (24,000 agreements): 49 > 48',
      'MISS embed: strokes at the opening view, 1440 px (24,000 agreements): 49 > 48',
    ]);
    expect(describeCheck(find(checks, 'app: strokes at the opening view, 375 px (real data)'))).toBe('pass app: strokes at the opening view, 375 px (real data): 12 ≤ 48');
  });

  it('hold 24,000 agreements to 100 ms per series and the takeover to 3 s, and measure no search in the embed', () => {
    const checks = checkBudgets(results([scenario('app', 24000, { input: 101, years: 101, partners: 101, takeover: 3001 }), scenario('embed', 0)]));
    const misses = checks.filter((c) => !c.pass).map((c) => c.name);
    expect(misses).toContain('app: partners input→paint p95 (24,000 agreements)');
    expect(misses).toContain('app: MapLibre takeover, intent → first WebGL frame (24,000 agreements)');
    expect(checks.some((c) => c.name.startsWith('embed: search'))).toBe(false);
    expect(checks.some((c) => c.name.startsWith('app: search'))).toBe(true);
  });
});

describe('checkBudgets', () => {
  it('passes a run within every budget and checks every scale it measured', () => {
    const checks = checkBudgets(
      results([
        scenario('app', 0),
        scenario('embed', 0, { total: 240 * KB }),
        scenario('app', 10000),
        scenario('embed', 10000),
        scenario('app', 24000, { total: 290 * KB, ready: 1400 }),
        scenario('embed', 24000, { total: 300 * KB }),
      ]),
    );
    expect(checks.filter((c) => !c.pass)).toEqual([]);
    // App: transfer, ready, 5 series (real); 5 series, script after upgrade, pan/zoom (10k); ready, ratio, 5 series,
    // takeover (24k); strokes at 2 widths × 3 scales. Embed: the same with 2 series (chip, pair), its MapLibre check
    // and the story step (real data).
    expect(checks).toHaveLength(28 + 21);
  });

  it('reports each miss with its figure, and counts a figure not measured as a miss', () => {
    const checks = checkBudgets(
      results([
        scenario('app', 0, { total: 301 * KB, ready: 1001 }),
        scenario('embed', 0, { total: 250 * KB, maplibre: 1, story: 101 }),
        scenario('app', 10000, { afterUpgradeScript: 51, input: 101, years: 101, partners: 101 }),
        scenario('app', 24000, { total: 452 * KB, ready: null }),
      ]),
    );
    const misses = checks.filter((c) => !c.pass).map(describeCheck);
    expect(misses).toEqual([
      'MISS app: first-view transfer (gzip): 301.0 KB > 300.0 KB',
      'MISS app: map ready, median of 5 cold loads: 1001.0 ms > 1000.0 ms',
      'MISS app: chip input→paint p95 (10,000 agreements): 101.0 ms > 100.0 ms',
      'MISS app: pair input→paint p95 (10,000 agreements): 101.0 ms > 100.0 ms',
      'MISS app: search input→paint p95 (10,000 agreements): 101.0 ms > 100.0 ms',
      'MISS app: years input→paint p95 (10,000 agreements): 101.0 ms > 100.0 ms',
      'MISS app: partners input→paint p95 (10,000 agreements): 101.0 ms > 100.0 ms',
      'MISS app: chip script+style/layout p95 after upgrade (10,000 agreements): 51.0 ms > 50.0 ms',
      'MISS app: map ready, median of 5 cold loads (24,000 agreements): not measured > 1500.0 ms',
      'MISS app: first-view transfer, 24,000 ÷ real: 1.502× > 1.500×',
      'MISS embed: MapLibre bytes before intent: 1 B > 0 B',
      'MISS embed: story step, message → map framed p95 (real data): 101.0 ms > 100.0 ms',
    ]);
    expect(describeCheck(find(checks, 'embed: first-view transfer (gzip)'))).toBe('pass embed: first-view transfer (gzip): 250.0 KB ≤ 250.0 KB');
  });

  it('holds the 24,000 first-view transfer to 1.5× the real one, per target', () => {
    const run = results([scenario('app', 0, { total: 200 * KB }), scenario('app', 24000, { total: 300 * KB }), scenario('embed', 24000)]);
    expect(transferRatio(run, 'app')).toBe(1.5);
    expect(transferRatio(run, 'embed')).toBeNull();
    expect(find(checkBudgets(run), 'app: first-view transfer, 24,000 ÷ real').pass).toBe(true);
    expect(ratioLines(run)).toEqual(['app: first-view transfer at 24,000 ÷ real = 1.500×']);
  });

  it('names why a series was not measured', () => {
    const big = scenario('embed', 10000);
    big.afterUpgrade.chip = skippedInteractions('no WebGL map within 60 s of the explore button');
    const check = find(checkBudgets(results([big])), 'embed: chip script+style/layout p95 after upgrade (10,000 agreements)');
    expect(describeCheck(check)).toBe('MISS embed: chip script+style/layout p95 after upgrade (10,000 agreements): not measured (no WebGL map within 60 s of the explore button) > 50.0 ms');
  });

  it('checks Lighthouse scores as minimums when asked for, and a failed Lighthouse run as a miss', () => {
    const scores = (performance: number, accessibility: number) => ({ performance, accessibility, metrics: {} });
    const ran = checkBudgets(results([scenario('app', 0)], { requested: true, app: scores(90, 94), embed: scores(89, 95) }));
    expect(ran.filter((c) => c.name.includes('Lighthouse')).map(describeCheck)).toEqual([
      'pass app: Lighthouse mobile performance: 90 ≥ 90',
      'MISS app: Lighthouse accessibility: 94 < 95',
      'MISS embed: Lighthouse mobile performance: 89 < 90',
      'pass embed: Lighthouse accessibility: 95 ≥ 95',
    ]);
    const failed = checkBudgets(results([scenario('app', 0)], { requested: true, skipped: 'Chrome exited' }));
    expect(find(failed, 'app: Lighthouse mobile performance')).toMatchObject({ pass: false, actual: null, note: 'Chrome exited' });
    const notAsked = checkBudgets(results([scenario('app', 0)], { requested: false, skipped: 'not run (--no-lighthouse)' }));
    expect(notAsked.some((c) => c.name.includes('Lighthouse'))).toBe(false);
  });
});

describe('the year-range and possible-partners series (issue #14)', () => {
  it('holds the full app to 50 ms at real scale and 100 ms at 10,000, each series on its own', () => {
    const checks = checkBudgets(results([scenario('app', 0, { years: 51, partners: 50 }), scenario('app', 10000, { years: 100, partners: 100.1 })]));
    expect(checks.filter((c) => /years|partners/.test(c.name)).map(describeCheck)).toEqual([
      'MISS app: years input→paint p95 (real data): 51.0 ms > 50.0 ms',
      'pass app: partners input→paint p95 (real data): 50.0 ms ≤ 50.0 ms',
      'pass app: years input→paint p95 (10,000 agreements): 100.0 ms ≤ 100.0 ms',
      'MISS app: partners input→paint p95 (10,000 agreements): 100.1 ms > 100.0 ms',
    ]);
  });

  it('does not check the embed, and the report says they were not measured there and why', () => {
    const run = results([scenario('embed', 0), scenario('embed', 10000)]);
    expect(checkBudgets(run).some((c) => /years|partners/.test(c.name))).toBe(false);
    expect(notMeasuredLines(run)).toEqual([
      'not measured: embed real search (the embed has no search box, by design); no budget applies',
      'not measured: embed real years (the embed has no timeline without timeline=1); no budget applies',
      'not measured: embed real partners (issue #14 budgets it for the full app only); no budget applies',
      'not measured: embed 10,000 search (the embed has no search box, by design); no budget applies',
      'not measured: embed 10,000 years (the embed has no timeline without timeline=1); no budget applies',
      'not measured: embed 10,000 partners (issue #14 budgets it for the full app only); no budget applies',
    ]);
    expect(notMeasuredLines(results([scenario('app', 0)]))).toEqual([]);
  });

  it('counts an app series that could not run as a miss, with its reason, as for the other series', () => {
    const real = scenario('app', 0);
    real.interactions.years = skippedInteractions('no timeline range inputs');
    expect(describeCheck(find(checkBudgets(results([real])), 'app: years input→paint p95 (real data)'))).toBe(
      'MISS app: years input→paint p95 (real data): not measured (no timeline range inputs) > 50.0 ms',
    );
  });

  it('reads results written before the series existed: a miss for the app, "—" in the tables', () => {
    const old = scenario('app', 0);
    const { years: _y, partners: _p, ...before } = old.interactions;
    const legacy = { ...old, interactions: before } as unknown as ScenarioResult;
    const check = find(checkBudgets(results([legacy])), 'app: partners input→paint p95 (real data)');
    expect(describeCheck(check)).toBe('MISS app: partners input→paint p95 (real data): not measured (no such series in the results) > 50.0 ms');
    const [head, row] = textTable(results([legacy])).split('\n');
    const column = (name: string) => (row ?? '').slice(head?.indexOf(name)).split(/\s{2,}/)[0];
    expect(column('years p50/p95')).toBe('— / —');
    expect(column('chip p50/p95')).toBe('10 / 20');
  });

  it('prints both series in the tables next to the others', () => {
    const table = textTable(results([scenario('app', 0, { years: 44, partners: 31 })]));
    const [head, row] = table.split('\n');
    const column = (name: string) => (row ?? '').slice(head?.indexOf(name)).split(/\s{2,}/)[0];
    expect(column('years p50/p95')).toBe('22 / 44');
    expect(column('partners p50/p95')).toBe('16 / 31');
    expect(table).toContain('years script p50/p95');
  });
});
