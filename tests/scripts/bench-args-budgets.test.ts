import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/lib/bench/args';
import { BUDGETS, checkBudgets, describeMiss } from '../../scripts/lib/bench/budgets';
import type { BenchResults, ScenarioResult } from '../../scripts/lib/bench/types';

describe('npm run bench arguments', () => {
  it('defaults to 5 runs, 50 interactions, three scales, lighthouse on, no check', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 5,
      interactions: 50,
      scales: [0, 1000, 10000],
      only: null,
      check: false,
      lighthouse: true,
      out: 'bench/results.json',
    });
  });

  it('reads every option and drops repeated scales', () => {
    const options = parseBenchArgs(['--runs', '3', '--scales', '0, 10000,0', '--only', 'embed', '--check', '--no-lighthouse', '--out', 'x.json']);
    expect(options).toMatchObject({ runs: 3, scales: [0, 10000], only: 'embed', check: true, lighthouse: false, out: 'x.json' });
  });

  it.each([
    [['--runs', '0'], /--runs must be a positive integer, got "0"/],
    [['--interactions', '2.5'], /--interactions must be a positive integer/],
    [['--scales', '0,-1'], /--scales must list non-negative integers/],
    [['--only', 'static'], /--only must be app or embed/],
    [['--help'], /^usage: npm run bench/],
    [['--runz', '3'], /runz/],
  ])('%j is refused with a message', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

const figures = (p95: number | null) => ({ p95 }) as ScenarioResult['interactions']['chip'];
function scenario(target: 'app' | 'embed', scale: number, over: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    target,
    scale,
    transfer: { total: 300 * 1000 },
    load: { runs: 5, mapReadyMedian: 900 },
    interactions: { chip: figures(20), pair: figures(30), search: figures(40) },
    panZoom: { frames: 100, p50: 10, p95: 20, max: 30 },
    ...over,
  } as ScenarioResult;
}
const results = (...scenarios: ScenarioResult[]) => ({ scenarios }) as BenchResults;

describe('performance budgets', () => {
  it('a run within every budget passes every check', () => {
    const checks = checkBudgets(results(scenario('app', 0), scenario('app', 10000)));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => !c.pass)).toEqual([]);
  });

  it('a transfer one byte over the budget is a miss, exactly at it a pass', () => {
    const over = checkBudgets(results(scenario('embed', 0, { transfer: { total: BUDGETS.transferBytes.embed + 1 } as ScenarioResult['transfer'] })));
    expect(over.filter((c) => !c.pass).map((c) => c.name)).toEqual(['embed: first-view transfer (gzip)']);
    const at = checkBudgets(results(scenario('embed', 0, { transfer: { total: BUDGETS.transferBytes.embed } as ScenarioResult['transfer'] })));
    expect(at.every((c) => c.pass)).toBe(true);
  });

  it('a figure that could not be measured counts as a miss and says why', () => {
    const checks = checkBudgets(results(scenario('app', 10000, { panZoom: { frames: 0, p50: null, p95: null, max: null, skipped: 'no WebGL' } })));
    const miss = checks.find((c) => !c.pass);
    expect(miss?.name).toBe('app: pan/zoom frame p95 (10,000 arcs)');
    expect(describeMiss(miss!)).toBe('MISS app: pan/zoom frame p95 (10,000 arcs): not measured (no WebGL) > 50.0 ms');
  });

  it('the 10,000-agreement budgets apply only to the 10,000 scenario', () => {
    const slow = { chip: figures(BUDGETS.inputP95Ms + 10), pair: figures(20), search: figures(20) };
    expect(checkBudgets(results(scenario('app', 10000, { interactions: slow }))).every((c) => c.pass)).toBe(true);
    expect(checkBudgets(results(scenario('app', 0, { interactions: slow }))).some((c) => !c.pass)).toBe(true);
  });

  it('describes a byte miss in KB', () => {
    expect(describeMiss({ name: 'app: first-view transfer (gzip)', limit: 450_000, unit: 'bytes', actual: 512_300, pass: false })).toBe(
      'MISS app: first-view transfer (gzip): 512.3 KB > 450.0 KB',
    );
  });
});
