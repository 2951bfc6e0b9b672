/**
 * Plain code-point order: the same in every browser, on every build machine and in every locale
 * (unlike `localeCompare`), so sorted output (bundle, ids, reports) is byte-stable.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
