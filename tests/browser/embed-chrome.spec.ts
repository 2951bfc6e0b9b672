import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeViolations, gotoReady, openAuditPage, runAxe, serious } from './axe';
import { type Page, downloadText, gotoMap, mapState, openPage, sharedBrowser } from './driver';

/**
 * The embed's headline, caption, notes and "Get the data" (issue 23, item 1), and the Embed
 * dialog's own controls, as a reader and a journalist see them.
 */

interface BundleNames {
  pairs: { id: string; vnId: string; jpId: string; jpPrefectureId: string }[];
  localities: { id: string; names: { en: string; vi: string } }[];
}
const bundle = JSON.parse(readFileSync(resolve(__dirname, '../../data/bundle.json'), 'utf8')) as BundleNames;
const QUANG_NINH = 'vn-quang-ninh';
const quangNinhVi = bundle.localities.find((l) => l.id === QUANG_NINH)?.names.vi ?? '?';

/** The embed URL an iframe snippet points at. */
function snippetSrc(code: string): URL {
  return new URL((/src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&'));
}

async function openEmbed(page: Page, query: string): Promise<void> {
  await gotoMap(page, `/?embed=1&${query}`);
  await page.getByTestId('embed:headline').waitFor();
}

/** The top and bottom of an element, in the page's own viewport. */
async function verticalBox(page: Page, testId: string): Promise<{ top: number; bottom: number }> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not rendered`);
  return { top: box.y, bottom: box.y + box.height };
}

describe('embed: headline and caption written from the view', () => {
  const browser = sharedBrowser();

  it('given an embed of Quảng Ninh in Vietnamese, then its headline is in Vietnamese and names Quảng Ninh', async () => {
    const { page, pageErrors } = await openPage(browser(), { width: 720, height: 560 });
    await openEmbed(page, `loc=${QUANG_NINH}&lang=vi`);
    const headline = (await page.getByTestId('embed:headline').textContent()) ?? '';
    expect(quangNinhVi).toBe('Quảng Ninh');
    expect(headline).toContain(quangNinhVi);
    expect(headline).toMatch(/^Các đối tác Nhật Bản/);
    // The caption counts Quảng Ninh's partners: one per Japanese locality it has a tie with.
    const partners = new Set(bundle.pairs.filter((p) => p.vnId === QUANG_NINH).map((p) => p.jpId)).size;
    expect(await page.getByTestId('embed:caption').textContent()).toMatch(new RegExp(`^${partners} đối tác, \\d+ thỏa thuận`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(pageErrors).toEqual([]);
  });

  it('given a sector chip pressed, then the caption follows the filter', async () => {
    const { page } = await openPage(browser(), { width: 1024, height: 800 });
    await openEmbed(page, 'lang=en');
    const before = await page.getByTestId('embed:caption').textContent();
    await page.locator('.embed-chips button[aria-pressed="false"]').first().click();
    await expect.poll(() => page.getByTestId('embed:caption').textContent()).not.toBe(before);
    expect(await page.getByTestId('embed:headline').textContent()).toMatch(/ ties between Vietnam and Japan$/);
  });

  it('given level=provinces, then the embed opens on provinces and prefectures', async () => {
    const { page } = await openPage(browser(), { width: 1024, height: 800 });
    await openEmbed(page, 'lang=en&level=provinces');
    expect((await mapState(page)).level).toBe('provinces');
  });
});

describe('embed: the journalist’s texts, from the link', () => {
  const browser = sharedBrowser();
  const HOSTILE = `<script>alert(1)</script> "Gunma" & 'Hải Phòng'`;

  it('given a headline with a script tag and quotes, then it shows as literal text and no script runs', async () => {
    const { page, pageErrors } = await openPage(browser(), { width: 720, height: 560 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const query = new URLSearchParams({ lang: 'en', title: HOSTILE, caption: '<img src=x onerror="alert(2)">', notes: 'Source: "our" <b>reading</b>' });
    await openEmbed(page, query.toString());
    expect(await page.getByTestId('embed:headline').textContent()).toBe(HOSTILE);
    expect(await page.getByTestId('embed:caption').textContent()).toBe('<img src=x onerror="alert(2)">');
    expect(await page.getByTestId('embed:notes').textContent()).toContain('Source: "our" <b>reading</b>');
    // Nothing of it became markup: no element inside the header or the notes.
    expect(await page.locator('[data-testid="embed:header"] script, [data-testid="embed:header"] img, [data-testid="embed:notes"] b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The texts survive the URL the embed rewrites for itself.
    expect(new URL(page.url()).searchParams.get('title')).toBe(HOSTILE);
  });

  it('given plain=1, then no headline, caption or notes are shown, only the map, link and credits', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 560 });
    await gotoMap(page, `/?embed=1&plain=1&lang=en&title=Hello&notes=World`);
    expect(await page.getByTestId('embed:header').count()).toBe(0);
    expect(await page.getByTestId('embed:notes').count()).toBe(0);
    expect(await page.getByTestId('embed:full-map').isVisible()).toBe(true);
  });

  it('given a headline over the limit, then it is ignored and the notice says so', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 560 });
    await openEmbed(page, `lang=en&title=${'x'.repeat(121)}`);
    expect(await page.getByTestId('embed:headline').textContent()).toBe('Vietnam–Japan locality partnerships');
    expect(await page.getByTestId('notices').textContent()).toContain('The value of “title” is too long.');
  });
});

describe('embed: footer in a 720 × 560 frame', () => {
  const browser = sharedBrowser();

  for (const [label, query] of [
    ['the overview', 'lang=en'],
    ['Quảng Ninh in Vietnamese with a notes line', `lang=vi&loc=${QUANG_NINH}&notes=${encodeURIComponent('Nguồn: Báo Quảng Ninh, 25/11/2025')}`],
  ] as const) {
    it(`given ${label}, then "Open the full map" and "Get the data" are inside the frame, credits included`, async () => {
      const { page } = await openPage(browser(), { width: 720, height: 560 });
      await openEmbed(page, query);
      for (const id of ['embed:full-map', 'embed:get-data']) {
        const box = await verticalBox(page, id);
        expect(box.top, id).toBeGreaterThanOrEqual(0);
        expect(box.bottom, id).toBeLessThanOrEqual(560);
      }
      // The whole page (attribution last) fits: nothing to scroll to inside a fixed iframe.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(560);
    });
  }

  it('given "What the counts mean" opened, then the embed says what a tie and a locality agreement are, in the reader’s language', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 560 });
    await openEmbed(page, 'lang=ja');
    const terms = page.locator('.embed-terms');
    await expect(terms.locator('p').isVisible()).resolves.toBe(false);
    await terms.locator('summary').click();
    await expect(terms.locator('p').textContent()).resolves.toContain('自治体間の協定は両自治体の行政が署名した文書');
  });

  it('given "Get the data", then the CSV lists exactly the documents the embed shows', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 560 });
    await openEmbed(page, `lang=en&loc=${QUANG_NINH}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('embed:get-data').click()]);
    expect(download.suggestedFilename()).toBe(`kizuna-${QUANG_NINH}-en.csv`);
    const csv = (await downloadText(download)).replace(/^\uFEFF/, '');
    const ids = csv
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]);
    const expected = bundle.pairs.filter((p) => p.vnId === QUANG_NINH).map((p) => p.id);
    expect(ids.sort()).toEqual(expected.sort());
  });
});

describe('Embed dialog: the journalist’s controls', () => {
  const browser = sharedBrowser();

  it('given edits to the texts, language, selection, parts and height, then the code and the live preview follow', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 900 });
    await gotoMap(page, '/?lang=en');
    await page.getByTestId('embed:open').click();
    const code = page.getByTestId('embed:code-iframe');
    await code.waitFor();

    await page.getByTestId('embed:edit-headline').fill('Hydrogen: who works with whom');
    await page.getByTestId('embed:edit-lang').selectOption('vi');
    await page.getByTestId('embed:edit-selection').selectOption(`locality:${QUANG_NINH}`);
    await page.getByTestId('embed:option-chips').uncheck();
    await page.getByTestId('embed:edit-height').fill('700');

    const src = snippetSrc(await code.inputValue());
    expect(src.searchParams.get('title')).toBe('Hydrogen: who works with whom');
    expect(src.searchParams.get('lang')).toBe('vi');
    expect(src.searchParams.get('loc')).toBe(QUANG_NINH);
    expect(src.searchParams.get('chips')).toBe('0');
    expect(await code.inputValue()).toContain('height="700"');

    // The preview frames the same embed: the edited headline, in Vietnamese, without chips.
    const preview = page.frameLocator('[data-testid="embed:live-preview"]');
    await expect
      .poll(
        () =>
          preview
            .getByTestId('embed:headline')
            .textContent()
            .catch(() => ''),
        { timeout: 20000 },
      )
      .toBe('Hydrogen: who works with whom');
    await expect
      .poll(
        () =>
          preview
            .getByTestId('embed:caption')
            .textContent()
            .catch(() => ''),
        { timeout: 20000 },
      )
      .toContain('đối tác');
    // The preview reloads with the new parts a moment after the text follows: wait for the chips to go.
    await expect.poll(() => preview.locator('.embed-chips').count(), { timeout: 20000 }).toBe(0);
    // The downloadable figure carries the same headline.
    expect(await page.getByTestId('static:headline').textContent()).toBe('Hydrogen: who works with whom');
  });

  it('given a headline over the limit, then the field keeps it, says by how much, and the code leaves it out', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 900 });
    await gotoMap(page, '/?lang=en');
    await page.getByTestId('embed:open').click();
    const long = 'x'.repeat(125);
    await page.getByTestId('embed:edit-headline').fill(long);
    expect(await page.getByTestId('embed:edit-headline').inputValue()).toBe(long);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '5 characters over the limit' }).count()).toBe(1);
    expect(snippetSrc(await page.getByTestId('embed:code-iframe').inputValue()).searchParams.has('title')).toBe(false);
    // Shortened back within the limit, it is in the code again.
    await page.getByTestId('embed:edit-headline').fill(long.slice(0, 120));
    expect(snippetSrc(await page.getByTestId('embed:code-iframe').inputValue()).searchParams.get('title')).toBe(long.slice(0, 120));
  });

  it('given the open dialog with its controls, and an embed with notes, then axe finds no serious violation', async () => {
    const { page } = await openAuditPage(browser(), { width: 1280, height: 900 });
    await gotoReady(page, '/?lang=vi');
    await page.getByTestId('embed:open').click();
    await page.getByTestId('embed:edit-headline').fill('x'.repeat(130));
    const inDialog = serious(await runAxe(page));
    expect(inDialog, describeViolations(inDialog)).toEqual([]);
    await gotoReady(page, `/?embed=1&lang=ja&loc=${QUANG_NINH}&notes=${encodeURIComponent('注：テスト')}`);
    const inEmbed = serious(await runAxe(page));
    expect(inEmbed, describeViolations(inEmbed)).toEqual([]);
  });
});
