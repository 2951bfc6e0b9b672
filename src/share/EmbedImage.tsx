import { useRef } from 'react';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import type { YearRange } from '../partners/timeline';
import type { Selection } from '../state/types';
import { StaticFigure } from '../svg/StaticFigure';
import { DEFAULT_STATIC_WIDTH } from '../svg/static-layout';
import { useGeo } from '../svg/use-geo';
import { useCoreData } from '../view/bundle-context';
import type { Filters } from '../view/visible';
import { downloadFigure } from './image-actions';
import { useFigurePreview } from './use-figure-preview';

export interface EmbedImageProps {
  baseId: string;
  /** The dialog is open: the boundaries are loaded and the preview drawn only then. */
  open: boolean;
  uiLang: Lang;
  /** The embed's view: its language, selection, filters and years. */
  lang: Lang;
  selection: Selection;
  filters: Pick<Filters, 'sectors' | 'relationships'>;
  years: YearRange | null;
  headline: string | undefined;
  caption: string | undefined;
  onStatus: (message: string) => void;
}

/**
 * The Embed dialog's image: the printable figure of the embed's view (from the data channel),
 * shown as one decoded image, with Download SVG and PNG.
 */
export function EmbedImage({ baseId, open, uiLang, lang, selection, filters, years, headline, caption, onStatus }: EmbedImageProps) {
  const data = useCoreData();
  const geo = useGeo(open);
  const figure = useRef<SVGSVGElement>(null);
  const preview = useRef<HTMLImageElement>(null);
  useFigurePreview(figure, preview, [open, data, geo, lang, selection, filters, years, headline, caption]);
  const download = async (format: 'svg' | 'png') => onStatus(t(uiLang, await downloadFigure(figure.current, format, selection, lang)));
  return (
    <section className="embed-code" aria-labelledby={`${baseId}-image`}>
      <h3 id={`${baseId}-image`}>{t(uiLang, 'embed.image')}</h3>
      {/* The figure itself is not painted: a live SVG of the whole map costs seconds per frame
          to rasterise without a GPU. Readers see it as one image, decoded once. */}
      <div className="embed-preview">{geo && <img ref={preview} alt={t(uiLang, 'embed.preview.alt')} width={DEFAULT_STATIC_WIDTH} />}</div>
      <div hidden>
        {geo && (
          <StaticFigure
            ref={figure}
            geo={geo}
            width={DEFAULT_STATIC_WIDTH}
            lang={lang}
            selection={selection}
            filters={filters}
            years={years}
            interactive={false}
            {...(headline ? { headline } : {})}
            {...(caption ? { caption } : {})}
          />
        )}
      </div>
      <div className="embed-actions">
        <button type="button" onClick={() => void download('svg')} disabled={!geo}>
          {t(uiLang, 'embed.download.svg')}
        </button>
        <button type="button" onClick={() => void download('png')} disabled={!geo}>
          {t(uiLang, 'embed.download.png')}
        </button>
      </div>
    </section>
  );
}
