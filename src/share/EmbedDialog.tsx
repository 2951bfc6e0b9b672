import '../styles/theme.css';
import '../styles/embed-dialog.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IndexedCore } from '../data/selectors';
import { t } from '../i18n';
import { uiState, useStore } from '../state/store';
import type { DarkMode } from '../state/types';
import { copyText } from './clipboard';
import { downloadFigure } from './image-actions';
import { useFigurePreview } from './use-figure-preview';
import { DEFAULT_IFRAME_HEIGHT, snippetBaseUrl, embedUrl, iframeSnippet, loaderSnippet, type EmbedChoices } from './snippet';
import { StaticFigure } from '../svg/StaticFigure';
import { DEFAULT_STATIC_WIDTH } from '../svg/static-layout';
import { useGeo } from '../svg/use-geo';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The bundle the figure draws; the app passes the one its panels use. */
  data: IndexedCore;
  /** The page URL the embed code is built from; defaults to `location.href`. */
  pageHref?: string;
}

const DARK_MODES: readonly DarkMode[] = ['off', 'on', 'auto'];

/** One code block: heading, help, read-only textarea and a Copy button. */
function CodeBlock({ id, title, help, code, onCopy }: { id: string; title: string; help: string; code: string; onCopy: (code: string, area: HTMLTextAreaElement | null) => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const lang = useStore((s) => s.lang);
  return (
    <section className="embed-code" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        ref={area}
        readOnly
        rows={4}
        spellCheck={false}
        value={code}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        data-testid={`embed:code-${id.split('-').pop()}`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={() => onCopy(code, area.current)}>
          {t(lang, 'embed.copy')}
        </button>
      </div>
    </section>
  );
}

/**
 * The Embed dialog (a native modal `<dialog>`: focus stays inside, Escape closes, focus returns
 * to the opener). It writes the code for the current view, from the store: a plain iframe and
 * the iframe + loader variant, with copy buttons, and offers the view as SVG or PNG.
 */
export function EmbedDialog({ open, onClose, data, pageHref }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const figure = useRef<SVGSVGElement>(null);
  const baseId = useId().replace(/:/g, '');
  const state = useStore();
  const { lang, selection, sectors, relationships } = state;
  const [choices, setChoices] = useState<EmbedChoices>({ plain: false, dark: 'off' });
  const [status, setStatus] = useState('');
  const geo = useGeo(open);
  const filters = useMemo(() => ({ sectors, relationships }), [sectors, relationships]);
  const years = useStore((s) => s.years);
  const preview = useRef<HTMLImageElement>(null);
  useFigurePreview(figure, preview, [open, data, geo, lang, selection, filters, years]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setStatus('');
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);

  const baseUrl = snippetBaseUrl(import.meta.env.VITE_PUBLIC_URL as string | undefined, pageHref ?? window.location.href, import.meta.env.BASE_URL);
  const url = embedUrl(baseUrl, uiState(state), choices);
  const input = { url, title: t(lang, 'embed.iframe-title'), height: DEFAULT_IFRAME_HEIGHT };

  const copy = async (code: string, area: HTMLTextAreaElement | null) => {
    const ok = await copyText(code, area);
    setStatus(t(lang, ok ? 'embed.copied' : 'embed.copy-failed'));
  };
  const download = async (format: 'svg' | 'png') => setStatus(t(lang, await downloadFigure(figure.current, format, selection, lang)));

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${baseId}-title`}
      lang={lang}
      onClose={onClose}
      data-testid="embed:dialog"
    >
      {open && (
        <div className="embed-dialog-inner">
          <header>
            <h2 id={`${baseId}-title`}>{t(lang, 'embed.dialog.title')}</h2>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t(lang, 'embed.dialog.close')}
            </button>
          </header>
          <p>{t(lang, 'embed.dialog.intro')}</p>
          <fieldset>
            <label>
              <input
                type="checkbox"
                checked={choices.plain}
                onChange={(event) => setChoices({ ...choices, plain: event.currentTarget.checked })}
              />{' '}
              {t(lang, 'embed.option.plain')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={choices.timeline === true}
                onChange={(event) => setChoices({ ...choices, timeline: event.currentTarget.checked })}
                data-testid="embed:option-timeline"
              />{' '}
              {t(lang, 'timeline.embed.option')}
            </label>
            <label>
              {t(lang, 'embed.option.theme')}{' '}
              <select
                value={choices.dark}
                onChange={(event) => setChoices({ ...choices, dark: event.currentTarget.value as DarkMode })}
              >
                {DARK_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {t(lang, `embed.theme.${mode}`)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <CodeBlock
            id={`${baseId}-loader`}
            title={t(lang, 'embed.code.loader')}
            help={t(lang, 'embed.code.loader.help', { height: String(DEFAULT_IFRAME_HEIGHT) })}
            code={loaderSnippet(input, baseUrl)}
            onCopy={copy}
          />
          <CodeBlock
            id={`${baseId}-iframe`}
            title={t(lang, 'embed.code.iframe')}
            help={t(lang, 'embed.code.iframe.help')}
            code={iframeSnippet(input)}
            onCopy={copy}
          />
          <section className="embed-code" aria-labelledby={`${baseId}-image`}>
            <h3 id={`${baseId}-image`}>{t(lang, 'embed.image')}</h3>
            {/* The figure itself is not painted: a live SVG of the whole map costs seconds per frame
                to rasterise without a GPU. Readers see it as one image, decoded once. */}
            <div className="embed-preview">
              {geo && <img ref={preview} alt={t(lang, 'embed.preview.alt')} width={DEFAULT_STATIC_WIDTH} />}
            </div>
            <div hidden>
              {geo && (
                <StaticFigure
                  ref={figure}
                  data={data}
                  geo={geo}
                  width={DEFAULT_STATIC_WIDTH}
                  lang={lang}
                  selection={selection}
                  filters={filters}
                  years={years}
                  interactive={false}
                />
              )}
            </div>
            <div className="embed-actions">
              <button type="button" onClick={() => void download('svg')} disabled={!geo}>
                {t(lang, 'embed.download.svg')}
              </button>
              <button type="button" onClick={() => void download('png')} disabled={!geo}>
                {t(lang, 'embed.download.png')}
              </button>
            </div>
          </section>
          <p className="embed-status" role="status" aria-live="polite" data-testid="embed:status">
            {status}
          </p>
        </div>
      )}
    </dialog>
  );
}
