/**
 * Vietnam with Hoàng Sa and Trường Sa (south to 8.3° N) and Japan from Yonaguni to Hokkaido,
 * as [[west, south], [east, north]]. Remote Pacific islets (Minamitorishima) are left out on
 * purpose: they would halve the scale of everything else. Both renderers fit this.
 */
export const BOTH_COUNTRIES: [[number, number], [number, number]] = [
  [101.8, 7.9],
  [146.2, 45.7],
];
