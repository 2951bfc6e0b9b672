/** Formats bench results as plain-text tables (stdout) and Markdown (docs/PERFORMANCE.md). */
import { formatFigure, KB, LARGE_SCALE, seriesOf, transferRatio } from './budgets.ts';
import { INTERACTION_KINDS, type BenchResults, type InteractionFigures, type ScenarioResult } from './types.ts';

const kb = (bytes: number | undefined | null) => (bytes === null || bytes === undefined ? '—' : (bytes / KB).toFixed(1));
const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : String(Math.round(value)));

const HEAD = [
  'scenario', 'pairs', 'first view', 'JS KB', 'CSS KB', 'data KB', 'other KB', 'total KB', 'after ready KB', 'MapLibre KB',
  'ready med/max ms', 'arcs med/max ms', 'chip p50/p95', 'pair p50/p95', 'search p50/p95', 'years p50/p95', 'partners p50/p95',
  'pan/zoom frame p50/p95', 'heap MB', 'story step p50/p95',
];

/** A series as the tables read it: results written before issue #14 have no years/partners series. */
const NONE: Pick<InteractionFigures, 'p50' | 'p95' | 'scriptP50' | 'scriptP95' | 'loafEntries' | 'count' | 'renderer' | 'idleP95'> = {
  p50: null, p95: null, scriptP50: null, scriptP95: null, loafEntries: 0, count: 0,
};
const seriesIn = (s: ScenarioResult, kind: (typeof INTERACTION_KINDS)[number]) => (s.interactions[kind] as InteractionFigures | undefined) ?? NONE;

function row(s: ScenarioResult): string[] {
  const t = s.transfer;
  const i = s.interactions;
  const pair = (a: number | null, b: number | null) => `${ms(a)} / ${ms(b)}`;
  return [
    `${s.target} ${s.scale === 0 ? 'real' : s.scale.toLocaleString('en')}`,
    String(s.pairs),
    s.load.renderer ?? '—',
    kb(t?.js), kb(t?.css), kb(t?.data), kb(t?.other), kb(t?.total), kb(t?.afterReady), kb(t?.maplibre),
    pair(s.load.mapReadyMedian, s.load.mapReadyMax),
    pair(s.load.arcsDrawnMedian, s.load.arcsDrawnMax),
    pair(i.chip.p50, i.chip.p95),
    pair(i.pair.p50, i.pair.p95),
    pair(i.search.p50, i.search.p95),
    pair(seriesIn(s, 'years').p50, seriesIn(s, 'years').p95),
    pair(seriesIn(s, 'partners').p50, seriesIn(s, 'partners').p95),
    pair(s.panZoom.p50, s.panZoom.p95),
    s.heapUsedBytes === null ? '—' : (s.heapUsedBytes / 1e6).toFixed(1),
    s.story ? pair(s.story.p50, s.story.p95) : '—',
  ];
}

/** Main-thread figures (Long Animation Frames) next to input→paint, and the upgrade to WebGL. */
const MAIN_HEAD = [
  'scenario', 'first-view series on (chip · search · years · partners)', 'chip script p50/p95', 'chip LoAF p50/p95', 'pair script p50/p95', 'search script p50/p95',
  'years script p50/p95', 'partners script p50/p95', 'upgrade', 'upgrade ms', 'upgrade KB',
  'webgl chip p50/p95', 'webgl chip script p50/p95', 'LoAF inputs chip/pair/search/years/partners/webgl chip',
  'input → idle p95 chip/pair/search/years/partners',
];

function mainRow(s: ScenarioResult): string[] {
  const i = s.interactions;
  const after = s.afterUpgrade.chip;
  const pair = (a: number | null, b: number | null) => `${ms(a)} / ${ms(b)}`;
  const count = (f: { loafEntries: number; count: number }) => `${f.loafEntries}/${f.count}`;
  return [
    `${s.target} ${s.scale === 0 ? 'real' : s.scale.toLocaleString('en')}`,
    [i.chip, i.search, seriesIn(s, 'years'), seriesIn(s, 'partners')].map((f) => f.renderer ?? '—').join(' · '),
    pair(i.chip.scriptP50, i.chip.scriptP95),
    pair(i.chip.longFrameP50, i.chip.longFrameP95),
    pair(i.pair.scriptP50, i.pair.scriptP95),
    pair(i.search.scriptP50, i.search.scriptP95),
    pair(seriesIn(s, 'years').scriptP50, seriesIn(s, 'years').scriptP95),
    pair(seriesIn(s, 'partners').scriptP50, seriesIn(s, 'partners').scriptP95),
    s.upgrade.how,
    ms(s.upgrade.ms),
    kb(s.upgrade.bytes),
    pair(after.p50, after.p95),
    pair(after.scriptP50, after.scriptP95),
    [i.chip, i.pair, i.search, seriesIn(s, 'years'), seriesIn(s, 'partners'), after].map(count).join(' · '),
    [i.chip, i.pair, i.search, seriesIn(s, 'years'), seriesIn(s, 'partners')].map((f) => ms(f.idleP95)).join(' · '),
  ];
}

function aligned(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')).join('\n');
}

/** The 24,000 ÷ real first-view transfer ratio per target, one line each (empty when not both measured). */
export function ratioLines(results: BenchResults): string[] {
  return (['app', 'embed'] as const).flatMap((target) => {
    const ratio = transferRatio(results, target);
    return ratio === null ? [] : [`${target}: first-view transfer at ${LARGE_SCALE.toLocaleString('en')} ÷ real = ${formatFigure(ratio, 'ratio')}`];
  });
}

/**
 * One line per series that was not measured on purpose and has no budget there, with why: the
 * embed's year-range and possible-partners series (issue #14 budgets the full app). A series that
 * has a budget and was not measured is a miss instead, with its reason, in the budget checks.
 */
export function notMeasuredLines(results: BenchResults): string[] {
  return results.scenarios.flatMap((s) => {
    const checked = new Set(seriesOf(s.target));
    return INTERACTION_KINDS.filter((kind) => !checked.has(kind)).map((kind) => {
      const reason = (s.interactions[kind] as InteractionFigures | undefined)?.skipped;
      return `not measured: ${s.target} ${s.scale === 0 ? 'real' : s.scale.toLocaleString('en')} ${kind}${reason ? ` (${reason})` : ''}; no budget applies`;
    });
  });
}

/** Aligned plain-text tables: transfer, load and input→paint; then main-thread time and the upgrade. */
export function textTable(results: BenchResults): string {
  return `${aligned(HEAD, results.scenarios.map(row))}\n\n${aligned(MAIN_HEAD, results.scenarios.map(mainRow))}`;
}

