/** Formats bench results as plain-text tables (stdout) and Markdown (docs/PERFORMANCE.md). */
import { KB, type BudgetCheck } from './budgets.ts';
import type { BenchResults, ScenarioResult } from './types.ts';

const kb = (bytes: number | undefined | null) => (bytes === null || bytes === undefined ? '—' : (bytes / KB).toFixed(1));
const ms = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : String(Math.round(value)));

const HEAD = [
  'scenario', 'pairs', 'JS KB', 'CSS KB', 'data KB', 'other KB', 'total KB',
  'ready med/max ms', 'arcs med/max ms', 'chip p50/p95', 'pair p50/p95', 'search p50/p95', 'pan/zoom frame p50/p95', 'heap MB',
];

function row(s: ScenarioResult): string[] {
  const t = s.transfer;
  const i = s.interactions;
  const pair = (a: number | null, b: number | null) => `${ms(a)} / ${ms(b)}`;
  return [
    `${s.target} ${s.scale === 0 ? 'real' : s.scale.toLocaleString('en')}`,
    String(s.pairs),
    kb(t?.js), kb(t?.css), kb(t?.data), kb(t?.other), kb(t?.total),
    pair(s.load.mapReadyMedian, s.load.mapReadyMax),
    pair(s.load.arcsDrawnMedian, s.load.arcsDrawnMax),
    pair(i.chip.p50, i.chip.p95),
    pair(i.pair.p50, i.pair.p95),
    pair(i.search.p50, i.search.p95),
    pair(s.panZoom.p50, s.panZoom.p95),
    s.heapUsedBytes === null ? '—' : (s.heapUsedBytes / 1e6).toFixed(1),
  ];
}

/** Aligned plain-text table. */
export function textTable(results: BenchResults): string {
  const rows = [HEAD, ...results.scenarios.map(row)];
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')).join('\n');
}

/** Markdown table of the same figures. */
export function markdownTable(results: BenchResults): string {
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
  for (const scenario of results.scenarios) lines.push(`| ${row(scenario).join(' | ')} |`);
  return lines.join('\n');
}

/** Markdown list of every budget check. */
export function markdownChecks(checks: BudgetCheck[]): string {
  const show = (c: BudgetCheck, v: number | null) => (v === null ? 'not measured' : c.unit === 'bytes' ? `${kb(v)} KB` : `${v.toFixed(1)} ms`);
  return [
    '| budget | limit | measured | |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${show(c, c.limit)} | ${show(c, c.actual)}${c.note ? ` (${c.note})` : ''} | ${c.pass ? 'pass' : '**MISS**'} |`),
  ].join('\n');
}

/** The largest assets of a build, gzip first. */
export function assetTable(results: BenchResults, scale = 0, limit = 12): string {
  const build = results.builds.find((b) => b.scale === scale);
  if (!build) return '';
  return [
    '| asset | raw KB | gzip KB |',
    '|---|---|---|',
    ...build.assets.slice(0, limit).map((a) => `| ${a.file} | ${kb(a.bytes)} | ${kb(a.gzip)} |`),
  ].join('\n');
}
