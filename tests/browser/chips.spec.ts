import { describe, expect, it } from 'vitest';
import { type Page, gotoMap, openPage, sharedBrowser } from './driver';

/** The chip row's box and scroll position, and the chips' boxes, as a reader's screen has them. */
async function row(page: Page) {
  return page.$eval('[data-testid="panel:filters"] .chips', (el) => {
    const box = el.getBoundingClientRect();
    return {
      left: box.left,
      right: box.right,
      scrollLeft: el.scrollLeft,
      chips: Array.from(el.querySelectorAll('button')).map((b) => ({ name: b.textContent ?? '', right: b.getBoundingClientRect().right })),
    };
  });
}

describe('the sector chip row, with a mouse and no Tab', () => {
  const browser = sharedBrowser();

  it('at 375 px the row says it continues, the wheel scrolls it sideways, and the scroll button reaches the last chip', async () => {
    const { page } = await openPage(browser(), { width: 375, height: 812 });
    await gotoMap(page);
    const filters = page.getByTestId('panel:filters');
    const more = filters.getByRole('button', { name: 'Scroll to more sectors' });
    await more.waitFor();
    expect(await filters.locator('.chip-row[data-more-after]').count()).toBe(1);
    const start = await row(page);
    const last = start.chips[start.chips.length - 1]!;
    expect(last.right).toBeGreaterThan(start.right);

    // A vertical wheel over the chips moves them sideways, not the page.
    const box = (await filters.locator('.chips').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 120);
    await page.waitForFunction((before) => (document.querySelector('[data-testid="panel:filters"] .chips')?.scrollLeft ?? 0) > before, start.scrollLeft);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await filters.getByRole('button', { name: 'Scroll back to the earlier sectors' }).count()).toBe(1);

    // The button on the continuing edge walks to the end, a chip or more per press; then it goes,
    // and the last chip is in the row.
    let presses = 0;
    for (; presses <= start.chips.length && (await more.count()) > 0; presses++) {
      const before = (await row(page)).scrollLeft;
      await more.click();
      await page.waitForFunction((b) => (document.querySelector('[data-testid="panel:filters"] .chips')?.scrollLeft ?? 0) > b, before);
      // Let the smooth scroll settle before the next press.
      await page.waitForTimeout(350);
    }
    expect(presses).toBeLessThanOrEqual(start.chips.length);
    expect(await more.count()).toBe(0);
    const end = await row(page);
    expect(end.chips[end.chips.length - 1]!.right).toBeLessThanOrEqual(end.right + 1);
  });

  it('with years=2019-2020 and Hydrogen on (real data), the Hydrogen chip’s count is the status line’s count', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?years=2019-2020&sectors=hydrogen');
    const filters = page.getByTestId('panel:filters');
    const status = (await filters.getByRole('status').textContent()) ?? '';
    const shown = /Showing (\d+) of (\d+) ties/.exec(status);
    expect(shown, status).not.toBeNull();
    const chip = (await filters.getByRole('button', { name: /^Hydrogen \d+$/ }).textContent()) ?? '';
    expect(chip.replace('Hydrogen', '').trim()).toBe(shown![1]);
    expect(await filters.getByRole('button', { name: 'Clear filters' }).isEnabled()).toBe(true);
  });
});
