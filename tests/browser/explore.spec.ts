import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { type Page, gotoMap, openPage, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const hydrogen = bundle.pairs.filter((p) => p.sectors.includes('hydrogen'));
/** The overview draws one arc per Vietnamese unit × Japanese prefecture with a hydrogen document. */
const hydrogenArcs = new Set(hydrogen.map((p) => `${p.vnId}~${p.jpPrefectureId}`)).size;
const firstPair = bundle.pairs[0];

/** Waits until the map reports `expected` drawn arcs, then returns what it reports. */
async function arcsDrawn(page: Page, expected: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs-drawn') === String(n), expected, { timeout: 15000 }).catch(() => undefined);
  return Number(await page.getAttribute('[data-testid="map"]', 'data-arcs-drawn'));
}

describe('exploring: filters, search, deep links, languages', () => {
  const browser = sharedBrowser();

  it('given the hydrogen chip, when pressed, then the map draws only the arcs with hydrogen documents and the URL says so', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    await page
      .getByTestId('panel:filters')
      .getByRole('button', { name: /^Hydrogen \d+$/ })
      .click();
    expect(await arcsDrawn(page, hydrogenArcs)).toBe(hydrogenArcs);
    expect(new URL(page.url()).searchParams.get('sectors')).toBe('hydrogen');
  });

  it('given ?pair=<id>, then the pair panel opens on that pair', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, `/?pair=${firstPair?.id}`);
    const panel = page.getByTestId('panel:pair');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(' – ');
  });

  it('given two selections, when going back, then the previous one is restored', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=jp-19');
    await page.getByTestId('panel:locality').waitFor();
    await page.getByTestId('panel:locality').getByRole('button', { name: 'Quang Tri' }).click();
    await page.getByTestId('panel:pair').waitFor();
    await page.goBack();
    await page.getByTestId('panel:locality').waitFor();
    expect(new URL(page.url()).searchParams.get('loc')).toBe('jp-19');
    expect(await page.getByTestId('panel:locality').getByRole('heading', { level: 2 }).textContent()).toContain('Yamanashi');
  });

  it('given lang=vi, then the interface is in Vietnamese and names are native', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?lang=vi&loc=vn-da-nang');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('link', { name: 'Chuyển đến danh sách thỏa thuận' }).waitFor({ state: 'attached' });
    // The panel's code may arrive after the page's chrome: wait for the heading, then count it.
    await page.getByRole('heading', { level: 2, name: 'Đà Nẵng' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Đà Nẵng' }).count()).toBe(1);
    expect(await page.title()).toContain('Đà Nẵng');
  });

  it('given lang=ja, then the interface is in Japanese and names are in Japanese', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?lang=ja&loc=jp-19');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.getByRole('button', { name: '一覧表示' }).count()).toBe(1);
    await page.getByRole('heading', { level: 2, name: '山梨県' }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: '山梨県' }).count()).toBe(1);
  });

  it('given an unknown parameter, then a notice names it and the URL drops it', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?bogus=1&sectors=hydrogen');
    const notice = page.getByTestId('notices');
    expect(await notice.textContent()).toContain('“bogus” is not a parameter Kizuna knows.');
    expect(new URL(page.url()).search).toBe('?sectors=hydrogen');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect((await notice.textContent())?.trim()).toBe('');
  });

  it('given the skip link, then the list of agreements is shown and focused', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The list's table, not the overview's table of regions beside it.
    const list = page.getByRole('table', { name: /^Agreements/ });
    await list.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('agreements-list');
    expect(await list.getByRole('row').count()).toBe(bundle.pairs.length + 1);
  });
});
