import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/vocabulary';
import { t } from '../../src/i18n';
import { describeViolations, gotoReady, openAuditPage, runAxe, serious, settled, showInPage, type AuditPage } from './axe';
import { type Browser, connectBrowser } from './driver';

const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as { pairs: { id: string }[] };
const PAIR_ID = bundle.pairs[0]?.id ?? 'missing-pair';

const TARGETS = { app: '/?', embed: '/?embed=1&' } as const;
const STATES = { overview: '', locality: 'loc=jp-19&', pair: `pair=${encodeURIComponent(PAIR_ID)}&`, filter: 'sectors=hydrogen&' } as const;

/** The language menu's label in every interface language (a new language is audited with no edit here). */
const LANGUAGE_LABELS = JSON.stringify(LANGS.map((lang) => t(lang, 'lang.label').toLowerCase()));

/** What the focused element is, in the terms of the checklist (page-side, as a string). */
const FOCUSED = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return null;
  const text = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  const label = e.labels && e.labels[0] ? e.labels[0].textContent.trim() : '';
  let kind = 'other';
  if (e.getAttribute('role') === 'combobox') kind = 'search';
  else if (e.matches('[data-testid="panel:filters"] button[aria-pressed]')) kind = 'chip';
  else if (e.tagName === 'SELECT' && ${LANGUAGE_LABELS}.some((l) => label.toLowerCase().includes(l))) kind = 'language';
  else if (e.matches('[data-locality-label]')) kind = 'locality-label';
  else if (e.tagName === 'BUTTON' && /list view/i.test(text)) kind = 'list-toggle';
  else if (e.closest('[data-testid="map"]')) kind = 'map';
  if (kind !== 'other' && kind !== 'map' && !e.hasAttribute('data-a11y-seen')) e.setAttribute('data-a11y-seen', kind);
  const s = getComputedStyle(e);
  return { kind, tag: e.tagName.toLowerCase(), text, style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ') };
})()`;

const REQUIRED = ['search', 'chip', 'language', 'locality-label', 'list-toggle'] as const;

describe('accessibility', () => {
  let browser: Browser;
  const opened: AuditPage[] = [];
  const open = async (options?: Parameters<typeof openAuditPage>[1]) => {
    const audit = await openAuditPage(browser, options);
    opened.push(audit);
    return audit;
  };
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close().catch(() => undefined)));
    await browser?.close();
  });

  // One page per target and language, walked through the four states as Back and Forward would
  // (the app re-reads the link on popstate): a cold load per state was most of this spec's time.
  describe('axe: no serious or critical violations', () => {
    for (const [target, prefix] of Object.entries(TARGETS)) {
      for (const lang of LANGS) {
        describe(`${target}, ${lang}`, () => {
          let audit: AuditPage | undefined;
          afterAll(async () => {
            await audit?.context.close();
          });
          for (const [state, query] of Object.entries(STATES)) {
            it(state, async () => {
              const path = `${prefix}${query}lang=${lang}`;
              if (audit) await showInPage(audit.page, path);
              else {
                audit = await open();
                await gotoReady(audit.page, path);
              }
              await settled(audit.page);
              const violations = serious(await runAxe(audit.page));
              expect(violations, describeViolations(violations)).toEqual([]);
            });
          }
        });
      }
    }
  });

  it('colour contrast meets AA with a panel open and a filter on (axe color-contrast, any impact)', async () => {
    const { page, context } = await open();
    await gotoReady(page, `/?loc=jp-19&sectors=hydrogen`);
    await settled(page);
    const violations = await runAxe(page, ['color-contrast']);
    await context.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  describe('keyboard', () => {
    const walk: { kind: string; tag: string; text: string; style: string }[] = [];
    let unfocused: Record<string, string> = {};

    beforeAll(async () => {
      const { page } = await open();
      await gotoReady(page, '/');
      await page.waitForTimeout(300);
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const focused = (await page.evaluate(FOCUSED)) as (typeof walk)[number] | null;
        if (focused) walk.push(focused);
        if (REQUIRED.every((kind) => walk.some((w) => w.kind === kind))) break;
      }
      // Focus is now elsewhere: read each first-reached element's style unfocused.
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      unfocused = (await page.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-a11y-seen]')].map((e) => {
        const s = getComputedStyle(e);
        return [e.getAttribute('data-a11y-seen'), [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ')];
      }))`)) as Record<string, string>;
    }, 180000);

    it.each(REQUIRED)('Tab reaches the %s', (kind) => {
      expect(walk.map((w) => w.kind)).toContain(kind);
    });

    it.each(REQUIRED)('the %s shows a visible focus indicator', (kind) => {
      const focused = walk.find((w) => w.kind === kind);
      expect(focused, `${kind} never focused`).toBeDefined();
      expect(focused?.style).not.toMatch(/^none \| /);
      expect(focused?.style).not.toBe(unfocused[kind]);
    });

    it('the first Tab stop offers the list of agreements, before anything in the map', () => {
      const first = walk[0];
      expect(first?.text).toMatch(/list/i);
      expect(['a', 'button']).toContain(first?.tag);
      const firstMap = walk.findIndex((w) => w.kind === 'map' || w.kind === 'locality-label');
      expect(firstMap).toBeGreaterThan(0);
    });
  });

  it('the skip link opens the list view and moves focus into it', async () => {
    const { page, context } = await open();
    await gotoReady(page, '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel:list"]', { timeout: 5000 });
    await page.waitForTimeout(100);
    const focusedId = await page.evaluate('document.activeElement && document.activeElement.id');
    await context.close();
    expect(focusedId).toBe('agreements-list');
  });

  it('with reduced motion, selecting a place starts no CSS transition or animation longer than 0.01 s', async () => {
    const { page, context } = await open({ reducedMotion: 'reduce' });
    await gotoReady(page, '/');
    await page.waitForTimeout(300);
    await page.locator('[data-locality-label]').first().focus();
    await page.keyboard.press('Enter');
    const samples: unknown[] = [];
    for (const wait of [16, 100, 300]) {
      await page.waitForTimeout(wait);
      samples.push(
        ...((await page.evaluate(`document.getAnimations()
          .filter((a) => a.playState === 'running' && Number(a.effect && a.effect.getTiming().duration) > 10)
          .map((a) => ({ name: a.animationName || a.transitionProperty || 'animation',
            duration: a.effect.getTiming().duration,
            target: a.effect.target ? a.effect.target.className || a.effect.target.tagName : '' }))`)) as unknown[]),
      );
    }
    await context.close();
    expect(samples).toEqual([]);
  });
});
