import { useCallback, useEffect, useRef, useState } from 'react';
import { whenQuiet } from '../lib/quiet';

/**
 * MapLibre 6 has no `supported()`: try to open a WebGL context on a throwaway canvas.
 * `failIfMajorPerformanceCaveat` is left off on purpose (software WebGL draws this map fine).
 */
function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** How long a lost WebGL context may take to come back before we switch to the SVG map. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 3000;

/** Whether WebGL works here (`available`: null until known), and `ask` for an answer now. */
export interface WebGLSupport {
  available: boolean | null;
  ask: () => boolean;
}

/**
 * Whether WebGL works here: asked at the first quiet moment after the first view, or at once when
 * a reader asks for the interactive map before then (`ask`), so that no intent is dropped. Opening
 * a context takes 20–130 ms under software GL: asked in the first render, or by a timer right
 * after it, it delayed the map's first drawing (the boundaries are usually there by then).
 */
export function useWebGLSupport(): WebGLSupport {
  const [available, setAvailable] = useState<boolean | null>(null);
  const known = useRef<boolean | null>(null);
  const ask = useCallback(() => {
    known.current ??= hasWebGL();
    setAvailable(known.current);
    return known.current;
  }, []);
  useEffect(() => whenQuiet(() => void ask()), [ask]);
  return { available, ask };
}
