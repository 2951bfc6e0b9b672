import { useEffect, type DependencyList, type RefObject } from 'react';
import { serializeSvg } from './export-image';

/**
 * Shows `figure` in `image` as the file Download SVG writes: serialised after every render that
 * changes one of `deps` (the figure must be in the DOM first, hence an effect), through a blob URL
 * that is revoked when replaced. The figure itself need not be painted.
 */
export function useFigurePreview(figure: RefObject<SVGSVGElement | null>, image: RefObject<HTMLImageElement | null>, deps: DependencyList): void {
  useEffect(() => {
    const svg = figure.current;
    const img = image.current;
    if (!svg || !img) return;
    const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }));
    img.setAttribute('src', url);
    return () => URL.revokeObjectURL(url);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the figure depends on
  }, deps);
}
