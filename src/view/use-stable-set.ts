import { useMemo } from 'react';

/**
 * The same Set while its members stay the same. The map's model builds new Sets on every filter;
 * an effect keyed on one of them (label placement) then runs only when the members change.
 */
export function useStableSet<T extends string>(set: ReadonlySet<T>): ReadonlySet<T> {
  const key = [...set].sort().join('\n');
  // The key stands for the set's members: a new Set with the same members is the same value here.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => set, [key]);
}
