import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES, LANGS, RELATIONSHIPS, type Lang, type Relationship } from '../../../src/data/vocabulary';
import type { DarkMode, ParamNotice, RenderFlags, Selection, UiState } from '../../../src/state/types';
import { noticeText } from '../../../src/panels/Notices';
import { DARK_MODES, defaultState, MAX_QUERY_LENGTH, sanitizeQuery } from '../../../src/state/url-params';
import { parseParams, WITHHELD } from '../../../src/state/url-parse';
import { toSearch } from '../../../src/state/url-write';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';
import { seededRandom } from '../../../src/lib/random';
import { cleanEmbedText, EMBED_TEXT_LIMITS } from '../../../src/state/embed-text';

const vocabulary = vocabularyOf(fixtureBundle);

const prng = seededRandom;

const QUERY_CHARS = [...'abc xyzĐđàẵệ山梨ダナン,&=%+#?/"\'—\u00a0;'];
// What a journalist, or a forger, may type into a headline: markup, quotes, line breaks, controls, bidi overrides, emoji.
const TEXT_CHARS = [...'Quảng Ninh 山梨 <script>"\'&=%+#?/\n\t\u0000\u202e\u2066\u200d\ud83d\ude00'];

/** A random embed text as the link keeps it (cleaned, within its limit), or nothing. */
function randomText(random: () => number, limit: number): string | undefined {
  if (random() < 0.5) return undefined;
  const length = 1 + Math.floor(random() * limit * 0.9);
  const text = [...cleanEmbedText(Array.from({ length }, () => TEXT_CHARS[Math.floor(random() * TEXT_CHARS.length)]).join(''))].slice(0, limit).join('');
  return cleanEmbedText(text) || undefined;
}

function randomState(random: () => number): { state: UiState; flags: RenderFlags; fallback: Lang } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const subset = <T extends string>(items: readonly T[]): T[] => items.filter(() => random() < 0.3).sort();
  const fallback = pick(LANGS);
  const flags: RenderFlags = { embed: random() < 0.3, plain: random() < 0.2, static: random() < 0.2, dark: pick<DarkMode>(DARK_MODES) };
  const texts = { headline: randomText(random, EMBED_TEXT_LIMITS.headline), caption: randomText(random, EMBED_TEXT_LIMITS.caption), notes: randomText(random, EMBED_TEXT_LIMITS.notes) };
  for (const [field, text] of Object.entries(texts)) if (text) flags[field as keyof typeof texts] = text;
  if (random() < 0.3) flags.startLevel = 'provinces';
  if (random() < 0.3) flags.hideChips = true;
  if (random() < 0.3) flags.hideDetails = true;
  const state = defaultState(pick(LANGS), flags);
  const kind = pick(['none', 'locality', 'pair'] as const);
  const selection: Selection = kind === 'none' ? { kind } : { kind, id: pick([...(kind === 'pair' ? vocabulary.pairIds : vocabulary.localityIds)]) };
  const relationships: Relationship[] = random() < 0.2 ? [...AGREEMENT_TYPES].sort() : subset(RELATIONSHIPS);
  const length = random() < 0.4 ? 0 : Math.floor(random() * MAX_QUERY_LENGTH * 1.3);
  const query = sanitizeQuery(Array.from({ length }, () => pick(QUERY_CHARS)).join(''));
  return {
    fallback,
    flags,
    state: {
      ...state,
      selection,
      sectors: subset([...vocabulary.sectorIds]),
      relationships,
      query,
      panel: pick(['open', 'closed'] as const),
      view: pick(['map', 'list'] as const),
      premerger: random() < 0.5,
    },
  };
}

describe('URL round trip', () => {
  it('brings 500 random reachable states back unchanged, with no notice', () => {
    const random = prng(20251125);
    for (let i = 0; i < 500; i++) {
      const { state, flags, fallback } = randomState(random);
      const search = toSearch(state, fallback, flags);
      const parsed = parseParams(search, vocabulary, fallback);
      expect(parsed.notices, search).toEqual([]);
      expect(parsed.state, search).toEqual(state);
      expect(parsed.flags, search).toEqual(flags);
    }
  });

  it('omits every default, so the default view is the bare URL', () => {
    expect(toSearch(defaultState('vi'), 'vi')).toBe('');
  });

  it('writes a locality, sectors and the agreements shorthand as short parameters', () => {
    const state = { ...defaultState('en'), selection: { kind: 'locality', id: 'jp-19' } as const, sectors: ['hydrogen'], relationships: [...AGREEMENT_TYPES].sort() };
    expect(toSearch(state, 'en')).toBe('?loc=jp-19&sectors=hydrogen&rel=agreements');
  });
});

describe('URL bad input', () => {
  const parse = (search: string) => parseParams(search, vocabulary, 'en');

  it('drops an unknown parameter with a notice naming it', () => {
    const { state, notices } = parse('?foo=bar&lang=vi');
    expect(notices).toEqual([{ param: 'foo', value: 'bar', reason: 'unknown-param' }]);
    expect(state.lang).toBe('vi');
  });

  it('drops a malformed language and keeps the fallback', () => {
    const { state, notices } = parse('?lang=fr');
    expect(notices).toEqual([{ param: 'lang', value: 'fr', reason: 'bad-value' }]);
    expect(state.lang).toBe('en');
  });

  it('drops unknown ids but keeps the known ones', () => {
    const { state, notices } = parse('?loc=vn-atlantis&sectors=hydrogen,unicorns');
    expect(notices).toEqual([
      { param: 'loc', value: 'vn-atlantis', reason: 'unknown-id' },
      { param: 'sectors', value: 'unicorns', reason: 'unknown-id' },
    ]);
    expect(state.selection).toEqual({ kind: 'none' });
    expect(state.sectors).toEqual(['hydrogen']);
  });

  it('drops a 10 kB value, reporting it without quoting it', () => {
    const { state, notices } = parse(`?q=${'a'.repeat(10_000)}`);
    expect(notices).toEqual([{ param: 'q', value: WITHHELD, reason: 'too-long' }]);
    expect(state.query).toBe('');
  });

  it('drops <script> values wherever they appear', () => {
    const evil = encodeURIComponent('<script>alert(1)</script>');
    const { state, notices } = parse(`?q=${evil}&lang=${evil}&pair=${evil}&${evil}=1`);
    expect(notices.map((n) => `${n.param}:${n.reason}`).sort()).toEqual(['lang:bad-value', 'pair:unknown-id', 'q:bad-value', `${WITHHELD}:unknown-param`]);
    expect(state).toEqual(defaultState('en'));
  });
});

describe('old pair links (data/published-ids.csv)', () => {
  const parse = (search: string) => parseParams(search, vocabulary, 'en');

  it('opens a renamed or merged pair under the id it has now, and the link is rewritten to it', () => {
    const { state, notices } = parse('?pair=vn-quang-binh--jp-19');
    expect(state.selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
    expect(notices).toEqual([]);
    expect(toSearch(state)).toBe('?pair=vn-quang-tri--jp-19');
  });

  it('says plainly that a removed pair is no longer on the map', () => {
    const { state, notices } = parse('?pair=vn-ha-giang--jp-19');
    expect(state.selection).toEqual({ kind: 'none' });
    expect(notices).toEqual([{ param: 'pair', value: 'vn-ha-giang--jp-19', reason: 'removed-id' }]);
    expect(noticeText(notices[0] as ParamNotice, 'en')).toBe('The partnership this link pointed to (“vn-ha-giang--jp-19”) is no longer on the map: it was removed from the data.');
  });

  it('still reports an id that was never published as unknown', () => {
    expect(parse('?pair=vn-atlantis--jp-19').notices).toEqual([{ param: 'pair', value: 'vn-atlantis--jp-19', reason: 'unknown-id' }]);
  });
});
