import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from './camera';

/** The element's size in CSS pixels, following resizes; a new object only when it changed. */
export function useSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((old) => {
        const next = { width: Math.max(1, el.clientWidth), height: Math.max(1, el.clientHeight) };
        return old && old.width === next.width && old.height === next.height ? old : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
