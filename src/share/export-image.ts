import { downloadBlob } from '../lib/download';
import type { Selection } from '../state/types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Presentation properties copied from computed style, so the file looks like the page without its CSS. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/**
 * A stand-alone SVG document for `svg`: namespaces declared and each element's computed
 * presentation styles written as presentation attributes (the page's stylesheets and CSS variables do not travel with the file).
 */
export function serializeSvg(svg: SVGSVGElement, win: Window = window): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('xmlns:xlink', XLINK_NS);
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = win.getComputedStyle(original);
    // Presentation attributes, not a style attribute: the site's CSP (no style-src
    // 'unsafe-inline', scripts/lib/csp.ts) blocks style attributes even on a detached clone.
    for (const name of INLINED) {
      const value = computed.getPropertyValue(name);
      if (value !== '') copy.setAttribute(name, value);
    }
  });
  clone.removeAttribute('class');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The pixel size an SVG draws at: its width/height attributes, else its viewBox. */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return { width: box[2] && box[2] > 0 ? box[2] : 800, height: box[3] && box[3] > 0 ? box[3] : 600 };
}

/** `kizuna-<selection>-<lang>.<ext>`, or `kizuna-overview-…` with nothing selected. */
export function exportFileName(selection: Selection, lang: string, ext: 'svg' | 'png'): string {
  const what = selection.kind === 'none' ? 'overview' : selection.id.replace(/[^a-z0-9-]/gi, '');
  return `kizuna-${what}-${lang}.${ext}`;
}

/**
 * Rasterises an SVG document at `scale`× (2 by default, for sharp print and retina):
 * 1. wrap the text in a blob URL (allowed by the CSP's `img-src blob:`);
 * 2. load it into an Image;
 * 3. draw it on a canvas over the given background;
 * 4. `canvas.toBlob` as PNG.
 */
async function svgToPng(svgText: string, size: { width: number; height: number }, options: { scale?: number; background?: string; doc?: Document } = {}): Promise<Blob> {
  const { scale = 2, background = '#ffffff', doc = document } = options;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available.');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Serialises `svg` and downloads it as an .svg file. */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Serialises `svg`, rasterises it at 2× and downloads it as a .png file. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, background?: string): Promise<void> {
  const blob = await svgToPng(serializeSvg(svg), svgSize(svg), { background });
  downloadBlob(blob, fileName);
}
