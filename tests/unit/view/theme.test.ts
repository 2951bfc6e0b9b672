import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../src/view/theme';

describe('resolveTheme', () => {
  it('maps dark=on/off directly and auto to the reader preference', () => {
    expect(resolveTheme('on', false)).toBe('dark');
    expect(resolveTheme('off', true)).toBe('light');
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
  });
});
