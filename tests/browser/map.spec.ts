import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { type Page, gotoMap, openPage, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
/** The overview draws one arc per Vietnamese unit × Japanese prefecture with documents. */
const groupsOf = (pairs: Bundle['pairs']) => new Set(pairs.map((p) => `${p.vnId}~${p.jpPrefectureId}`)).size;
const groups = groupsOf(bundle.pairs);
const agreementGroups = groupsOf(bundle.pairs.filter((p) => p.isAgreement));

/** Waits until the map reports a number of drawn arcs (set on MapLibre `idle` or after the SVG renders). */
async function arcsDrawn(page: Page, expected: number): Promise<number> {
  await page
    .waitForFunction((n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs-drawn') === String(n), expected, { timeout: 15000 })
    .catch(() => undefined);
  return Number(await page.getAttribute('[data-testid="map"]', 'data-arcs-drawn'));
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

describe('the map', () => {
  const browser = sharedBrowser();

  it('given a fresh load, then the SVG first view is ready and the WebGL map takes over once the page is idle', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    expect(await page.locator('.svg-first-view').count()).toBe(1);
    await page.waitForSelector('[data-map-renderer="webgl"]', { timeout: 60000 });
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
  });

  it('given no filter, then every Vietnamese unit × Japanese prefecture with documents is drawn as one arc', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    expect(groups).toBeLessThan(bundle.pairs.length);
    expect(await arcsDrawn(page, groups)).toBe(groups);
  });

  it('given ?rel=agreements, then only the arcs with an agreement are drawn', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?rel=agreements');
    expect(await arcsDrawn(page, agreementGroups)).toBe(agreementGroups);
  });

  it('given a few arcs, when one is clicked, then its unit–prefecture set opens on its first document, in the URL', async () => {
    // Only the sister relationships, so few arcs cross the one clicked.
    const sisters = bundle.pairs.filter((p) => p.relationship === 'sister');
    const { page } = await openPage(browser(), { width: 1440, height: 900 });
    await gotoMap(page, '/?rel=sister');
    await arcsDrawn(page, groupsOf(sisters));
    // The arc whose midpoint is farthest from every other midpoint and not under another element.
    const target = await page.$$eval('[data-group-handle]', (els) => {
      // A handle sits on its arc's midpoint once focused (keyboard users see it there).
      const mids = els.map((el) => {
        (el as HTMLElement).focus();
        const origin = (el.closest('.map-labels') as HTMLElement).getBoundingClientRect();
        const [x = 0, y = 0] = ((el as HTMLElement).style.transform.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
        return { id: el.getAttribute('data-group-handle') ?? '', x: origin.x + x, y: origin.y + y };
      });
      (document.activeElement as HTMLElement | null)?.blur();
      const surface = document.querySelector('.map-surface');
      const free = mids.filter((m) => surface?.contains(document.elementFromPoint(m.x, m.y)));
      const score = (m: (typeof mids)[number]) => Math.min(Infinity, ...mids.filter((o) => o !== m).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
      return free.sort((a, b) => score(b) - score(a))[0];
    });
    expect(target).toBeDefined();
    const first = sisters.find((p) => `${p.vnId}~${p.jpPrefectureId}` === target!.id);
    await page.mouse.click(target!.x, target!.y);
    await page.waitForFunction(() => /pair=/.test(location.search), undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.getAttribute('[data-testid="map"]', 'data-selected')).toBe(`pair:${first?.id}`);
    expect(new URL(page.url()).searchParams.get('pair')).toBe(first?.id);
  });

  it('given the keyboard, when an arc handle has focus, then it shows its name on the map, and only that one does', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    const handle = page.locator('[data-group-handle]').first();
    const name = (await handle.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(/\d/);
    const shown = (el: Element) => ({ text: getComputedStyle(el, '::after').content, width: el.getBoundingClientRect().width });
    expect((await handle.evaluate(shown)).text).toBe('none');
    await handle.focus();
    const focused = await handle.evaluate(shown);
    expect(focused.text).toBe(JSON.stringify(name));
    expect(focused.width).toBeGreaterThan(40);
    expect((await page.locator('[data-group-handle]').nth(1).evaluate(shown)).text).toBe('none');
  });

  it('given the keyboard, when Enter is pressed on a locality label, then it is selected', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    const label = page.locator('[data-locality-label]').first();
    await label.focus();
    await page.keyboard.press('Enter');
    const id = await label.getAttribute('data-label-id');
    expect(await page.getAttribute('[data-testid="map"]', 'data-selected')).toBe(`locality:${id}`);
  });

  it('given a selected locality, when Escape is pressed on the map, then the selection is cleared', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=vn-da-nang');
    await page.locator('[data-label-id="vn-da-nang"]').focus();
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('[data-testid="map"]', 'data-selected')).toBe('');
  });

  it('given the keyboard, then Tab moves from one locality label to the next, Vietnam before Japan', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    await page.locator('[data-locality-label]').first().focus();
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-label-id'));
    const ids = await page.$$eval('[data-locality-label]', (els) => els.map((el) => el.getAttribute('data-label-id')));
    expect(second).toBe(ids[1]);
    expect(ids.findIndex((id) => id?.startsWith('jp-'))).toBeGreaterThan(ids.findLastIndex((id) => id?.startsWith('vn-')));
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

  it('given Vietnamese, then the labels keep their diacritics and the islands are named', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?lang=vi');
    expect(await page.getAttribute('[data-label-id="vn-da-nang"]', 'aria-label')).toMatch(/^Đà Nẵng/);
    expect(await page.textContent('[data-label-id="vn-hoang-sa"]')).toBe('Quần đảo Hoàng Sa (Đà Nẵng)');
  });

  it('given a fresh load, then no request goes to another origin', async () => {
    const { page, foreignRequests } = await openPage(browser());
    await gotoMap(page);
    await arcsDrawn(page, groups);
    await page.waitForSelector('[data-map-renderer="webgl"]', { timeout: 60000 });
    expect(foreignRequests()).toEqual([]);
  });
});

describe('the map without WebGL', () => {
  const browser = sharedBrowser({ noWebGL: true });

  it('given no WebGL, then the SVG map shows every province, prefecture and arc, with a notice', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    expect(await page.getAttribute('[data-testid="map"]', 'data-renderer')).toBe('svg');
    expect(await page.locator('path[data-locality-id][data-country="vn"]').count()).toBe(34);
    expect(await page.locator('path[data-locality-id][data-country="jp"]').count()).toBe(47);
    expect(await arcsDrawn(page, groups)).toBe(groups);
    expect(await page.locator('path[data-group-id]').count()).toBe(groups);
    expect(await page.getByRole('status').filter({ hasText: 'no WebGL' }).count()).toBe(1);
    expect(await page.getByTestId('map:explore').count()).toBe(0);
  });

  it('given the SVG overview, when the pointer rests on an arc and clicks, then a tooltip shows and that arc’s set opens', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    // The topmost hit stroke, at its midpoint: what the reader's pointer meets there.
    const target = await page.evaluate(() => {
      const hits = Array.from(document.querySelectorAll<SVGPathElement>('path[data-group-id]'));
      const path = hits[hits.length - 1]!;
      const mid = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: mid.x * m.a + m.e, y: mid.y * m.d + m.f, group: path.dataset.groupId ?? '' };
    });
    await page.mouse.move(target.x, target.y);
    await page.locator('.map-tooltip').waitFor();
    await page.mouse.click(target.x, target.y);
    const selected = (await page.getAttribute('[data-testid="map"]', 'data-selected')) ?? '';
    const pair = bundle.pairs.find((p) => `pair:${p.id}` === selected);
    expect(pair && `${pair.vnId}~${pair.jpPrefectureId}`).toBe(target.group);
  });

  it('given no WebGL, when an overview arc is clicked, then its set opens on its first document', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    const first = bundle.pairs[0]!;
    await page.locator(`path[data-group-id="${first.vnId}~${first.jpPrefectureId}"]`).dispatchEvent('click');
    expect(await page.getAttribute('[data-testid="map"]', 'data-selected')).toBe(`pair:${first.id}`);
    expect(await page.locator(`path[data-pair-id="${first.id}"]`).count()).toBe(1);
  });
});
