import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/data/types';
import { gotoMap, openPage, sharedBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as Bundle;
const daNang = bundle.pairs.filter((p) => p.vnId === 'vn-da-nang');
const daNangPartners = new Set(daNang.map((p) => p.jpId)).size;

describe('ties, the unit readers count in (real data)', () => {
  const browser = sharedBrowser();

  it('searching "Hanoi Fukuoka" gives the tie once, with its dates and documents, and opens it', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page);
    const box = page.getByRole('combobox', { name: 'Search places and agreements' });
    await box.fill('Hanoi Fukuoka');
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(1);
    const text = (await options.first().textContent()) ?? '';
    expect(text).toMatch(/^Hanoi – Fukuoka/);
    expect(text).toMatch(/\d+ documents$/);
    await options.first().click();
    const panel = page.getByTestId('panel:pair');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Hanoi – Fukuoka');
    expect(await panel.getByTestId('pair:tie-documents').getByRole('listitem').count()).toBeGreaterThan(1);
  });

  it('Đà Nẵng’s panel counts distinct partners beside its documents', async () => {
    const { page } = await openPage(browser());
    await gotoMap(page, '/?loc=vn-da-nang');
    const partners = page.getByTestId('locality-partners');
    await partners.waitFor();
    expect(await partners.getByRole('heading', { level: 3 }).textContent()).toBe(`Partners: ${daNangPartners} · ${daNang.length} documents`);
    expect(await partners.getByRole('heading', { level: 4 }).count()).toBe(daNangPartners);
  });
});
