import { startTransition, useEffect, useState, type ReactNode } from 'react';

/** Resolves at the browser's next quiet moment (Safari has no requestIdleCallback: a short timer). */
function quietMoment(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else window.setTimeout(resolve, 100);
  });
}

// Parts wait in one line, each for a quiet moment after the one before: drawn together, their
// ~1,200 elements were one long task right after the first paint (Lighthouse's blocking time).
let line: Promise<void> = Promise.resolve();

/**
 * Draws its children once the browser has a quiet moment after the first view. The overview's
 * long sections below the fold (the timeline, the localities looking for partners, the forum's
 * texts: ~1,200 of its ~1,400 elements) were a large share of the full app's first render, and
 * the map waited for them; they appear a moment later, before a reader scrolls down to them.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let cancelled = false;
    line = line.then(quietMoment).then(() => {
      if (!cancelled) startTransition(() => setShown(true));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return shown ? children : null;
}
