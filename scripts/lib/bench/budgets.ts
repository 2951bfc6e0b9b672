/**
 * Kizuna's performance budgets: the ONE place they live. `npm run bench -- --check` fails on a
 * miss. Do not loosen a budget to make a build pass; explain the miss in docs/PERFORMANCE.md.
 */
import type { BenchResults, ScenarioResult, Target } from './types';

/** 1 KB = 1,000 bytes (the stricter reading). */
export const KB = 1000;

export const BUDGETS = {
  /** First view, gzip bytes on the wire, until map ready and network idle, real data. */
  transferBytes: { app: 450 * KB, embed: 400 * KB } satisfies Record<Target, number>,
  /** Median of cold loads, navigation start → `data-map-ready="true"`, headless, unthrottled, real data. */
  mapReadyMedianMs: 1500,
  /** p95 input → next paint, each interaction kind, real data. */
  inputP95Ms: 50,
  /** p95 input → next paint, each interaction kind, with 10,000 synthetic agreements. */
  inputP95MsAt10k: 100,
  /** p95 frame time during a 5 s scripted pan + zoom, 10,000 arcs, software WebGL. */
  panZoomFrameP95MsAt10k: 50,
} as const;

export interface BudgetCheck {
  name: string;
  limit: number;
  unit: 'bytes' | 'ms';
  /** null when the figure could not be measured, which counts as a miss. */
  actual: number | null;
  pass: boolean;
  note?: string;
}

function scenario(results: BenchResults, target: Target, scale: number): ScenarioResult | undefined {
  return results.scenarios.find((s) => s.target === target && s.scale === scale);
}

function check(name: string, actual: number | null, limit: number, unit: BudgetCheck['unit'], note?: string): BudgetCheck {
  return { name, actual, limit, unit, pass: actual !== null && actual <= limit, ...(note ? { note } : {}) };
}

/** Every budget that applies to the scenarios in `results` (a scenario not run is not checked). */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const target of ['app', 'embed'] as const) {
    const real = scenario(results, target, 0);
    if (real) {
      checks.push(check(`${target}: first-view transfer (gzip)`, real.transfer?.total ?? null, BUDGETS.transferBytes[target], 'bytes'));
      checks.push(check(`${target}: map ready, median of ${real.load.runs} cold loads`, real.load.mapReadyMedian, BUDGETS.mapReadyMedianMs, 'ms'));
      for (const [kind, figures] of Object.entries(real.interactions)) {
        checks.push(check(`${target}: ${kind} input→paint p95 (real data)`, figures.p95, BUDGETS.inputP95Ms, 'ms', figures.skipped));
      }
    }
    const big = scenario(results, target, 10000);
    if (big) {
      for (const [kind, figures] of Object.entries(big.interactions)) {
        checks.push(check(`${target}: ${kind} input→paint p95 (10,000 agreements)`, figures.p95, BUDGETS.inputP95MsAt10k, 'ms', figures.skipped));
      }
      checks.push(check(`${target}: pan/zoom frame p95 (10,000 arcs)`, big.panZoom.p95, BUDGETS.panZoomFrameP95MsAt10k, 'ms', big.panZoom.skipped));
    }
  }
  return checks;
}

/** One line per miss, e.g. `MISS app: first-view transfer (gzip): 512.3 KB > 450.0 KB`. */
export function describeMiss(miss: BudgetCheck): string {
  const show = (value: number) => (miss.unit === 'bytes' ? `${(value / KB).toFixed(1)} KB` : `${value.toFixed(1)} ms`);
  const actual = miss.actual === null ? `not measured${miss.note ? ` (${miss.note})` : ''}` : show(miss.actual);
  return `MISS ${miss.name}: ${actual} > ${show(miss.limit)}`;
}
