import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { whenQuiet } from '../lib/quiet';

/**
 * Draws its children once the browser has a quiet moment after the first view. The overview's
 * long sections below the fold (the timeline, the localities looking for partners, the forum's
 * texts: ~1,200 of its ~1,400 elements) were a large share of the full app's first render, and
 * the map waited for them; they appear a moment later, before a reader scrolls down to them.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const shown = useAfterFirstView();
  return shown ? children : null;
}

/** False in the first view, true from the next quiet moment (for a detail the first view can do without). */
export function useAfterFirstView(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => whenQuiet(() => startTransition(() => setShown(true))), []);
  return shown;
}
