import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { describeViolations, openAuditPage, runAxe, serious } from './axe';
import { type Page, gotoMap, mapState, openPage, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const yearOf = (signed: string | null) => (signed ? Number(signed.slice(0, 4)) : null);
const inRange = bundle.pairs.filter((p) => {
  const y = yearOf(p.signed);
  return y !== null && y >= 2018 && y <= 2020;
});
const tiedToYamanashi = new Set(bundle.pairs.filter((p) => p.jpPrefectureId === 'jp-19').map((p) => p.vnId));

const regionOf = new Map(bundle.localities.map((l) => [l.id, l.regionId]));
/** The opening view draws one flow per Vietnamese region × Japanese region with a document in range. */
const arcsInRange = new Set(inRange.map((p) => `${regionOf.get(p.vnId)}~${regionOf.get(p.jpPrefectureId)}`)).size;
/** A selected prefecture draws one flow per Vietnamese unit it has a document in range with. */
const osakaInRange = new Set(inRange.filter((p) => p.jpPrefectureId === 'jp-27').map((p) => p.vnId)).size;

async function drawn(page: Page, expected: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs-drawn') === String(n), expected, { timeout: 15000 }).catch(() => undefined);
  return (await mapState(page)).arcs;
}

describe('possible partners and the timeline', () => {
  const browser = sharedBrowser();

  it('setting 2018–2020 on the timeline shows only the ties of those documents on the map and the documents in the list; the URL says so; Back restores', async () => {
    expect(inRange.length).toBeGreaterThan(0);
    const { page } = await openPage(browser());
    await gotoMap(page, '/');
    const before = (await mapState(page)).arcs;
    // The timeline lives in the overview: open it, set the range with the inputs.
    await gotoMap(page, '/');
    await page.getByTestId('timeline').waitFor();
    await page.getByTestId('years-from').fill('2018');
    await page.getByTestId('years-to').fill('2020');
    expect(new URL(page.url()).searchParams.get('years')).toBe('2018-2020');
    expect(await drawn(page, arcsInRange)).toBe(arcsInRange);
    expect(before).toBeGreaterThan(arcsInRange);

    // A selection opens only its flows in range.
    await gotoMap(page, '/?loc=jp-27&years=2018-2020');
    expect(await drawn(page, osakaInRange)).toBe(osakaInRange);

    await gotoMap(page, '/?years=2018-2020&view=list');
    const rows = page.getByTestId('panel:list').locator('table').first().locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(inRange.length);

    // Selections push, the range rides along; Back restores the earlier selection with the range.
    await gotoMap(page, '/?loc=jp-19&years=2018-2020');
    await page.getByTestId('possible-partners').getByTestId('suggestion').first().getByRole('button').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('loc') !== 'jp-19');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('loc') === 'jp-19');
    expect(new URL(page.url()).searchParams.get('years')).toBe('2018-2020');
  });

  it('a keyboard user sets a range with the arrow keys', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/');
    const from = page.getByTestId('years-from');
    await from.focus();
    const firstYear = Number(await from.inputValue());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The URL and the status line each follow the second key press in their own time: read them
    // once both have.
    const expected = `${firstYear + 2}-`;
    await expect.poll(() => new URL(page.url()).searchParams.get('years') ?? '').toMatch(new RegExp(`^${expected}\\d{4}$`));
    const years = new URL(page.url()).searchParams.get('years') ?? '';
    await expect.poll(() => page.getByTestId('years-status').textContent()).toContain(years);
  });

  it('Yamanashi’s possible partners are Vietnamese units without a tie to it, each with a shared sector and its sources', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=jp-19');
    const section = page.getByTestId('possible-partners');
    await section.waitFor();
    const items = section.getByTestId('suggestion');
    expect(await items.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const id = (await item.getAttribute('data-locality')) ?? '';
      expect(id.startsWith('vn-')).toBe(true);
      expect(tiedToYamanashi.has(id)).toBe(false);
      await item.locator('summary').click();
      // The opened suggestion renders its sectors and sources after the click: wait for them, not a fixed moment.
      await expect.poll(() => item.getByTestId('shared-sector').count(), { timeout: 5000 }).toBeGreaterThan(0);
      await expect.poll(() => item.locator('a[href^="http"]').count(), { timeout: 5000 }).toBeGreaterThan(0);
    }
    expect(await section.textContent()).toContain('computed by Kizuna');
  });

  it('lang=vi and lang=ja show the section translated', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=jp-19&lang=vi');
    await page.getByTestId('possible-partners').getByRole('heading', { name: 'Đối tác tiềm năng' }).waitFor();
    await gotoMap(page, '/?loc=jp-19&lang=ja');
    await page.getByTestId('possible-partners').getByRole('heading', { name: 'パートナー候補' }).waitFor();
  });

  it('axe: no serious or critical violation with the suggestions and the timeline open', async () => {
    const { page } = await openAuditPage(browser());
    await gotoMap(page, '/?loc=jp-19');
    await page
      .getByTestId('possible-partners')
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.getByTestId('possible-partners').getByTestId('shared-sector').first().waitFor();
    let violations = serious(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
    await gotoMap(page, '/?years=2018-2020');
    await page
      .getByTestId('timeline')
      .locator('details')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    violations = serious(await runAxe(page));
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
