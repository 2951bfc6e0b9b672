import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../scripts/lib/bench/build';
import { syntheticBundle } from '../../scripts/lib/bench/synthetic';
import type { Bundle } from '../../src/data/types';
import { MAP_OBSTACLES } from '../../src/view/obstacles';
import { type Page, baseUrl, gotoMap, labelAnchors, mapState, openPage, waitForWebGL, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const regionOf = new Map(bundle.localities.map((l) => [l.id, l.regionId]));
const regionFlowsOf = (pairs: Bundle['pairs']) => new Set(pairs.map((p) => `${regionOf.get(p.vnId)}~${regionOf.get(p.jpPrefectureId)}`)).size;
const isMapLibre = (url: string) => /maplibre|WebGLMap/i.test(url);

/** Box of the map area not covered by its controls, legend, explore button, toggle or a panel sheet. */
async function unoccludedBox(page: Page) {
  // The app's own list of what covers the map (a copy here missed the pre-merger toggle), and the sheet.
  return page.evaluate((obstacles) => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const covers = Array.from(document.querySelectorAll(`${obstacles}, [data-map-occluder]`)).map((el) => el.getBoundingClientRect());
    return { map: { x: map.x, y: map.y, right: map.right, bottom: map.bottom }, covers: covers.map((r) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom })) };
  }, MAP_OBSTACLES);
}

/** Flows drawn in the SVG first view, each with its stroke width and colour. */
async function drawnFlows(page: Page) {
  return page.$$eval('.svg-first-view path[data-flow-id]', (els) =>
    els.map((el) => ({ id: el.getAttribute('data-flow-id') ?? '', width: Number(el.getAttribute('stroke-width')), color: el.getAttribute('stroke') })),
  );
}

describe('the progressive map', () => {
  const browser = sharedBrowser();

  it('given the embed, then its first view loads no MapLibre chunk or worker and draws every unit, prefecture and region flow', async () => {
    const { page, requests } = await openPage(browser(), { width: 1280, height: 800 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await gotoMap(page, '/?embed=1');
    await page.waitForTimeout(1500);
    expect(requests.filter(isMapLibre)).toEqual([]);
    // The HTML asks for the boundaries early (a preload); the map's own fetch reuses that response.
    expect(await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href')).toMatch(/boundaries\.topo-[\w-]+\.json$/);
    expect(requests.filter((url) => /boundaries\.topo-[\w-]+\.json$/.test(url))).toHaveLength(1);
    const state = await mapState(page);
    expect(state.renderer).toBe('svg');
    expect(await page.locator('path[data-locality-id][data-country="vn"]').count()).toBe(34);
    expect(await page.locator('path[data-locality-id][data-country="jp"]').count()).toBe(47);
    const flows = await drawnFlows(page);
    expect(flows).toHaveLength(regionFlowsOf(bundle.pairs));
    expect(state.arcs).toBe(regionFlowsOf(bundle.pairs));
    expect(flows.every((f) => f.width >= 1 && f.color?.startsWith('#'))).toBe(true);
    expect(workers).toEqual([]);
    expect(await page.getByTestId('map:explore').isVisible()).toBe(true);
  });

  it('given the embed, then the summaries and sources arrive only when the reader opens the panel, and the pair panel shows them', async () => {
    const pair = bundle.pairs.find((p) => p.summary.en.length > 40)!;
    const { page, requests } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, `/?embed=1&pair=${pair.id}`);
    await page.waitForTimeout(1000);
    const details = () => requests.filter((url) => url.includes('bundle-details'));
    expect(details()).toEqual([]);
    await page.getByTestId('embed:panel-toggle').click();
    await page.getByText(pair.summary.en.slice(0, 40)).waitFor({ timeout: 10000 });
    expect(details()).toHaveLength(1);
  });

  it('given the full app, then the texts are fetched after the first view, and a deep link to a pair shows its summary', async () => {
    const pair = bundle.pairs.find((p) => p.summary.en.length > 40)!;
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, `/?pair=${pair.id}`);
    await page.getByText(pair.summary.en.slice(0, 40)).waitFor({ timeout: 10000 });
    const order = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime })));
    const detailsAt = order.find((entry) => entry.name.includes('bundle-details'))?.start ?? -1;
    const boundariesAt = order.find((entry) => entry.name.includes('boundaries'))?.start ?? -1;
    expect(boundariesAt).toBeGreaterThanOrEqual(0);
    expect(detailsAt).toBeGreaterThan(boundariesAt);
  });

  it('given a filtered embed with a selection, when the reader ctrl+wheels over it, then WebGL takes over with the same view and the labels stay put', async () => {
    const { page, requests } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/?embed=1&sectors=agriculture&loc=vn-da-nang');
    await page.waitForTimeout(500);
    const before = await mapState(page);
    // Da Nang and two of the prefectures its agriculture flows join (Hokkaido, Nagasaki): the places named for that selection.
    const ids = ['vn-da-nang', 'jp-01', 'jp-42'];
    const anchorsBefore = await labelAnchors(page, ids);
    expect(Object.keys(anchorsBefore)).toHaveLength(3);
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -1);
    await page.keyboard.up('Control');
    await waitForWebGL(page);
    expect(requests.some(isMapLibre)).toBe(true);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    const after = await mapState(page);
    expect(after.selected).toBe(before.selected);
    expect(after.arcs).toBe(before.arcs);
    expect(new URL(page.url()).searchParams.get('sectors')).toBe('agriculture');
    const anchorsAfter = await labelAnchors(page, ids);
    for (const id of ids) {
      expect(Math.abs((anchorsAfter[id]?.x ?? 0) - (anchorsBefore[id]?.x ?? 0))).toBeLessThanOrEqual(2);
      expect(Math.abs((anchorsAfter[id]?.y ?? 0) - (anchorsBefore[id]?.y ?? 0))).toBeLessThanOrEqual(2);
    }
  });

  for (const [width, height] of [
    [375, 812],
    [1440, 900],
  ] as const) {
    it(`given a selected pair at ${width}×${height}, then both ends lie inside the unoccluded map area`, async () => {
      const pair = bundle.pairs.find((p) => p.id === 'vn-an-giang--jp-28-kobe') ?? bundle.pairs[0]!;
      const { page } = await openPage(browser(), { width, height });
      await gotoMap(page, `/?pair=${pair.id}`);
      await page.waitForTimeout(800);
      const ends = await labelAnchors(page, [pair.vnId, pair.jpId]);
      const { map, covers } = await unoccludedBox(page);
      for (const id of [pair.vnId, pair.jpId]) {
        const p = ends[id];
        expect(p, id).toBeDefined();
        expect(p!.x).toBeGreaterThan(map.x);
        expect(p!.x).toBeLessThan(map.right);
        expect(p!.y).toBeGreaterThan(map.y);
        expect(p!.y).toBeLessThan(map.bottom);
        const covered = covers.filter((c) => p!.x >= c.x && p!.x <= c.right && p!.y >= c.y && p!.y <= c.bottom);
        expect(covered, `${id} under a control`).toEqual([]);
      }
    });
  }

  it('given ?dark=on, then the land and the sea of the map itself are dark', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/?embed=1&dark=on');
    expect((await mapState(page)).theme).toBe('dark');
    // Labels and arcs off, then find a point of neighbouring land and one of sea on a grid.
    // CSSOM, not a <style> tag: the site's policy has no style-src 'unsafe-inline'.
    await page.evaluate(() => {
      document.querySelectorAll<HTMLElement | SVGElement>('.map-labels, [data-layer="flows"], [data-layer="locations"], .map-legend, .map-explore').forEach((el) => {
        el.style.setProperty('display', 'none', 'important');
      });
    });
    const points = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const found: Record<string, { x: number; y: number }> = {};
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = box.x + (box.width * i) / 20;
          const y = box.y + (box.height * j) / 20;
          const layer = document.elementFromPoint(x, y)?.getAttribute('data-layer');
          if ((layer === 'neighbours' || layer === 'sea') && !found[layer]) found[layer] = { x, y };
        }
      }
      return found;
    });
    const luminance = async (point: { x: number; y: number } | undefined) => {
      expect(point).toBeDefined();
      const shot = await page.screenshot({ clip: { x: point!.x, y: point!.y, width: 1, height: 1 } });
      return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        await img.decode();
        const canvas = new OffscreenCanvas(1, 1);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      }, shot.toString('base64'));
    };
    expect(await luminance(points.neighbours)).toBeLessThan(70);
    expect(await luminance(points.sea)).toBeLessThan(70);
  });
});

describe('the overview at 24,000 synthetic agreements', () => {
  const browser = sharedBrowser();
  let server: PreviewServer | undefined;
  let url = '';
  let synthetic: Bundle;
  const temp = mkdtempSync(join(tmpdir(), 'kizuna-progressive-'));
  beforeAll(async () => {
    synthetic = syntheticBundle(bundle, 24000);
    const file = join(temp, 'bundle.json');
    writeFileSync(file, JSON.stringify(synthetic));
    await buildApp({ root: process.cwd(), outDir: join(temp, 'dist'), bundleFile: file });
    server = await preview({ root: process.cwd(), build: { outDir: join(temp, 'dist') }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
    url = server.resolvedUrls?.local[0] ?? '';
  }, 300000);
  afterAll(async () => {
    await server?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('opens on at most 48 region flows, and a locality opens its own flows only, capped to the strongest', async () => {
    expect(baseUrl()).toBeTruthy();
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await page.goto(new URL('/?embed=1', url).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60000 });
    const overview = await mapState(page);
    expect(overview.level).toBe('regions');
    expect(overview.arcs).toBe(regionFlowsOf(synthetic.pairs));
    expect(overview.arcs).toBeLessThanOrEqual(48);
    expect(await page.locator('path[data-flow-id]').count()).toBe(overview.arcs);

    const locality = 'jp-13';
    const partners = new Set(synthetic.pairs.filter((p) => p.jpPrefectureId === locality).map((p) => p.vnId)).size;
    // At the regions level no prefecture is labelled: the locality is opened as a link would.
    await page.goto(new URL(`/?embed=1&loc=${locality}`, url).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-level') === 'provinces', undefined, { timeout: 20000 });
    const own = await mapState(page);
    expect(own.arcs).toBe(Math.min(partners, 120));
    expect(await page.locator('path[data-flow-id]').count()).toBe(own.arcs);
    expect((await page.$$eval('path[data-flow-id]', (els) => els.map((el) => el.getAttribute('data-flow-id') ?? ''))).every((id) => id.endsWith(`~${locality}`))).toBe(true);
  }, 120000);
});

describe('the flows of the full app', () => {
  const browser = sharedBrowser();
  const hydrogenFlows = regionFlowsOf(bundle.pairs.filter((p) => p.sectors.includes('hydrogen')));
  const hydrogenChip = (page: Page) => page.getByTestId('panel:filters').getByRole('button', { name: /^Hydrogen \d+$/ });

  it('given a sector filter, then only its region flows are drawn, and clearing it brings the others back', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/');
    const before = await drawnFlows(page);
    expect(before).toHaveLength(regionFlowsOf(bundle.pairs));
    await hydrogenChip(page).click();
    await expect.poll(async () => (await drawnFlows(page)).length).toBe(hydrogenFlows);
    await hydrogenChip(page).click();
    await expect.poll(async () => (await drawnFlows(page)).length).toBe(before.length);
  });

  it('given the list view, when the reader filters there and goes back to the map, then the flows show that filter', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/');
    await page.locator('.view-toggle').click();
    await hydrogenChip(page).click();
    await page.locator('.view-toggle').click();
    await expect.poll(async () => (await drawnFlows(page)).length).toBe(hydrogenFlows);
  });
});
