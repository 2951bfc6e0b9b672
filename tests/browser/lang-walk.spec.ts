// Issue #22, item 6: everything a reader sees is in the reader's language. A reader of each
// language walks the forum overview, a sector's priorities, a locality and a pair; any text in
// another language must be marked with its `lang` and be a quotation or a source title (or a
// place's own name). Script detection stands in for language detection: CJK or Hangul in the
// English or Vietnamese interface, a Latin-only sentence of four words or more in the Japanese
// one, a Vietnamese sentence in the English or Japanese one, an English sentence in the Vietnamese
// one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, gotoMap, connectBrowser, openPage } from './driver';

interface BundleSlice {
  pairs: { id: string; caveat?: unknown; moreSources?: unknown[]; source: { title: string } }[];
  localities: { names: { vi: string }; formerProvinces?: { names: { vi: string } }[] }[];
}
const bundle = JSON.parse(readFileSync(new URL('../../data/bundle.json', import.meta.url), 'utf8')) as BundleSlice;
/** A pair with a caveat, a second source and a Japanese headline: the most kinds of text at once. */
const PAIR = bundle.pairs.find((p) => p.caveat && p.moreSources?.length && /[\u3040-\u30ff]/.test(p.source.title)) ?? bundle.pairs.find((p) => p.caveat);
/** Place names keep their diacritics in every interface (and are allowed there). */
const PLACE_NAMES = [...new Set(bundle.localities.flatMap((l) => [l.names.vi, ...(l.formerProvinces ?? []).map((f) => f.names.vi)]))];

const LANGS = ['en', 'vi', 'ja'] as const;
type ReaderLang = (typeof LANGS)[number];

/** The walk: what a reader opens, and what shows the view has its content. */
const VIEWS: { name: string; query: string; ready: string }[] = [
  { name: 'the forum overview', query: '', ready: '[data-testid="panel:overview"] figure.quote' },
  { name: 'the overview filtered on agriculture', query: 'sectors=agriculture&', ready: '[data-testid="panel:overview"] .priorities li' },
  { name: 'a locality (Hải Phòng)', query: 'loc=vn-hai-phong&', ready: '[data-testid="panel:locality"] .priorities li' },
  { name: 'a prefecture (Yamanashi)', query: 'loc=jp-19&', ready: '[data-testid="panel:locality"] .priorities li' },
  { name: 'a pair', query: `pair=${encodeURIComponent(PAIR?.id ?? 'missing')}&`, ready: '[data-testid="panel:pair"] .source' },
];

interface Finding {
  text: string;
  why: string;
  marked: string | null;
}

/**
 * Runs in the page: every text node of the open panels (details expanded), judged by script.
 * Returns the texts in another language that are not marked and flagged as they should be.
 */
function scan(args: { lang: ReaderLang; places: string[] }): Finding[] {
  const { lang, places } = args;
  document.querySelectorAll('details').forEach((d) => {
    d.open = true;
  });
  const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
  const VI_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
  const VI_WORDS = new Set(['và', 'của', 'các', 'được', 'những', 'với', 'đã', 'là', 'trong', 'cho', 'này', 'hợp', 'tác', 'phát', 'triển', 'địa', 'phương', 'tỉnh', 'nhân', 'lực']);
  const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'with', 'for', 'a', 'is', 'was', 'on', 'signed', 'between']);
  const withoutPlaces = (s: string) => places.reduce((acc, p) => (p ? acc.split(p).join(' ') : acc), s);
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean);
  const foreign = (raw: string): string | null => {
    const s = withoutPlaces(raw);
    const w = words(s);
    if (lang !== 'ja' && CJK.test(s)) return 'CJK or Hangul';
    if (lang !== 'vi' && w.filter((x) => VI_WORDS.has(x)).length >= 2) return 'a Vietnamese sentence';
    if (lang === 'en' && w.filter((x) => VI_LETTER.test(x)).length >= 4) return 'Vietnamese diacritics';
    if (lang === 'ja' && !CJK.test(s) && w.filter((x) => /^[a-z'’-]+$/.test(x)).length >= 4) return 'a Latin-only sentence';
    if (lang === 'vi' && !VI_LETTER.test(s) && w.length >= 4 && w.filter((x) => EN_WORDS.has(x)).length >= 2) return 'an English sentence';
    return null;
  };
  const findings: Finding[] = [];
  const roots = Array.from(document.querySelectorAll('[data-testid^="panel:"]'));
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.visually-hidden, script, style')) continue;
      const why = foreign(text);
      if (!why) continue;
      const marked = el.closest('[lang]');
      const markedLang = marked && marked !== document.documentElement ? marked.getAttribute('lang') : null;
      const flagged = el.closest('blockquote, q, cite, .source, .native');
      if (markedLang && markedLang !== lang && flagged) continue;
      findings.push({ text: text.slice(0, 120), why, marked: markedLang });
    }
  }
  return findings;
}

describe('every text in the reader’s language, or marked and flagged', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a pair to walk to', () => {
    expect(PAIR).toBeDefined();
  });

  for (const lang of LANGS) {
    for (const view of VIEWS) {
      it(`${lang}: ${view.name}`, async () => {
        const { page, context } = await openPage(browser);
        try {
          await gotoMap(page, `/?${view.query}lang=${lang}`);
          await page.waitForSelector(view.ready, { timeout: 20000 });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          const findings = await walk(page, lang);
          expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

async function walk(page: Page, lang: ReaderLang): Promise<Finding[]> {
  return page.evaluate(scan, { lang, places: PLACE_NAMES });
}
