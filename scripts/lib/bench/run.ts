/** Runs every scenario: one build per scale, then the app and the embed against it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Bundle } from '../../../src/data/types.ts';
import { assetSizes, buildApp, maplibreAssetPaths, serve } from './build.ts';
import type { BenchOptions } from './args.ts';
import { runLighthouse } from './lighthouse.ts';
import { skippedInteractions } from './interactions.ts';
import {
  chipInteractions, coldLoad, heapUsed, openingStrokes, openReady, pairInteractions, panZoomFrames, partnersInteractions, READY_TIMEOUT, searchInteractions, upgradeToWebgl,
  yearsInteractions, type ColdLoad, type Viewport,
} from './measure.ts';
import { partnerStart, type PartnerStart } from './partner-targets.ts';
import { max, median, round1 } from './stats.ts';
import { STORY_VIEWPORT, storySteps } from './story.ts';
import { localitiesFromLabels, syntheticBundle } from './synthetic.ts';
import { INTERACTION_KINDS, type BenchResults, type InteractionFigures, type InteractionKind, type ScenarioResult, type Target } from './types.ts';

const VIEWPORTS: Record<Target, Viewport> = {
  app: { width: 1280, height: 800 },
  // An article column: the embed's iframe is narrower than a desktop window.
  embed: { width: 720, height: 560 },
};
/** Widths the opening view's strokes are counted at: a phone and a desktop. */
const OPENING_WIDTHS = [375, 1440] as const;
/** `list`: where the pair series picks pairs. The embed has no list: its pairs are the map's handles. */
const PATHS: Record<Target, { first: string; list: string }> = {
  app: { first: '/', list: '/?view=list' },
  embed: { first: '/?embed=1', list: '/?embed=1' },
};

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/** The committed bundle, with placeholder localities from the label points when it has none yet. */
function baseBundle(root: string, log: (line: string) => void): Bundle {
  const bundle = JSON.parse(readFileSync(join(root, 'data', 'bundle.json'), 'utf8')) as Bundle;
  if (bundle.localities.length) return bundle;
  log('data/bundle.json has no localities yet: synthetic agreements use the label points of data/geo/labels.json');
  const labels = JSON.parse(readFileSync(join(root, 'data', 'geo', 'labels.json'), 'utf8')) as Record<string, [number, number]>;
  const sectors = readFileSync(join(root, 'data', 'sectors.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]?.trim() ?? '')
    .filter(Boolean)
    .map((id) => ({ id, labels: { en: id, vi: id, ja: id }, description: id }));
  return { ...bundle, localities: localitiesFromLabels(labels), sectors: bundle.sectors.length ? bundle.sectors : sectors };
}

const emptyInteraction = skippedInteractions;

/** Every series skipped for the same reason. */
function allSkipped(reason: string): Record<InteractionKind, InteractionFigures> {
  return Object.fromEntries(INTERACTION_KINDS.map((kind) => [kind, emptyInteraction(reason)])) as Record<InteractionKind, InteractionFigures>;
}

/** Why the embed has no year-range and possible-partners series (issue #14 budgets them for the full app). */
const NOT_IN_EMBED: Partial<Record<InteractionKind, string>> = {
  search: 'the embed has no search box, by design',
  years: 'the embed has no timeline without timeline=1',
  partners: 'issue #14 budgets it for the full app only',
};

async function runScenario(
  browser: Browser, base: string, target: Target, scale: number, pairs: number, options: BenchOptions, log: (line: string) => void,
  maplibreAssets: ReadonlySet<string>, start: PartnerStart | null,
): Promise<ScenarioResult> {
  const viewport = VIEWPORTS[target];
  const url = new URL(PATHS[target].first, base).href;
  const expectArcs = pairs > 0;
  const loads: ColdLoad[] = [];
  for (let run = 0; run < options.runs; run++) {
    const load = await coldLoad(browser, url, viewport, expectArcs, maplibreAssets);
    log(
      `  ${target} ${scale}: cold load ${run + 1}/${options.runs}: ready ${Number.isNaN(load.mapReady) ? `— (${load.error})` : `${Math.round(load.mapReady)} ms`}` +
        ` (${load.renderer ?? 'no renderer attribute'}), arcs ${load.arcsDrawn === null ? '—' : `${Math.round(load.arcsDrawn)} ms`},` +
        ` first view ${(load.transfer.total / 1000).toFixed(1)} KB, after ready ${(load.transfer.afterReady / 1000).toFixed(1)} KB, MapLibre ${(load.transfer.maplibre / 1000).toFixed(1)} KB`,
    );
    loads.push(load);
    // A load that never became ready will not on the next run either: don't spend minutes proving it.
    if (load.error) break;
  }
  const failures = loads.flatMap((l) => (l.error ? [l.error] : []));
  const ready = loads.map((l) => l.mapReady);
  const arcs = loads.map((l) => l.arcsDrawn);
  const arcTimes = arcs.filter((a): a is number => a !== null);
  const allReady = failures.length === 0;
  const result: ScenarioResult = {
    target,
    scale,
    pairs,
    path: PATHS[target].first,
    viewport,
    transfer: loads[0]?.transfer ?? null,
    load: {
      runs: loads.length,
      failures,
      mapReadyMs: ready.map((r) => (Number.isNaN(r) ? null : Math.round(r))),
      arcsDrawnMs: arcs.map((a) => (a === null ? null : Math.round(a))),
      arcsCount: loads[0]?.arcsCount ?? null,
      renderer: loads[0]?.renderer ?? null,
      mapReadyMedian: allReady ? round1(median(ready)) : null,
      mapReadyMax: allReady ? round1(max(ready)) : null,
      arcsDrawnMedian: allReady && arcTimes.length === arcs.length ? round1(median(arcTimes)) : null,
      arcsDrawnMax: allReady && arcTimes.length === arcs.length ? round1(max(arcTimes)) : null,
    },
    interactions: allSkipped('not run'),
    openingStrokes: [],
    upgrade: { how: 'none', ms: null, bytes: 0, maplibreBytes: 0, skipped: 'not run' },
    afterUpgrade: { chip: emptyInteraction('not run') },
    panZoom: { frames: 0, p50: null, p95: null, max: null, skipped: 'not run' },
    heapUsedBytes: null,
    pageErrors: [...new Set(loads.flatMap((l) => l.pageErrors))],
  };
  if (!allReady) {
    const reason = `map not ready within ${READY_TIMEOUT / 1000} s`;
    result.interactions = allSkipped(reason);
    result.panZoom.skipped = reason;
    result.upgrade.skipped = reason;
    result.afterUpgrade.chip = emptyInteraction(reason);
    return result;
  }

  result.openingStrokes = await openingStrokes(browser, url, OPENING_WIDTHS);
  log(`  ${target} ${scale}: strokes at the opening view: ${result.openingStrokes.map((s) => `${s.count ?? '—'} at ${s.width} px`).join(', ')}`);
  let opened;
  try {
    opened = await openReady(browser, url, viewport, expectArcs);
  } catch (error) {
    result.error = String(error).split('\n')[0];
    return result;
  }
  const { context, page, pageErrors } = opened;
  try {
    log(`  ${target} ${scale}: interactions (${options.interactions} each)`);
    result.interactions.chip = await chipInteractions(page, options.interactions).catch((e: unknown) => emptyInteraction(String(e).split('\n')[0] ?? 'failed'));
    // A fresh page, so the chip series leaves no filter behind.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT });
    result.interactions.search =
      target === 'app'
        ? await searchInteractions(page, options.interactions).catch((e: unknown) => emptyInteraction(String(e).split('\n')[0] ?? 'failed'))
        : emptyInteraction(NOT_IN_EMBED.search ?? 'not in the embed');
    if (target === 'app') {
      // Issue #14: the year range on the timeline, on a fresh first view; then possible partners in the list view.
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT });
      result.interactions.years = await yearsInteractions(page, options.interactions).catch((e: unknown) => emptyInteraction(String(e).split('\n')[0] ?? 'failed'));
      result.interactions.partners = await partnersInteractions(page, new URL(PATHS[target].list, base).href, start?.id ?? null, options.interactions).catch(
        (e: unknown) => emptyInteraction(String(e).split('\n')[0] ?? 'failed'),
      );
    } else {
      result.interactions.years = emptyInteraction(NOT_IN_EMBED.years ?? 'not in the embed');
      result.interactions.partners = emptyInteraction(NOT_IN_EMBED.partners ?? 'not in the embed');
    }
    // The WebGL map on intent: upgrade a fresh page, then the same chip series on it, then pan/zoom.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-map-ready="true"]', { timeout: READY_TIMEOUT });
    await page.waitForTimeout(300);
    result.upgrade = await upgradeToWebgl(opened, maplibreAssets).catch((e: unknown) => ({
      how: 'none' as const, ms: null, bytes: 0, maplibreBytes: 0, skipped: `upgrade failed: ${String(e).split('\n')[0]}`,
    }));
    log(`  ${target} ${scale}: upgrade (${result.upgrade.how}): ${result.upgrade.ms === null ? `— (${result.upgrade.skipped})` : `${result.upgrade.ms} ms`}, ${(result.upgrade.bytes / 1000).toFixed(1)} KB`);
    if (result.upgrade.ms === null) {
      const reason = result.upgrade.skipped ?? 'upgrade failed';
      result.afterUpgrade.chip = emptyInteraction(reason);
      result.panZoom.skipped = reason;
    } else {
      await page.waitForTimeout(300);
      result.afterUpgrade.chip = await chipInteractions(page, options.interactions).catch((e: unknown) => emptyInteraction(String(e).split('\n')[0] ?? 'failed'));
      log(`  ${target} ${scale}: pan/zoom 5 s (WebGL)`);
      result.panZoom = await panZoomFrames(page);
    }
    result.heapUsedBytes = await heapUsed(context, page);
    result.interactions.pair = await pairInteractions(page, new URL(PATHS[target].list, base).href, options.interactions, expectArcs).catch((e: unknown) =>
      emptyInteraction(String(e).split('\n')[0] ?? 'failed'),
    );
    if (target === 'embed' && scale === 0) {
      // Issue #23: the article moves its embed step by step (its own page and context).
      result.story = await storySteps(browser, base, STORY_VIEWPORT, options.interactions);
      log(`  ${target} ${scale}: story steps p50/p95: ${result.story.p50 ?? '—'} / ${result.story.p95 ?? '—'} ms${result.story.skipped ? ` (${result.story.skipped})` : ''}`);
    }
  } catch (error) {
    result.error = String(error).split('\n')[0];
    log(`  ${target} ${scale}: stopped: ${result.error}`);
  } finally {
    result.pageErrors = [...new Set([...result.pageErrors, ...pageErrors])];
    await context.close();
  }
  return result;
}

/** The whole bench. */
export async function runBench(
  root: string, options: BenchOptions, executablePath: string, flags: readonly string[], log: (line: string) => void,
  /** Called after each scenario with the results so far (the CLI writes them, so a long run keeps what it measured). */
  progress: (partial: BenchResults) => void = () => undefined,
): Promise<BenchResults> {
  const temp = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  const browser = await chromium.launch({ executablePath, headless: true, args: [...flags] });
  const targets: Target[] = options.only ? [options.only] : ['app', 'embed'];
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      chromium: chromiumVersion(executablePath),
      webgl: await webglRenderer(browser),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options: { runs: options.runs, interactions: options.interactions, scales: options.scales, only: options.only, compositing: options.compositing },
    builds: [],
    scenarios: [],
    // Lighthouse runs on the real-data build only: without scale 0 it is not asked for.
    lighthouse: options.lighthouse && options.scales.includes(0)
      ? { requested: true, skipped: 'not run' }
      : { requested: false, skipped: options.lighthouse ? 'not run (no scale 0 in --scales)' : 'not run (--no-lighthouse)' },
  };
  log(`machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, ${results.machine.chromium}, WebGL: ${results.machine.webgl}`);
  try {
    const real = baseBundle(root, log);
    for (const scale of options.scales) {
      const outDir = join(temp, `dist-${scale}`);
      let bundleFile: string | undefined;
      let pairs = JSON.parse(readFileSync(join(root, 'data', 'bundle.json'), 'utf8')).pairs.length as number;
      let served: Bundle = real;
      if (scale > 0) {
        bundleFile = join(temp, `bundle-${scale}.json`);
        served = syntheticBundle(real, scale);
        writeFileSync(bundleFile, JSON.stringify(served));
        pairs = scale;
      }
      const start = partnerStart(served);
      log(`build: ${scale === 0 ? 'real data' : `${scale} synthetic agreements`} → ${outDir}`);
      try {
        await buildApp({ root, outDir, ...(bundleFile ? { bundleFile } : {}) });
      } catch (error) {
        log(`build failed for scale ${scale}: ${String(error).split('\n')[0]}`);
        continue;
      }
      const assets = assetSizes(outDir);
      const maplibreAssets = maplibreAssetPaths(outDir, assets);
      results.builds.push({ scale, pairs, assets, maplibreAssets: [...maplibreAssets], partnerStart: start });
      log(`  possible partners series starts at: ${start ? `${start.id} (${start.suggestions} suggestions)` : 'none (no locality with a suggestion)'}`);
      log(`  MapLibre's code is in: ${[...maplibreAssets].join(', ') || 'no JS file (?)'}`);
      const { server, url } = await serve(root, outDir);
      try {
        for (const target of targets) {
          results.scenarios.push(await runScenario(browser, url, target, scale, pairs, options, log, maplibreAssets, start));
          progress(results);
        }
        if (options.lighthouse && scale === 0) {
          results.lighthouse = {
            requested: true,
            ...(await runLighthouse(root, executablePath, flags, Object.fromEntries(targets.map((t) => [t, new URL(PATHS[t].first, url).href])), log)),
          };
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
  return results;
}
