import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Draws its children once the browser has a quiet moment after the first view. The overview's
 * long sections below the fold (the timeline, the localities looking for partners, the forum's
 * texts: ~1,200 of its ~1,400 elements) were a large share of the full app's first render, and
 * the map waited for them; they appear a moment later, before a reader scrolls down to them.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const reveal = () => startTransition(() => setShown(true));
    // Safari has no requestIdleCallback: a short timer does the same job there.
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(reveal, { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = window.setTimeout(reveal, 100);
    return () => window.clearTimeout(id);
  }, []);
  return shown ? children : null;
}
