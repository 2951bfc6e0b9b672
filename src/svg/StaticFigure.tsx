import type { YearRange } from '../partners/timeline';
import { forwardRef, useMemo } from 'react';
import { describeView } from '../embed/caption';
import { isFiltered, selectVisible, type Filters } from '../view/visible';
import type { Lang } from '../data/vocabulary';
import type { GeoLayers } from '../geo/boundaries';
import { CATEGORIES } from '../geo/encoding';
import { useCoreData } from '../view/bundle-context';
import { LIGHT } from '../view/palette';
import { t } from '../i18n';
import { SvgMap } from './SvgMap';
import type { Selection } from '../state/types';
import { creditCharsFor, staticLayout, wrapText } from './static-layout';

export interface StaticFigureProps {
  geo: GeoLayers;
  width: number;
  lang: Lang;
  selection: Selection;
  filters: Pick<Filters, 'sectors' | 'relationships'>;
  /** The year range in force: only its documents are drawn and counted, and the title names it. */
  years?: YearRange | null;
  /** False for previews: provinces and arcs do nothing when clicked (wrap the preview in `inert`). */
  interactive?: boolean;
  /** The journalist's headline and caption (the Embed dialog's); else both are written from the view. */
  headline?: string;
  caption?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans JP', sans-serif";
const INK = '#1d2430';
const MUTED = '#59626e';
const noop = () => {};

/**
 * SVG text does not wrap: a line whose estimated width passes `width` is squeezed to it
 * (`textLength`), so a long headline stays whole and inside the image. Latin glyphs average about
 * 0.56 of the font size; CJK glyphs are square.
 */
function fitLine(text: string, size: number, width: number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  let estimate = 0;
  for (const char of text) estimate += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? size : size * 0.56;
  return estimate > width ? { textLength: width, lengthAdjust: 'spacingAndGlyphs' } : {};
}

/**
 * The current view as one self-contained SVG: title, the SVG map (src/svg/SvgMap, read-only
 * here), legend and credits, all with presentation attributes so the serialised file needs no
 * stylesheet. Used by `?static=1` and by the Download SVG/PNG actions.
 */
export const StaticFigure = forwardRef<SVGSVGElement, StaticFigureProps>(function StaticFigure({ geo, width, lang, selection, filters, years = null, interactive = true, headline, caption }, ref) {
  const data = useCoreData();
  const { bundle } = data;
  const visible = useMemo(() => selectVisible(bundle.pairs, { ...filters, years }), [bundle.pairs, filters, years]);
  const written = useMemo(() => describeView(data, selection, { ...filters, years }, lang), [data, selection, filters, years, lang]);
  const filtered = isFiltered({ ...filters, years });
  const credit = `${t(lang, 'static.credit')} ${t(lang, 'embed.attribution')}`;
  const chars = lang === 'ja' ? Math.floor(creditCharsFor(width) * 0.55) : creditCharsFor(width);
  const creditLines = wrapText(credit, chars);
  const layout = staticLayout(width, creditLines.length);
  const { padding, legend } = layout;
  // The same headline and caption as the embed of this view (src/embed/caption.ts).
  const title = headline ?? written.headline;
  const subtitle = caption ?? written.caption;
  const textWidth = layout.width - 2 * padding;

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`${title}. ${subtitle}`}
      fontFamily={FONT}
      data-testid="static:figure"
    >
      <title>{title}</title>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      <text x={padding} y={layout.title.y} fontSize={layout.title.size} fontWeight={700} fill={INK} {...fitLine(title, layout.title.size, textWidth)} data-testid="static:headline">
        {title}
      </text>
      <text x={padding} y={layout.subtitle.y} fontSize={layout.subtitle.size} fill={MUTED} {...fitLine(subtitle, layout.subtitle.size, textWidth)} data-testid="static:caption">
        {subtitle}
      </text>
      <g transform={`translate(0 ${layout.map.y})`}>
        <SvgMap
          geo={geo}
          visible={visible}
          filtered={filtered}
          width={layout.map.width}
          height={layout.map.height}
          lang={lang}
          selection={selection}
          {...(interactive ? {} : { onSelectLocality: noop, onSelectPair: noop, onSelectRegion: noop, onClear: noop })}
        />
      </g>
      <g fontSize={11.5} fill={INK}>
        <text x={padding} y={legend.y} fontWeight={600}>
          {t(lang, 'map.legend.width')}
        </text>
        <text x={padding} y={legend.fillY + 8} fill={MUTED}>
          {t(lang, 'map.legend.circles')}
        </text>
        <text x={padding} y={legend.arcsY - 8} fontWeight={600}>
          {t(lang, 'map.legend.arcs')}
        </text>
        {CATEGORIES.map((category, i) => {
          const column = i % legend.columns;
          const row = Math.floor(i / legend.columns);
          const x = padding + column * legend.columnWidth;
          const y = legend.arcsY + row * legend.rowHeight;
          return (
            <g key={category} transform={`translate(${x} ${y})`}>
              <line x1={0} x2={24} y1={5} y2={5} stroke={LIGHT.arcs[category]} strokeWidth={2.4} strokeLinecap="round" />
              <text x={30} y={9}>
                {t(lang, `map.category.${category}`)}
              </text>
            </g>
          );
        })}
        {/* As on screen: the colour swatches are solid; dashes mean only "no signed document". */}
        <line
          x1={padding}
          x2={padding + 24}
          y1={legend.arcsY + Math.ceil(CATEGORIES.length / legend.columns) * legend.rowHeight + 5}
          y2={legend.arcsY + Math.ceil(CATEGORIES.length / legend.columns) * legend.rowHeight + 5}
          stroke={MUTED}
          strokeWidth={1.6}
          strokeDasharray="4 3"
        />
        <text x={padding + 30} y={legend.arcsY + Math.ceil(CATEGORIES.length / legend.columns) * legend.rowHeight + 9} fill={MUTED}>
          {t(lang, 'map.legend.dashed')}
        </text>
      </g>
      <g fontSize={layout.credits.size} fill={MUTED}>
        {creditLines.map((line, i) => (
          <text key={i} x={padding} y={layout.credits.y + i * (layout.credits.size + 4)}>
            {line}
          </text>
        ))}
      </g>
    </svg>
  );
});
