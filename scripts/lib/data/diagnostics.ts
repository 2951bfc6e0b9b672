/**
 * Editor-facing messages. Every line reads
 * `file:line:column field "value": what is wrong; suggestion` so a spreadsheet user can jump to
 * the cell, and an error can be asserted exactly in tests.
 */
import { foldText } from '../../../src/lib/text';

export interface Diagnostic {
  file: string;
  line: number;
  /** 1-based field index in a CSV row; character column in a JSON file. */
  column: number;
  field: string;
  value: string;
  /** `what is wrong; suggestion`. */
  message: string;
}

/** The one-line rendering shown to editors. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.field} "${d.value}": ${d.message}`;
}

/** Orders diagnostics by file, then position, so output is stable and reads top to bottom. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `input` after folding both, or undefined when nothing is close:
 * a third of the input's length (at least 2 edits) keeps "hydrogn" → "hydrogen" but stops
 * "Izumisano" from being matched to an unrelated name.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const folded = foldText(input);
  const limit = Math.max(2, Math.floor(folded.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(folded, foldText(candidate));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?` or the fallback advice when nothing is close. */
export function suggest(input: string, candidates: Iterable<string>, fallback: string): string {
  const match = closest(input, candidates);
  return match === undefined ? fallback : `did you mean "${match}"?`;
}
