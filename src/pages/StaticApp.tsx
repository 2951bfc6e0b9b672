import '../styles/theme.css';
import '../styles/tool-buttons.css';
import '../styles/static-page.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../i18n';
import { uiState, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { downloadFigure } from '../share/image-actions';
import { fullMapHref } from '../share/links';
import { appBaseUrl } from '../share/snippet';
import { DEFAULT_STATIC_WIDTH, MIN_STATIC_WIDTH } from '../svg/static-layout';
import { StaticFigure } from '../svg/StaticFigure';
import { useEmbedDocument } from '../embed/use-embed-document';
import { useGeoStatus } from '../svg/use-geo';
import { LoadFailure } from '../panels/LoadFailure';

const MAX_WIDTH = 1100;

/**
 * `?static=1`: the current view as one SVG drawn with d3-geo (no WebGL), with title, legend
 * and credits inside the image, a print stylesheet, and Download SVG/PNG. Inside an iframe it
 * reports its height like the embed does.
 */
export function StaticApp() {
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const { dark, headline, caption } = useRenderFlags();
  const filters = useMemo(() => ({ sectors, relationships }), [sectors, relationships]);
  const years = useStore((s) => s.years);
  useEmbedDocument('static', dark, lang);

  const { geo, failed, retry } = useGeoStatus();
  const wrapper = useRef<HTMLDivElement>(null);
  const figure = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const measure = () => {
      const available = element.clientWidth || DEFAULT_STATIC_WIDTH;
      setWidth(Math.min(MAX_WIDTH, Math.max(MIN_STATIC_WIDTH, Math.floor(available))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const href = fullMapHref(appBaseUrl(window.location.href, import.meta.env.BASE_URL), uiState(useStore.getState()));
  const ready = Boolean(geo && width);
  const download = async (format: 'svg' | 'png') => setStatus(t(lang, await downloadFigure(figure.current, format, selection, lang)));

  return (
    <div className="static-page" lang={lang} data-testid="static">
      <h1 className="visually-hidden">{t(lang, 'app.title')}</h1>
      <main>
        <div ref={wrapper} data-testid="map" data-renderer="static" data-map-ready={ready ? 'true' : 'false'}>
          {failed && <LoadFailure lang={lang} messageKey="failure.boundaries" onRetry={retry} />}
          {geo && width && (
            <figure>
              <StaticFigure
                ref={figure}
                geo={geo}
                width={width}
                lang={lang}
                selection={selection}
                filters={filters}
                years={years}
                {...(headline ? { headline } : {})}
                {...(caption ? { caption } : {})}
              />
            </figure>
          )}
        </div>
      </main>
      <nav className="static-tools" aria-label={t(lang, 'embed.image')}>
        <button type="button" onClick={() => window.print()}>
          {t(lang, 'static.print')}
        </button>
        <button type="button" onClick={() => void download('svg')} disabled={!ready}>
          {t(lang, 'embed.download.svg')}
        </button>
        <button type="button" onClick={() => void download('png')} disabled={!ready}>
          {t(lang, 'embed.download.png')}
        </button>
        <a href={href}>{t(lang, 'static.open-interactive')}</a>
        <span className="static-status" role="status">
          {status}
        </span>
      </nav>
    </div>
  );
}
