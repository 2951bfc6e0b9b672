import { useContext, type Context } from 'react';

/** A context's value; throws `missing` when no provider is above, so a missing one is loud rather than an empty view. */
export function useProvided<T>(context: Context<T | null>, missing: string): T {
  const value = useContext(context);
  if (!value) throw new Error(missing);
  return value;
}
