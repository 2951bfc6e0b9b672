import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { type Page, baseUrl, exploreMap, gotoMap, openPage, sharedBrowser } from './driver';

/**
 * Links that preview (issue 23 item 4): the build's page for a locality, `/l/<id>/`, is the app
 * starting on that locality, and the links the app writes for a locality are those pages.
 */
const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const nameOf = (id: string) => bundle.localities.find((l) => l.id === id)?.names.en ?? id;

/** Responses that failed: a page one folder down must find every file the app needs. */
function failedResponses(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  return failed;
}

const path = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe('a locality’s page', () => {
  const browser = sharedBrowser();

  it('given /l/<id>/, then the app starts on that locality and the address stays the page', async () => {
    const { page, pageErrors } = await openPage(browser(), { width: 1280, height: 800 });
    const failed = failedResponses(page);
    await gotoMap(page, '/l/vn-quang-ninh/', 30000);
    const panel = page.getByTestId('panel:locality');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(nameOf('vn-quang-ninh'));
    expect(path(page)).toBe('/l/vn-quang-ninh/');
    expect(await page.title()).toContain(nameOf('vn-quang-ninh'));
    // The full map too (its chunk, worker and styles come from two folders up).
    await exploreMap(page);
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120000);

  it('given a filter in the query, then the page keeps it; choosing a pair moves to the app’s folder, and Back returns to the page', async () => {
    const { page } = await openPage(browser(), { width: 1280, height: 800 });
    await gotoMap(page, '/l/jp-19/?sectors=hydrogen', 30000);
    const panel = page.getByTestId('panel:locality');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(nameOf('jp-19'));
    expect(path(page)).toBe('/l/jp-19/?sectors=hydrogen');
    await panel.getByRole('button', { name: nameOf('vn-quang-tri') }).click();
    await page.getByTestId('panel:pair').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('sectors')).toBe('hydrogen');
    await page.goBack();
    await page.getByTestId('panel:locality').waitFor();
    expect(path(page)).toBe('/l/jp-19/?sectors=hydrogen');
  }, 120000);
});

describe('the link to the full map', () => {
  const browser = sharedBrowser({ noWebGL: true });

  it('given an embed of a locality, then its “Open the full map” link is the locality’s page, which opens on it', async () => {
    const { page } = await openPage(browser(), { width: 720, height: 560 });
    await gotoMap(page, '/?embed=1&loc=vn-gia-lai&lang=en', 30000);
    const href = await page.getByTestId('embed:full-map').getAttribute('href');
    expect(href).toBe(new URL('/l/vn-gia-lai/?lang=en', baseUrl()).href);
    const failed = failedResponses(page);
    await gotoMap(page, href!, 30000);
    const panel = page.getByTestId('panel:locality');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(nameOf('vn-gia-lai'));
    expect(failed).toEqual([]);
  }, 120000);
});
