/**
 * Measures Kizuna as a reader gets it (see bench/README.md):
 *   npm run bench -- [--runs N] [--interactions N] [--scales 0,10000,24000] [--only app|embed] [--check] [--no-lighthouse]
 * Builds for production per scale, serves with `vite preview`, drives Debian's Chromium, prints a
 * table and writes bench/results.json. With --check, exits 1 when a budget (scripts/lib/bench/budgets.ts) is missed.
 */
import { resolve } from 'node:path';
import { CHROMIUM_FLAGS, SWIFTSHADER_COMPOSITING_FLAGS, ensureChromium } from '../tests/browser/find-chromium.ts';
import { parseBenchArgs } from './lib/bench/args.ts';
import { checkBudgets, describeCheck } from './lib/bench/budgets.ts';
import { writeJson } from './lib/bench/build.ts';
import { notMeasuredLines, ratioLines, textTable } from './lib/bench/report.ts';
import { runBench } from './lib/bench/run.ts';

const root = resolve(import.meta.dirname, '..');
let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const executablePath = ensureChromium();
const flags = options.compositing === 'swiftshader' ? SWIFTSHADER_COMPOSITING_FLAGS : CHROMIUM_FLAGS;
console.log(`compositing: ${options.compositing} (${flags.join(' ')})`);
const results = await runBench(
  root,
  options,
  executablePath,
  flags,
  (line) => console.log(line),
  (partial) => writeJson(resolve(root, options.out), { ...partial, partial: true }),
);
const checks = checkBudgets(results);
writeJson(resolve(root, options.out), { ...results, budgets: checks });

console.log(`\n${textTable(results)}\n`);
console.log('KB = 1,000 bytes of gzip on the wire; first view = requests started before map ready; times in ms; p50/p95 over the interactions;');
console.log('script = Long Animation Frame scripts + style/layout per input (see bench/README.md); frame times from rAF deltas.');
for (const line of ratioLines(results)) console.log(line);
for (const line of notMeasuredLines(results)) console.log(line);
if (results.lighthouse.skipped) console.log(`lighthouse: skipped (${results.lighthouse.skipped})`);
for (const target of ['app', 'embed'] as const) {
  const scores = results.lighthouse[target];
  if (scores) console.log(`lighthouse ${target}: performance ${scores.performance ?? '—'}, accessibility ${scores.accessibility ?? '—'}`);
}
const errors = results.scenarios.flatMap((s) => s.pageErrors.map((e) => `${s.target} ${s.scale}: ${e}`));
for (const error of errors) console.log(`page error: ${error}`);
const misses = checks.filter((c) => !c.pass);
console.log(`\nbudgets: ${checks.length - misses.length}/${checks.length} pass`);
for (const check of checks) console.log(describeCheck(check));
console.log(`results: ${options.out}`);
if (options.check && misses.length) process.exit(1);
