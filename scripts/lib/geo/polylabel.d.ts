// polylabel 2.x ships no type declarations; this covers the one call we make.
declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon given as rings of [x, y]; `distance` is to the nearest edge. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
