/** Small pure statistics for the bench: nearest-rank percentiles over finite numbers. */

/** The p-th percentile (0–100) by nearest rank; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** The median (50th percentile by nearest rank, so always one of the measured values). */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** The largest value, null for an empty list. */
export function max(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  return finite.length ? Math.max(...finite) : null;
}

/** Rounds to one decimal, keeping null. */
export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

export { seededRandom } from '../../../src/lib/random';
