/** Resolves at the browser's next quiet moment (Safari has no requestIdleCallback: a short timer). */
function quietMoment(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else window.setTimeout(resolve, 100);
  });
}

// Tasks wait in one line, each for a quiet moment after the one before: run together right after
// the first paint, they were one long task (Lighthouse's blocking time) instead of several short ones.
let line: Promise<void> = Promise.resolve();

/**
 * Runs `task` at a quiet moment after the ones queued before it, i.e. after the first view has been
 * drawn. Returns a function that cancels it (for an effect's cleanup).
 */
export function whenQuiet(task: () => void): () => void {
  let cancelled = false;
  // A task cancelled before its turn (its part unmounted) gives its place up at once.
  line = line.then(() =>
    cancelled
      ? undefined
      : quietMoment().then(() => {
          if (!cancelled) task();
        }),
  );
  return () => {
    cancelled = true;
  };
}
