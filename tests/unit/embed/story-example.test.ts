// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOnlyStoryKeys } from '../../../src/embed/story';
import type { CoreBundle } from '../../../src/data/types';
import { parseParams } from '../../../src/state/url-parse';
import { vocabularyOf } from '../../../src/state/url-vocabulary';

/**
 * public/embed-example.html is the story a journalist copies: every step must show what its
 * paragraph is about, so each names only story keys and ids the published data has (a renamed
 * id would silently show the overview instead).
 */
const html = readFileSync(resolve(__dirname, '../../../public/embed-example.html'), 'utf8');
const bundle = JSON.parse(readFileSync(resolve(__dirname, '../../../data/bundle.json'), 'utf8')) as CoreBundle;
const vocabulary = vocabularyOf(bundle);
// Without the stylesheet and the plain iframe, which happy-dom would try (and fail) to load.
const page = new DOMParser().parseFromString(html.replace(/<link[^>]*>|<iframe[\s\S]*?<\/iframe>/g, ''), 'text/html');
const steps = [...page.querySelectorAll('[data-kizuna-step]')].map((el) => ({
  view: el.getAttribute('data-kizuna-step') ?? '',
  text: el.textContent ?? '',
}));

describe('public/embed-example.html: the story article', () => {
  it('has a step per speaker’s place, in reading order', () => {
    const places = ['Gunma', 'Yamanashi', 'Phú Thọ', 'Gia Lai', 'Hải Phòng'];
    const order = places.map((place) => steps.findIndex((step) => step.text.trimStart().startsWith(place)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each(steps.map((step) => [step.view || '(overview)', step.view] as const))('step %s names only story keys and known ids', (_, view) => {
    expect(hasOnlyStoryKeys(view)).toBe(true);
    expect(parseParams(view, vocabulary).notices).toEqual([]);
  });

  it('each place’s step shows that place', () => {
    const ids: Record<string, string> = { Gunma: 'jp-10', Yamanashi: 'jp-19', 'Phú Thọ': 'vn-phu-tho', 'Gia Lai': 'vn-gia-lai', 'Hải Phòng': 'vn-hai-phong' };
    for (const [place, id] of Object.entries(ids)) {
      const step = steps.find((s) => s.text.trimStart().startsWith(place));
      const { selection } = parseParams(step?.view ?? '', vocabulary).state;
      const shown = selection.kind === 'locality' ? [selection.id] : selection.kind === 'pair' ? selection.id.split('--') : [];
      expect(shown, place).toContain(id);
    }
  });

  it('opens on the view of its first step, so reaching that step does not move the map', () => {
    const embed = page.querySelector('[data-kizuna-embed]')?.getAttribute('data-kizuna-embed') ?? '';
    const opening = parseParams(new URL(embed, 'https://example.org/').search, vocabulary).state.selection;
    expect(parseParams(steps[0]?.view ?? '', vocabulary).state.selection).toEqual(opening);
  });
});
