import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../scripts/lib/bench/build';
import { syntheticBundle } from '../../scripts/lib/bench/synthetic';
import type { Bundle } from '../../src/data/types';
import { type Page, baseUrl, gotoMap, labelAnchors, mapState, openPage, waitForWebGL, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const groupsOf = (pairs: Bundle['pairs']) => new Set(pairs.map((p) => `${p.vnId}~${p.jpPrefectureId}`)).size;
const isMapLibre = (url: string) => /maplibre|WebGLMap/i.test(url);

/** Box of the map area not covered by its controls, legend, explore button or a panel sheet. */
async function unoccludedBox(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const covers = Array.from(document.querySelectorAll('.map-controls, .map-zoom, .map-legend, .map-explore, [data-map-occluder]')).map((el) => el.getBoundingClientRect());
    return { map: { x: map.x, y: map.y, right: map.right, bottom: map.bottom }, covers: covers.map((r) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom })) };
  });
}

/**
 * The overview arcs are strokes on one canvas, under the SVG hit strokes that share their list;
 * in the full app a worker draws that canvas, so the page cannot read it back. The pixels are read
 * from a screenshot with every other layer hidden: along each hit stroke (which arcs left no ink),
 * along the strokes of `gone` (arcs a filter removed, as `shown` gave them; only points 16 px or
 * more from any arc left are read), and in the map's top-left corner, far from any arc.
 */
async function overviewInk(page: Page, gone: readonly { id: string; points: { x: number; y: number }[] }[] = []) {
  // A constructed sheet: the page's CSP refuses inline style elements, not the CSSOM.
  const only = (on: boolean) =>
    page.evaluate((hide) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('html, body, body * { visibility: hidden !important; background: transparent !important; } canvas[data-layer="groups"] { visibility: visible !important; }');
      document.adoptedStyleSheets = hide ? [...document.adoptedStyleSheets, sheet] : document.adoptedStyleSheets.slice(0, -1);
    }, on);
  await only(true);
  const png = await page.screenshot({ omitBackground: true, animations: 'disabled' });
  await only(false);
  return page.evaluate(
    async ({ shot, gone }) => {
      const image = new Image();
      // A blob: URL, not data:: the app page's policy allows images from blob: only (scripts/lib/csp.ts).
      image.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(shot), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      await image.decode();
      const copy = document.createElement('canvas');
      copy.width = image.naturalWidth;
      copy.height = image.naturalHeight;
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const scale = image.naturalWidth / window.innerWidth;
      const alphaAround = (x: number, y: number) => {
        const data = context.getImageData(Math.round(x * scale) - 2, Math.round(y * scale) - 2, 5, 5).data;
        let sum = 0;
        for (let i = 3; i < data.length; i += 4) sum += data[i]!;
        return sum;
      };
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-layer="groups"]')!;
      const box = canvas.getBoundingClientRect();
      // Points in the hit strokes' own units, put on the screen with the camera of this moment.
      const m = document.querySelector<SVGGElement>('[data-layer="hits"]')!.getScreenCTM()!;
      const screen = (p: { x: number; y: number }) => ({ x: p.x * m.a + m.e, y: p.y * m.d + m.f });
      const shown = Array.from(document.querySelectorAll<SVGPathElement>('path[data-group-id]')).map((path) => {
        const length = path.getTotalLength();
        const points = [0.3, 0.4, 0.5, 0.6, 0.7].map((f) => path.getPointAtLength(length * f)).map((p) => ({ x: p.x, y: p.y }));
        return { id: path.dataset.groupId ?? '', points };
      });
      const inked = (p: { x: number; y: number }) => alphaAround(screen(p).x, screen(p).y) > 0;
      const missing = shown.filter((arc) => !arc.points.some(inked)).map((arc) => arc.id);
      // Near an arc left: within 16 px of one of its points, taken every ~4 px along it.
      const left = Array.from(document.querySelectorAll<SVGPathElement>('path[data-group-id]')).flatMap((path) => {
        const length = path.getTotalLength();
        const steps = Math.max(2, Math.ceil((length * m.a) / 4));
        return Array.from({ length: steps + 1 }, (_, i) => screen(path.getPointAtLength((length * i) / steps)));
      });
      const near = (p: { x: number; y: number }) => left.some((q) => Math.hypot(screen(p).x - q.x, screen(p).y - q.y) < 16);
      const ghosts = gone.filter((arc) => arc.points.some((p) => !near(p) && inked(p))).map((arc) => arc.id);
      return { count: Number(canvas.dataset.arcCount), drawnBy: canvas.dataset.drawnBy, missing, ghosts, corner: alphaAround(box.x + 4, box.y + 4), shown };
    },
    { shot: png.toString('base64'), gone },
  );
}

describe('the progressive map', () => {
  const browser = sharedBrowser();

  it('given the embed, then its first view loads no MapLibre chunk or worker and draws every unit, prefecture and overview arc', async () => {
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
    expect(await page.locator('path[data-group-id]').count()).toBe(groupsOf(bundle.pairs));
    expect(state.arcs).toBe(groupsOf(bundle.pairs));
    const ink = await overviewInk(page);
    expect({ count: ink.count, drawnBy: ink.drawnBy, missing: ink.missing, corner: ink.corner }).toEqual({ count: groupsOf(bundle.pairs), drawnBy: 'page', missing: [], corner: 0 });
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
    const order = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime })),
    );
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
    const ids = ['vn-da-nang', 'vn-hanoi', 'jp-13'];
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
      document.querySelectorAll<HTMLElement | SVGElement>('.map-labels, [data-layer="groups"], [data-layer="documents"], .map-legend, .map-explore').forEach((el) => {
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

  it('draws no more arcs than unit × prefecture pairs with documents, and a locality opens its own documents', async () => {
    expect(baseUrl()).toBeTruthy();
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await page.goto(new URL('/?embed=1', url).href);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60000 });
    const groups = groupsOf(synthetic.pairs);
    expect(groups).toBeLessThanOrEqual(34 * 47);
    const overview = await mapState(page);
    expect(overview.arcs).toBe(groups);
    expect(await page.locator('path[data-group-id]').count()).toBe(groups);
    expect((await overviewInk(page)).count).toBe(groups);

    const locality = 'jp-13';
    const own = synthetic.pairs.filter((p) => p.jpId === locality || p.jpPrefectureId === locality).length;
    await page.locator(`[data-label-id="${locality}"]`).dispatchEvent('click');
    await page.waitForFunction((n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-documents-drawn') === String(n), own, { timeout: 20000 });
    expect((await mapState(page)).documents).toBe(own);
    expect(await page.locator('path[data-pair-id]').count()).toBe(own);
  }, 120000);
});

describe('the overview arcs of the full app', () => {
  // Without WebGL the full app keeps its first view: no idle handover takes the canvas away mid-test.
  const browser = sharedBrowser({ noWebGL: true });
  const hydrogenGroups = groupsOf(bundle.pairs.filter((p) => p.sectors.includes('hydrogen')));
  const hydrogenChip = (page: Page) => page.getByTestId('panel:filters').getByRole('button', { name: /^Hydrogen \d+$/ });

  /** The map shows the hydrogen arcs, inked, and none of the arcs `before` had that the filter hides. */
  async function expectHydrogenArcsOnly(page: Page, before: Awaited<ReturnType<typeof overviewInk>>) {
    await expect.poll(() => page.locator('path[data-group-id]').count()).toBe(hydrogenGroups);
    await page.waitForTimeout(300);
    const after = await overviewInk(page, before.shown);
    expect({ count: after.count, missing: after.missing, ghosts: after.ghosts }).toEqual({ count: hydrogenGroups, missing: [], ghosts: [] });
  }

  it('given the full app, then a worker draws the overview arcs, and a sector filter redraws them without the arcs it hides', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await gotoMap(page, '/');
    await page.waitForTimeout(500);
    const before = await overviewInk(page);
    expect({ count: before.count, drawnBy: before.drawnBy, missing: before.missing, corner: before.corner }).toEqual({
      count: groupsOf(bundle.pairs), drawnBy: 'worker', missing: [], corner: 0,
    });
    expect(workers.filter((url) => url.includes('overview-arcs'))).toHaveLength(1);
    await hydrogenChip(page).click();
    await expectHydrogenArcsOnly(page, before);
  });

  it('given the list view, when the reader filters there and goes back to the map, then the arcs show that filter', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/');
    await page.waitForTimeout(300);
    const before = await overviewInk(page);
    await page.locator('.view-toggle').click();
    await hydrogenChip(page).click();
    await page.locator('.view-toggle').click();
    await expectHydrogenArcsOnly(page, before);
  });

  it('given an arcs worker that does not load (served as text), then the page draws the arcs itself', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await page.route(/overview-arcs\.worker[^/]*\.m?js$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'not a script' }));
    await gotoMap(page, '/');
    await expect.poll(() => page.locator('canvas[data-layer="groups"]').getAttribute('data-drawn-by'), { timeout: 10000 }).toBe('page');
    const ink = await overviewInk(page);
    expect({ count: ink.count, missing: ink.missing, corner: ink.corner }).toEqual({ count: groupsOf(bundle.pairs), missing: [], corner: 0 });
  });
});
