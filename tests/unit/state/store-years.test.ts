import { beforeEach, describe, expect, it } from 'vitest';
import { setYears, useStore } from '../../../src/state/store';

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

describe('the year range a reader drags', () => {
  it('takes a new end year with the same start year (dragging only the right handle)', () => {
    setYears([2010, 2015]);
    setYears([2010, 2020]);
    expect(useStore.getState().years).toEqual([2010, 2020]);
  });

  it('takes a new start year with the same end year, and clears back to every year', () => {
    setYears([2010, 2020]);
    setYears([2015, 2020]);
    expect(useStore.getState().years).toEqual([2015, 2020]);
    setYears(null);
    expect(useStore.getState().years).toBeNull();
  });

  it('keeps the same state for the same range, so no history entry is added for nothing', () => {
    setYears([2010, 2020]);
    const before = useStore.getState();
    setYears([2010, 2020]);
    expect(useStore.getState()).toBe(before);
  });
});
