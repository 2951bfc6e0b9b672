/**
 * MapLibre 6 has no `supported()`: try to open a WebGL context on a throwaway canvas.
 * `failIfMajorPerformanceCaveat` is left off on purpose (software WebGL draws this map fine).
 */
export function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** How long a lost WebGL context may take to come back before we switch to the SVG map. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 3000;
