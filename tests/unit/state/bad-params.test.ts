import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, defaultState, KNOWN_PARAMS, MAX_QUERY_LENGTH, sanitizeQuery } from '../../../src/state/url-params';
import { parseParams, WITHHELD } from '../../../src/state/url-parse';
import { toSearch } from '../../../src/state/url-write';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';
import { seededRandom } from '../../../src/lib/random';
import { cleanEmbedText, EMBED_TEXT_LIMITS, textLength, type EmbedTextField } from '../../../src/state/embed-text';

const vocabulary = vocabularyOf(fixtureBundle);

const prng = seededRandom;

const CHARS = [...'aZ09 -_.,;:&=?#%+/\\"\'<>`{}[]()!*~|ĐàẵệọƯ山梨ダナン\u00a0\u200b\u0000\ud83d\ude00'];
function randomValue(random: () => number): string {
  const length = 1 + Math.floor(random() * 300);
  return Array.from({ length }, () => CHARS[Math.floor(random() * CHARS.length)] ?? 'x').join('');
}

const SCRIPTS = {
  script: '<script>alert(1);window.__pwned=1</script>',
  img: '"><img src=x onerror="window.__pwned=1">',
  jsUrl: 'javascript:window.__pwned=1',
} as const;
const OVERSIZED = 'x'.repeat(100 * 1024);

/** A `q` value the app accepts as search text (it is shown as text, never as markup). */
const isValidQuery = (value: string) => value.length <= MAX_QUERY_LENGTH && sanitizeQuery(value) === value;

/** The embed's texts (`title`, `caption`, `notes`): any plain text is kept, cleaned, as text (never markup). */
const TEXT_FIELDS: Record<string, EmbedTextField> = { title: 'headline', caption: 'caption', notes: 'notes' };
const keptAsText = (param: string, value: string): string | null => {
  const field = TEXT_FIELDS[param];
  if (!field) return null;
  const text = cleanEmbedText(value);
  return text && textLength(text) <= EMBED_TEXT_LIMITS[field] ? text : null;
};

function search(param: string, value: string): string {
  return `?${new URLSearchParams([[param, value]]).toString()}`;
}

describe('given a bad value in one known parameter', () => {
  const random = prng(20251123);
  const cases: [string, string, string][] = [];
  for (const param of KNOWN_PARAMS) {
    for (const [name, value] of Object.entries(SCRIPTS)) cases.push([param, name, value]);
    cases.push([param, 'oversized', OVERSIZED]);
    for (let i = 0; i < 5; i++) cases.push([param, `random#${i}`, randomValue(random)]);
  }

  it.each(cases)('%s=<%s> is dropped with a notice naming it, or kept as plain search text', (param, _kind, value) => {
    const { state, flags, notices } = parseParams(search(param, value), vocabulary);
    if (param === 'q' && isValidQuery(value)) {
      expect(state.query).toBe(value);
      expect(notices).toEqual([]);
      return;
    }
    const text = keptAsText(param, value);
    if (text !== null) {
      expect(flags[TEXT_FIELDS[param]!]).toBe(text);
      expect(notices).toEqual([]);
      expect(state).toEqual(defaultState('en'));
      return;
    }
    expect(notices.map((n) => n.param)).toContain(param);
    expect(state).toEqual(defaultState('en'));
    expect(flags).toEqual(DEFAULT_FLAGS);
  });

  it.each(cases)('%s=<%s>: the cleaned URL does not carry the bad value', (param, _kind, value) => {
    const { state, flags } = parseParams(search(param, value), vocabulary);
    const cleaned = toSearch(state, 'en', flags);
    const text = keptAsText(param, value);
    if (param === 'q' && isValidQuery(value)) expect(new URLSearchParams(cleaned).get('q')).toBe(value);
    else if (text !== null) expect(new URLSearchParams(cleaned).get(param)).toBe(text);
    else expect(new URLSearchParams(cleaned).has(param)).toBe(false);
  });

  it.each(cases)('%s=<%s>: the cleaned URL parses back to the same state with no notice', (param, _kind, value) => {
    const { state, flags } = parseParams(search(param, value), vocabulary);
    const again = parseParams(toSearch(state, 'en', flags), vocabulary);
    expect(again.notices).toEqual([]);
    expect(again.state).toEqual(state);
    expect(again.flags).toEqual(flags);
  });
});

describe('given a bad value, the notice never quotes it back (only a short id-like value would be)', () => {
  it.each([...KNOWN_PARAMS])('%s=<100 kB>', (param) => {
    const { notices } = parseParams(search(param, OVERSIZED), vocabulary);
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(notice.value).toBe(WITHHELD);
  });
});

describe('given every known parameter bad at once', () => {
  it.each(Object.entries(SCRIPTS))('<%s> in all of them: each one is named in a notice', (_kind, value) => {
    const params = new URLSearchParams(KNOWN_PARAMS.map((p) => [p, value]));
    const { state, notices } = parseParams(`?${params}`, vocabulary);
    const named = new Set(notices.map((n) => n.param));
    for (const param of KNOWN_PARAMS) {
      if (param === 'q' && isValidQuery(value)) continue;
      if (keptAsText(param, value) !== null) continue;
      expect(named, param).toContain(param);
    }
    expect(toSearch(state)).not.toMatch(/[<>]|%3C|%3E/i);
  });
});

describe('given unknown parameters', () => {
  /** [name, value, what the notice may quote of the name]: only a short plain word. */
  const unknown: [string, string, string][] = [
    ['utm_source', 'newsletter', 'utm_source'],
    ['<script>alert(1)</script>', '1', WITHHELD],
    ['__proto__', '{"polluted":1}', '__proto__'],
    ['constructor', 'x', 'constructor'],
    ['toString', 'x', 'toString'],
    ['LANG', 'vi', 'LANG'],
    ['', 'empty-name', WITHHELD],
    ['foo', SCRIPTS.img, 'foo'],
    ['map_moved_to_evil.example', '1', WITHHELD],
    ['see-our-new-address-at', 'evil', WITHHELD],
  ];

  it.each(unknown.map(([name, value, quoted]) => [name, name, value, quoted]))('%s: reported as unknown and dropped', (_label, name, value, quoted) => {
    const { state, notices } = parseParams(`?${new URLSearchParams([[name, value]])}`, vocabulary);
    expect(notices).toEqual([expect.objectContaining({ param: quoted, reason: 'unknown-param' })]);
    expect(state).toEqual(defaultState());
    expect(toSearch(state)).toBe('');
  });

  it('does not pollute Object.prototype through __proto__', () => {
    parseParams('?__proto__[polluted]=1&__proto__=1&constructor[prototype][polluted]=1', vocabulary);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 100 kB unknown parameter name is not quoted in the notice', () => {
    const { notices } = parseParams(`?${'y'.repeat(100 * 1024)}=1`, vocabulary);
    expect(notices).toEqual([expect.objectContaining({ param: WITHHELD, reason: 'unknown-param' })]);
  });
});

describe('given a repeated parameter', () => {
  it('the second value is reported and the first is used', () => {
    const { state, notices } = parseParams(`?lang=vi&lang=${encodeURIComponent(SCRIPTS.script)}`, vocabulary);
    expect(state.lang).toBe('vi');
    expect(notices).toEqual([expect.objectContaining({ param: 'lang', reason: 'bad-value' })]);
  });
});

describe('given malformed percent-encoding', () => {
  // URLSearchParams never throws on a stray "%", so "does not throw" could not fail; what a
  // reader notices is whether the bad value is named and the rest of the link still applies.
  it('a language written as "%ZZ" is named in a notice and the other parameters still apply', () => {
    const { state, notices } = parseParams('?lang=%ZZ&view=list', vocabulary);
    expect(notices.map((n) => n.param)).toEqual(['lang']);
    expect(state.lang).toBe('en');
    expect(state.view).toBe('list');
  });
});
