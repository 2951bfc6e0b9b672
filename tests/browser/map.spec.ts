import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { type Page, exploreMap, gotoMap, mapState, openPage, sharedBrowser, waitForWebGL } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const regionOf = new Map(bundle.localities.map((l) => [l.id, l.regionId]));
/** The opening view draws one flow per Vietnamese region × Japanese region with ties. */
const regionFlowsOf = (pairs: Bundle['pairs']) => new Set(pairs.map((p) => `${regionOf.get(p.vnId)}~${regionOf.get(p.jpPrefectureId)}`)).size;
const regionFlows = regionFlowsOf(bundle.pairs);
const agreementFlows = regionFlowsOf(bundle.pairs.filter((p) => p.isAgreement));
const regionNames = bundle.regions.map((r) => r.names.en);

/** Waits until the map reports a number of drawn flows (set once the SVG renders, or on MapLibre `idle`). */
async function arcsDrawn(page: Page, expected: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs-drawn') === String(n), expected, { timeout: 15000 }).catch(() => undefined);
  return Number(await page.getAttribute('[data-testid="map"]', 'data-arcs-drawn'));
}

async function levelIs(page: Page, level: string): Promise<string | null> {
  await page.waitForFunction((l) => document.querySelector('[data-testid="map"]')?.getAttribute('data-level') === l, level, { timeout: 15000 }).catch(() => undefined);
  return page.getAttribute('[data-testid="map"]', 'data-level');
}

/** Boxes of the labels the collision pass shows. */
async function visibleLabelBoxes(page: Page) {
  await page.waitForTimeout(300);
  return page.$$eval('[data-label-id][data-collided="false"]', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-label-id'), x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

function overlaps(boxes: { id: string | null; x: number; y: number; w: number; h: number }[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

/** Region labels that are shown and not under a control, the legend or the panel. */
async function uncoveredRegionLabels(page: Page): Promise<string[]> {
  await page.waitForTimeout(300);
  return page.$$eval('.map-label--region[data-collided="false"]', (els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top && (top === el || el.contains(top)) ? [el.getAttribute('data-label-id') ?? ''] : [];
    }),
  );
}

/** A point inside a unit's shape on the SVG first view, where MapLibre will draw the same unit once it takes over with the same camera. */
async function pointInside(page: Page, localityId: string): Promise<{ x: number; y: number }> {
  const inside = await page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`path[data-locality-id="${id}"]`);
    const box = path?.getBoundingClientRect();
    if (!path || !box) return null;
    for (let fy = 0.3; fy <= 0.7; fy += 0.1) {
      for (let fx = 0.3; fx <= 0.7; fx += 0.1) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  }, localityId);
  if (!inside) throw new Error(`no point inside ${localityId} on the first view`);
  return inside;
}

describe('the map', () => {
  const browser = sharedBrowser();

  it('given a fresh load, then the SVG first view is ready, no MapLibre comes while the reader only reads, and Explore the map hands over to WebGL', async () => {
    const { page, requests } = await openPage(browser());
    await gotoMap(page);
    expect(await page.locator('.svg-first-view').count()).toBe(1);
    // Longer than the 2.5 s of quiet after which the full app used to load MapLibre on its own.
    await page.waitForTimeout(4000);
    expect(requests.filter((url) => url.includes('maplibre') || url.includes('WebGLMap'))).toEqual([]);
    expect(await page.getAttribute('[data-testid="map"]', 'data-map-renderer')).toBe('svg');
    await exploreMap(page);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
  });

  for (const [width, height] of [
    [375, 812],
    [1440, 900],
  ] as const) {
    for (const embed of [false, true]) {
      it(`given the opening view${embed ? ' of the embed' : ''} at ${width} px, then at most 48 region flows are drawn, each named with its two regions and counts, and every region label is readable${embed ? '' : ', and so is the first row of the table of where ties go'}`, async () => {
        const { page } = await openPage(browser(), { width, height });
        await gotoMap(page, embed ? '/?embed=1' : '/');
        expect(await levelIs(page, 'regions')).toBe('regions');
        const drawn = await arcsDrawn(page, regionFlows);
        expect(drawn).toBe(regionFlows);
        expect(drawn).toBeLessThanOrEqual(48);
        expect(await page.locator('path[data-flow-id]').count()).toBe(regionFlows);
        const names = await page.$$eval('[data-flow-handle]', (els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
        expect(names).toHaveLength(regionFlows);
        for (const name of names) {
          expect(name).toMatch(/^.+ – .+: \d+ ties?, \d+ signed documents?$/);
          expect(regionNames.filter((r) => name.includes(r)).length).toBeGreaterThanOrEqual(2);
        }
        // Every region with a tie gets a label, shown and uncovered, at both sizes.
        const withTies = await page.$$eval('[data-location-id]', (els) => els.map((el) => el.getAttribute('data-location-id')));
        const readable = await uncoveredRegionLabels(page);
        expect(withTies.filter((id) => !readable.includes(id ?? ''))).toEqual([]);
        if (!embed) {
          // Where one region's ties go, without a drag: its row of the table, whole and uncovered.
          const firstRow = page.getByTestId('region-matrix').getByRole('row').nth(1);
          expect(await firstRow.getByRole('button').count()).toBeGreaterThan(1);
          const hidden = await firstRow.getByRole('button').evaluateAll((els) =>
            els.flatMap((el) => {
              const r = el.getBoundingClientRect();
              const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
              const seen = r.bottom <= innerHeight && r.right <= innerWidth && !!top && el.contains(top);
              return seen ? [] : [el.getAttribute('aria-label') ?? el.textContent];
            }),
          );
          expect(hidden).toEqual([]);
        }
      });
    }
  }

  it('given the overview, then its table of where each region’s ties go names the same flows as the map, pointing at a row lights that region’s flows, and a cell opens that region pair', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    const onMap = await page.$$eval('[data-flow-handle]', (els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort());
    const table = page.getByTestId('region-matrix');
    const inTable = await table.locator('td button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort());
    expect(inTable).toEqual(onMap);
    // Hokkaido's row: the reader's question "where do Hokkaido's ties go", answered by its cells.
    const hokkaido = table.getByRole('row', { name: /^Hokkaido/ });
    const cells = await hokkaido.locator('td button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(cells.length).toBeGreaterThan(0);
    for (const name of cells) expect(name).toMatch(/ – Hokkaido: \d+ ties?/);
    // Pointing at a row lights that region's flows on the map and dims the others.
    await table.getByRole('button', { name: 'Kinki (Kansai)', exact: true }).hover();
    const opacities = await page.$$eval('.svg-first-view path[data-flow-id]', (els) =>
      els.map((el) => ({ kinki: (el.getAttribute('data-flow-id') ?? '').endsWith('~jp-r-kinki'), opacity: Number(el.getAttribute('stroke-opacity')) })),
    );
    expect(Math.min(...opacities.filter((o) => o.kinki).map((o) => o.opacity))).toBe(1);
    expect(Math.max(...opacities.filter((o) => !o.kinki).map((o) => o.opacity))).toBeLessThan(0.3);
    await hokkaido.locator('td button').first().click();
    await expect.poll(() => page.getAttribute('[data-testid="map"]', 'data-selected')).toMatch(/^region:vn-r-[a-z-]+~jp-r-hokkaido$/);
    expect(await levelIs(page, 'provinces')).toBe('provinces');
  });

  it('given ?rel=agreements, then only the region flows with an agreement are drawn', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?rel=agreements');
    expect(await arcsDrawn(page, agreementFlows)).toBe(agreementFlows);
  });

  it('given the embed, when the reader ctrl+wheels on the SVG first view and goes on after the upgrade, then provinces and prefectures are joined past the threshold, and zooming out returns to regions, with neither in the URL', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page, '/?embed=1');
    const box = (await page.locator('.map-surface').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const wheel = async (dy: number) => {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, dy);
      await page.keyboard.up('Control');
      await page.waitForTimeout(250);
    };
    await wheel(-100);
    await waitForWebGL(page);
    for (let i = 0; i < 6 && (await mapState(page)).level !== 'provinces'; i++) await wheel(-300);
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    expect((await mapState(page)).arcs).toBeGreaterThan(regionFlows);
    for (let i = 0; i < 10 && (await mapState(page)).level !== 'regions'; i++) await wheel(400);
    expect(await levelIs(page, 'regions')).toBe('regions');
    expect(new URL(page.url()).search).toBe('?embed=1');
  });

  it('given the WebGL map, when the reader zooms in and out with the buttons, then the level follows, and the URL records none of it', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    await exploreMap(page);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
    }
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(400);
    }
    expect(await levelIs(page, 'regions')).toBe('regions');
    expect(new URL(page.url()).search).toBe('');
  });

  it('given the regions, when a region flow, then a locality, then a unit × prefecture flow are picked, then the map walks down to ties, and Back walks up', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    // The strongest region flow, by its handle (keyboard path: Enter on a focused handle).
    const handle = page.locator('[data-flow-handle]').first();
    const regionPair = (await handle.getAttribute('data-flow-handle')) ?? '';
    await handle.focus();
    await page.keyboard.press('Enter');
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    expect(new URL(page.url()).searchParams.get('region')).toBe(regionPair);
    // Its strongest link opens a locality's flows from the panel's member list.
    const vnRegion = regionPair.split('~')[0]!;
    const member = bundle.regions.find((r) => r.id === vnRegion)!.members.find((m) => bundle.pairs.some((p) => p.vnId === m && regionOf.get(p.jpPrefectureId) === regionPair.split('~')[1]))!;
    await page.locator(`[data-label-id="${member}"]`).focus();
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('loc')).toBe(member);
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    const flow = page.locator('[data-flow-handle]').first();
    await flow.focus();
    await page.keyboard.press('Enter');
    expect(await levelIs(page, 'ties')).toBe('ties');
    expect(new URL(page.url()).searchParams.get('pair')).toBeTruthy();
    await page.goBack();
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    expect(new URL(page.url()).searchParams.get('loc')).toBe(member);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('region')).toBe(regionPair);
    await page.goBack();
    expect(await levelIs(page, 'regions')).toBe('regions');
  });

  it('given the keyboard, when a flow handle has focus, then it shows its name on the map, and only that one does', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    const handle = page.locator('[data-flow-handle]').first();
    const name = (await handle.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(/\d/);
    const shown = (el: Element) => ({ text: getComputedStyle(el, '::after').content, width: el.getBoundingClientRect().width });
    expect((await handle.evaluate(shown)).text).toBe('none');
    await handle.focus();
    const focused = await handle.evaluate(shown);
    expect(focused.text).toBe(JSON.stringify(name));
    expect(focused.width).toBeGreaterThan(40);
    expect((await page.locator('[data-flow-handle]').nth(1).evaluate(shown)).text).toBe('none');
  });

  it('given a selected locality, when Escape is pressed on the map, then the selection is cleared', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=vn-da-nang');
    await page.locator('[data-label-id="vn-da-nang"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getAttribute('[data-testid="map"]', 'data-selected')).toBe('');
  });

  it('given a selected locality, then it is framed at least 15 % of the map away from every edge, and named, on a phone and a desktop', async () => {
    for (const [width, height] of [
      [375, 812],
      [1440, 900],
    ] as const) {
      const { page } = await openPage(browser(), { width, height });
      await gotoMap(page, '/?loc=vn-quang-ninh');
      await page.waitForTimeout(1200);
      const { point, map } = await page.evaluate(() => {
        const circle = document.querySelector('[data-location-id="vn-quang-ninh"]')!.getBoundingClientRect();
        const area = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        const sheet = document.querySelector('[data-map-occluder]')?.getBoundingClientRect();
        // On a phone the sheet covers the bottom of the map: the visible map ends where it starts.
        const bottom = sheet && sheet.top > area.top && sheet.left <= area.left ? Math.min(area.bottom, sheet.top) : area.bottom;
        return { point: { x: circle.x + circle.width / 2, y: circle.y + circle.height / 2 }, map: { left: area.left, right: area.right, top: area.top, bottom } };
      });
      const w = map.right - map.left;
      const h = map.bottom - map.top;
      expect(point.x - map.left, `${width}px: left`).toBeGreaterThanOrEqual(0.15 * w);
      expect(map.right - point.x, `${width}px: right`).toBeGreaterThanOrEqual(0.15 * w);
      expect(point.y - map.top, `${width}px: top`).toBeGreaterThanOrEqual(0.15 * h);
      expect(map.bottom - point.y, `${width}px: bottom`).toBeGreaterThanOrEqual(0.15 * h);

      // The selection is named on the map, even where its name would cover another that is always
      // shown: Đà Nẵng's, beside the Hoàng Sa islands' name, moves off its point instead of vanishing.
      await gotoMap(page, '/?loc=vn-da-nang');
      await page.waitForTimeout(800);
      expect(await page.getAttribute('[data-label-id="vn-da-nang"]', 'data-collided'), `${width}px: Da Nang named`).toBe('false');
      expect(await page.getAttribute('[data-label-id="vn-hoang-sa"]', 'data-collided'), `${width}px: Hoang Sa named`).toBe('false');
    }
  });

  for (const [width, height] of [
    [375, 812],
    [1440, 900],
  ] as const) {
    it(`given the default view at ${width} px, then no two visible labels overlap`, async () => {
      const { page } = await openPage(browser(), { width, height });
      await gotoMap(page);
      const boxes = await visibleLabelBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      expect(overlaps(boxes)).toEqual([]);
    });
  }

  for (const [width, height] of [
    [375, 812],
    [768, 1024],
  ] as const) {
    it(`given the full app at ${width} px, where the details sheet covers the map's bottom, then the legend is in sight and opens on a tap`, async () => {
      const { page } = await openPage(browser(), { width, height });
      await gotoMap(page);
      const summary = page.locator('.map-legend summary');
      const topmost = await summary.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(topmost, 'the legend’s summary is the topmost element at its centre').toBe(true);
      await summary.click();
      await expect.poll(() => page.locator('.map-legend').getAttribute('open')).not.toBeNull();
      await expect.poll(() => page.getByTestId('map:legend-width').isVisible()).toBe(true);
    });
  }

  it('given Vietnamese at 375 px, then Hokkaido is named Hokkaido at every level, never by a town inside it, and the islands are named', async () => {
    const { page } = await openPage(browser(), { width: 375, height: 812 });
    await gotoMap(page, '/?lang=vi');
    expect(await page.textContent('[data-label-id="jp-r-hokkaido"]')).toContain('Hokkaido');
    expect(await page.textContent('[data-label-id="vn-hoang-sa"]')).toBe('Quần đảo Hoàng Sa (Đà Nẵng)');
    await gotoMap(page, '/?lang=vi&region=jp-r-hokkaido');
    expect(await levelIs(page, 'provinces')).toBe('provinces');
    expect(await page.getAttribute('[data-label-id="jp-01"]', 'aria-label')).toMatch(/^Hokkaido/);
    expect(await page.getAttribute('[data-label-id="jp-01"]', 'data-collided')).toBe('false');
    expect(await page.locator('.map-label--municipality').count()).toBe(0);
  });

  it('given a fresh load, then no request goes to another origin', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await gotoMap(page);
    await arcsDrawn(page, regionFlows);
    await exploreMap(page);
    expect(foreignRequests()).toEqual([]);
  });

  it('given the static figure of a view, then it draws the same flows as the screen at that level', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    for (const view of ['', 'region=vn-r-red-river-delta~jp-r-kanto', 'loc=vn-da-nang']) {
      await gotoMap(page, `/?${view}`);
      await page.waitForTimeout(300);
      const screen = await page.locator('.svg-first-view path[data-flow-id]').count();
      await page.goto(new URL(`/?static=1&${view}`, page.url()).href);
      await page.getByTestId('static:figure').waitFor();
      expect(await page.locator('[data-testid="static:figure"] path[data-flow-id]').count(), view || 'overview').toBe(screen);
    }
  });

  it('given the WebGL map and a sector none of its ties is in, then Điện Biên is drawn faded', async () => {
    // Điện Biên's one tie is about agriculture, tourism, labour and healthcare: not hydrogen.
    // The point is found on the unfiltered first view (a filter veils the SVG), the camera being the same.
    let inside: { x: number; y: number } | null = null;
    const shot = async (query: string) => {
      const { page } = await openPage(browser(), { width: 1440, height: 900 });
      await gotoMap(page, `/${query}`);
      inside ??= await pointInside(page, 'vn-dien-bien');
      await exploreMap(page);
      // The names (DOM, not the canvas) change with the filter: only the canvas's pixels are compared.
      await page.$$eval('.map-labels', (els) => els.forEach((el) => ((el as HTMLElement).style.visibility = 'hidden')));
      await page.waitForTimeout(500);
      return page.screenshot({ clip: { x: inside.x - 2, y: inside.y - 2, width: 4, height: 4 } });
    };
    const unfiltered = await shot('');
    expect((await shot('?sectors=hydrogen')).equals(unfiltered)).toBe(false);
  });

  it('given the WebGL map, when the reader clicks inside a province away from flows and circles, then that province opens', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    // A point inside Điện Biên, found on the SVG first view: MapLibre takes over with its camera.
    const inside = await pointInside(page, 'vn-dien-bien');
    await exploreMap(page);
    await page.waitForTimeout(500);
    await page.mouse.click(inside.x, inside.y);
    await expect.poll(() => page.getAttribute('[data-testid="map"]', 'data-selected')).toBe('locality:vn-dien-bien');
  });
});

describe('the map without WebGL', () => {
  const browser = sharedBrowser({ noWebGL: true });

  it('given no WebGL, then the SVG map shows every province, prefecture and region flow, with a notice', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    expect(await page.getAttribute('[data-testid="map"]', 'data-renderer')).toBe('svg');
    expect(await page.locator('path[data-locality-id][data-country="vn"]').count()).toBe(34);
    expect(await page.locator('path[data-locality-id][data-country="jp"]').count()).toBe(47);
    expect(await arcsDrawn(page, regionFlows)).toBe(regionFlows);
    // The WebGL check runs once the first view is drawn, when the page is idle: wait for its word.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'no WebGL' }).count()).toBe(1);
    expect(await page.getByTestId('map:explore').count()).toBe(0);
  });

  it('given the SVG overview, when the pointer rests on a flow and clicks, then a tooltip lists its ties and that region pair opens', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    // The topmost hit stroke, at its midpoint: what the reader's pointer meets there.
    const target = await page.evaluate(() => {
      const hits = Array.from(document.querySelectorAll<SVGPathElement>('path[data-hit-flow]'));
      const path = hits[hits.length - 1]!;
      const mid = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: mid.x * m.a + m.e, y: mid.y * m.d + m.f };
    });
    await page.mouse.move(target.x, target.y);
    await page.locator('.map-tooltip').waitFor();
    expect(await page.locator('.map-tooltip li').count()).toBeGreaterThan(0);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.getAttribute('[data-testid="map"]', 'data-selected')).toMatch(/^region:vn-r-[a-z-]+~jp-r-[a-z-]+$/);
    expect(await levelIs(page, 'provinces')).toBe('provinces');
  });

  it('given the pointer on a region circle, then its flows stay and the others dim', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    const circle = page.locator('[data-location-id="jp-r-kinki"]');
    await circle.hover();
    const opacities = await page.$$eval('.svg-first-view path[data-flow-id]', (els) =>
      els.map((el) => ({ kinki: (el.getAttribute('data-flow-id') ?? '').endsWith('~jp-r-kinki'), opacity: Number(el.getAttribute('stroke-opacity')) })),
    );
    expect(Math.min(...opacities.filter((o) => o.kinki).map((o) => o.opacity))).toBe(1);
    expect(Math.max(...opacities.filter((o) => !o.kinki).map((o) => o.opacity))).toBeLessThan(0.3);
  });

  it('given the pointer on a region’s name in the column, or Tab onto it, then that region’s flows stay and the others dim', async () => {
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page);
    const kinkiFlows = () =>
      page.$$eval('.svg-first-view path[data-flow-id]', (els) =>
        els.map((el) => ({ kinki: (el.getAttribute('data-flow-id') ?? '').endsWith('~jp-r-kinki'), opacity: Number(el.getAttribute('stroke-opacity')) })),
      );
    const label = page.locator('[data-label-id="jp-r-kinki"]');
    await label.hover();
    let opacities = await kinkiFlows();
    expect(Math.min(...opacities.filter((o) => o.kinki).map((o) => o.opacity))).toBe(1);
    expect(Math.max(...opacities.filter((o) => !o.kinki).map((o) => o.opacity))).toBeLessThan(0.3);
    await page.mouse.move(5, 890);
    opacities = await kinkiFlows();
    expect(Math.min(...opacities.filter((o) => !o.kinki).map((o) => o.opacity))).toBeGreaterThan(0.3);
    await label.focus();
    opacities = await kinkiFlows();
    expect(Math.max(...opacities.filter((o) => !o.kinki).map((o) => o.opacity))).toBeLessThan(0.3);
  });
});
