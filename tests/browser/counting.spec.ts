// Issue 22: a reader in Vietnamese or Japanese reads the same counts, by the same rule, as the
// data check prints, and no sentence measures the map against the officials' number.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByCategory } from '../../src/data/counting';
import type { Bundle } from '../../src/data/types';
import { type Browser, gotoMap, connectBrowser, openPage } from './driver';

const bundle = JSON.parse(readFileSync('data/bundle.json', 'utf8')) as Bundle;
const counts = countByCategory(bundle.pairs);

describe('the overview counts by the one rule, in the reader’s language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given lang=vi, then the sentence gives the locality and council agreements and the rule in Vietnamese', async () => {
    const { page } = await openPage(browser);
    await gotoMap(page, '/?lang=vi');
    const sentence = page.getByTestId('overview-counts');
    await expect(sentence.textContent()).resolves.toBe(
      `Theo cách đếm của chúng tôi, bản đồ ghi nhận ${counts.locality} thỏa thuận giữa chính quyền hai địa phương và ${counts.council} thỏa thuận giữa hội đồng của hai địa phương.`,
    );
    await expect(page.getByTestId('how-we-count').textContent()).resolves.toMatch(/^Cách chúng tôi đếm Thỏa thuận địa phương là văn kiện/);
    await expect(page.getByTestId('panel:overview').textContent()).resolves.not.toMatch(/trong số hơn 110/);
  });

  it('given lang=ja, then the sentence gives the same counts and the rule in Japanese', async () => {
    const { page } = await openPage(browser);
    await gotoMap(page, '/?lang=ja');
    await expect(page.getByTestId('overview-counts').textContent()).resolves.toBe(
      `当サイトの数え方では、この地図に載っている自治体間の協定は${counts.locality}件、両地域の議会間の協定は${counts.council}件です。`,
    );
    await expect(page.getByTestId('how-we-count').textContent()).resolves.toMatch(/^数え方 「自治体間の協定」とは/);
    await expect(page.getByTestId('panel:overview').textContent()).resolves.not.toMatch(/件を超える協定のうち/);
  });
});
