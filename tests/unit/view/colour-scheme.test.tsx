import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme } from '../../../src/view/theme';
import { useFlavour } from '../../../src/view/use-flavour';

/** A reader's system colour scheme that the test can switch, counting who listens to it. */
function fakeColourScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: vi.fn((_: string, listener: () => void) => listeners.add(listener)),
    removeEventListener: vi.fn((_: string, listener: () => void) => listeners.delete(listener)),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    query,
    switchTo(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
  };
}

function MapFlavour() {
  return <p data-testid="flavour">{useFlavour('auto').name}</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('dark=auto follows the reader’s colour scheme', () => {
  it('switches the page and the map together, through one listener', () => {
    const scheme = fakeColourScheme(false);
    const stopPage = applyTheme('auto');
    const { unmount } = render(<MapFlavour />);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByTestId('flavour')).toHaveTextContent('light');

    act(() => scheme.switchTo(true));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByTestId('flavour')).toHaveTextContent('dark');
    expect(scheme.query.addEventListener).toHaveBeenCalledTimes(1);

    unmount();
    stopPage();
    expect(scheme.query.removeEventListener).toHaveBeenCalledTimes(1);
  });

  it('keeps dark=on dark and dark=off light whatever the system says', () => {
    fakeColourScheme(true);
    const stop = applyTheme('off');
    expect(document.documentElement.dataset.theme).toBe('light');
    stop();
    applyTheme('on')();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
