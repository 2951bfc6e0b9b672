/**
 * The mutations `npm run mutate` applies (scripts/mutate.ts), one at a time. Each `find` must
 * occur exactly once in its file. Chosen for what a reader would notice: a wrong count, a wrong
 * line width or colour, a link that does not restore the view.
 */
export interface Mutation {
  id: string;
  file: string;
  find: string;
  replace: string;
  /** What a reader would see if it went unnoticed. */
  what: string;
  /** The test files that should notice it, when they are not the module's own (tests/unit/<folder>/<name>*.test.ts). */
  tests?: readonly string[];
}

const VISIBLE = 'src/view/visible.ts';
const PALETTE = 'src/view/palette.ts';
const FLOW_PAINT = 'src/view/flow-paint.ts';
const COUNTS = 'src/view/filter-counts.ts';
const URL_WRITE = 'src/state/url-write.ts';
const URL_PARSE = 'src/state/url-parse.ts';
const STORE = 'src/state/store.ts';
const COUNT_TESTS = ['tests/unit/view/visible.test.ts'];
const THEME_TESTS = ['tests/unit/view/theme.test.ts', 'tests/unit/view/colour-scheme.test.tsx'];

export const MUTATIONS: readonly Mutation[] = [
  {
    id: 'visible-drop-relationships',
    file: VISIBLE,
    find: 'if (filters.relationships.length && !filters.relationships.includes(pair.relationship)) return false;',
    replace: '',
    what: 'the relationship filter shows every document',
  },
  {
    id: 'visible-drop-sectors',
    file: VISIBLE,
    find: 'if (filters.sectors.length && !pair.sectors.some((s) => filters.sectors.includes(s))) return false;',
    replace: '',
    what: 'the sector filter shows every document',
  },
  { id: 'visible-drop-years', file: VISIBLE, find: 'if (filters.years && !inYears(pair.signed, filters.years)) return false;', replace: '', what: 'the year range shows every document' },
  {
    id: 'visible-sectors-every',
    file: VISIBLE,
    find: 'pair.sectors.some((s) => filters.sectors.includes(s))',
    replace: 'pair.sectors.every((s) => filters.sectors.includes(s))',
    what: 'sectors combine with AND',
  },
  { id: 'filtered-ignores-years', file: VISIBLE, find: '|| filters.years !== null;', replace: ';', what: 'a year range alone does not count as a filter' },
  { id: 'cache-key-ignores-years', file: VISIBLE, find: "${filters.years ? filters.years.join('-') : ''}", replace: '', what: "a new year range shows the previous range's pairs" },
  { id: 'width-linear', file: FLOW_PAINT, find: '1.8 * Math.sqrt(Math.max(0, ties - 1))', replace: '1.8 * Math.max(0, ties - 1)', what: 'width grows linearly with ties' },
  { id: 'width-uncapped', file: FLOW_PAINT, find: 'Math.min(MAX_FLOW_WIDTH, 1.5', replace: 'Math.max(MAX_FLOW_WIDTH, 1.5', what: 'every flow drawn at least 14 px wide' },
  { id: 'width-base', file: FLOW_PAINT, find: '1.5 + 1.8 *', replace: '1 + 1.8 *', what: 'the thinnest flow thinner' },
  { id: 'dash-flipped', file: FLOW_PAINT, find: 'dash: flow.signed ? null : flavour.dash', replace: 'dash: flow.signed ? flavour.dash : null', what: 'signed documents drawn dashed' },
  { id: 'dimmed-not-dim', file: FLOW_PAINT, find: 'state.dimmed ? flavour.dimOpacity', replace: 'state.dimmed ? flavour.arcOpacity', what: 'hovering a flow no longer fades the others' },
  { id: 'pressed-not-wider', file: FLOW_PAINT, find: '(state.pressed ? 2 : state.hot ? 1.5 : 0)', replace: '(state.pressed ? 0 : state.hot ? 1.5 : 0)', what: 'the selected flow no wider' },
  { id: 'circle-min', file: FLOW_PAINT, find: 'return Math.max(3, MAX_RADIUS', replace: 'return Math.max(0, MAX_RADIUS', what: 'small locations too small to click' },
  { id: 'circle-linear', file: FLOW_PAINT, find: 'Math.sqrt(ties / maxTies)', replace: '(ties / maxTies)', what: 'circle radius, not area, proportional to ties' },
  { id: 'flavour-always-light', file: PALETTE, find: "return theme === 'dark' ? DARK : LIGHT;", replace: 'return LIGHT;', what: 'dark mode draws the light map' },
  { id: 'scale-floor', file: FLOW_PAINT, find: 'Math.max(0.55, mapWidth / 1000)', replace: 'Math.max(0.2, mapWidth / 1000)', what: 'flows too thin on a phone' },
  { id: 'theme-off-ignored', file: 'src/view/theme.ts', find: "if (mode === 'off') return 'light';", replace: '', what: 'dark=off follows the system', tests: THEME_TESTS },
  {
    id: 'theme-auto-ignores-system',
    file: 'src/view/theme.ts',
    find: "return mode === 'auto' ? followColourScheme(update) : () => {};",
    replace: 'return () => {};',
    what: 'dark=auto does not follow a change of the system colour scheme',
    tests: THEME_TESTS,
  },
  {
    id: 'flow-scale-dropped',
    file: 'src/view/flow-style.ts',
    find: 'strength: flow.ties / strongest }, scale)',
    replace: 'strength: flow.ties / strongest }, 1)',
    what: 'flows keep their desktop width on a phone (the SVG and WebGL maps drift from the legend and the figure)',
    tests: ['tests/unit/view/palette.test.ts', 'tests/unit/svg/first-view.test.tsx'],
  },
  {
    id: 'chips-keep-own-dimension',
    file: COUNTS,
    find: 'const others = { ...filters, sectors: [] };',
    replace: 'const others = filters;',
    what: 'a sector chip counts under its own sector filter',
    tests: COUNT_TESTS,
  },
  {
    id: 'menu-keeps-own-dimension',
    file: COUNTS,
    find: 'const others = { ...filters, relationships: [] };',
    replace: 'const others = filters;',
    what: 'the relationship menu counts under its own filter',
    tests: COUNT_TESTS,
  },
  { id: 'agreements-all', file: COUNTS, find: 'if (pair.isAgreement) agreements.add(tie);', replace: 'agreements.add(tie);', what: '"Signed agreements only" counts every tie', tests: COUNT_TESTS },
  { id: 'url-drops-lang', file: URL_WRITE, find: "if (state.lang !== fallbackLang) params.set('lang', state.lang);", replace: '', what: 'a link forgets the language' },
  { id: 'url-drops-years', file: URL_WRITE, find: "if (state.years) params.set('years', formatYears(state.years));", replace: '', what: 'a link forgets the year range' },
  {
    id: 'url-sectors-unsorted',
    file: URL_WRITE,
    find: "params.set('sectors', [...state.sectors].sort().join(','));",
    replace: "params.set('sectors', [...state.sectors].join(','));",
    what: 'the same view gets two links',
  },
  {
    id: 'url-agreements-spelled-out',
    file: URL_WRITE,
    find: "sameSet(state.relationships, AGREEMENT_TYPES) ? 'agreements'",
    replace: "false ? 'agreements'",
    what: 'rel=agreements becomes a list of types',
  },
  { id: 'url-accepts-long-query', file: URL_PARSE, find: "if (q.length > MAX_QUERY_LENGTH) reject('q', q, 'too-long');", replace: '', what: 'an overlong search is not reported' },
  {
    id: 'url-unknown-sector-kept',
    file: URL_PARSE,
    find: 'if (vocabulary.sectorIds.has(id)) state.sectors.push(id);',
    replace: 'state.sectors.push(id);',
    what: 'an unknown sector in a link becomes a filter',
  },
  { id: 'url-dark-default', file: URL_WRITE, find: "if (flags.dark !== 'off') params.set('dark', flags.dark);", replace: '', what: 'links from a dark embed open light' },
  {
    id: 'store-toggle-adds-twice',
    file: STORE,
    find: 'const next = sectors.includes(id) ? sectors.filter((s) => s !== id) : [...sectors, id];',
    replace: 'const next = [...sectors, id];',
    what: 'a chip cannot be switched off',
  },
  { id: 'store-years-same-kept', file: STORE, find: 'current[0] === years[0] && current[1] === years[1]', replace: 'current[0] === years[0]', what: 'a new end year is ignored' },
];
