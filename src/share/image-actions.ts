import type { Lang } from '../data/vocabulary';
import type { Selection } from '../state/types';
import { downloadPng, downloadSvg, exportFileName } from './export-image';

/** Runs a Download SVG/PNG action on the figure; resolves to the i18n key of the status to announce. */
export async function downloadFigure(svg: SVGSVGElement | null, format: 'svg' | 'png', selection: Selection, lang: Lang): Promise<'embed.download.done' | 'embed.download.failed'> {
  if (!svg) return 'embed.download.failed';
  try {
    const name = exportFileName(selection, lang, format);
    if (format === 'svg') downloadSvg(svg, name);
    else await downloadPng(svg, name);
    return 'embed.download.done';
  } catch (error) {
    console.warn('[embed] image export failed', error);
    return 'embed.download.failed';
  }
}
