import '../styles/theme.css';
import '../styles/tool-buttons.css';
import '../styles/embed-dialog.css';
import '../styles/embed-chrome.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IndexedCore } from '../data/selectors';
import { LANGS, type Lang } from '../data/vocabulary';
import { describeView } from '../embed/caption';
import { endonym, t } from '../i18n';
import { sectorLabel } from '../i18n/names';
import { uiState, useStore } from '../state/store';
import type { DarkMode, Selection, StartLevel } from '../state/types';
import { START_LEVELS } from '../state/url-params';
import { copyText } from './clipboard';
import { downloadFigure } from './image-actions';
import { useFigurePreview } from './use-figure-preview';
import { appBaseUrl, DEFAULT_IFRAME_HEIGHT, IFRAME_HEIGHT_RANGE, parseIframeHeight, snippetBaseUrl, embedUrl, iframeSnippet, loaderSnippet, withEmbedView, type EmbedChoices } from './snippet';
import { EmbedSelectionPicker } from './EmbedSelectionPicker';
import { EmbedTextField, linkText } from './EmbedTextField';
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
      {/* A <label> as well as the heading: a read-only field still needs a visible label of its own. */}
      <h3 id={`${id}-title`}>
        <label htmlFor={`${id}-code`}>{title}</label>
      </h3>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={`${id}-code`}
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

/** How long the live preview waits after the last change before it reloads (typing a headline reloads it once). */
const PREVIEW_SETTLE_MS = 500;

/** `value`, once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

interface Texts {
  headline: string;
  caption: string;
  notes: string;
}
const NO_TEXTS: Texts = { headline: '', caption: '', notes: '' };

/** The view the dialog changes: undefined follows the app's current view. */
interface ViewChoice {
  lang?: Lang;
  sectors?: readonly string[];
  selection?: Selection;
}

/**
 * The Embed dialog (a native modal `<dialog>`: focus stays inside, Escape closes, focus returns
 * to the opener). It starts from the current view and lets the journalist write the headline,
 * caption and notes and choose the language, sectors, selection, opening level, colours, height
 * and parts; a live preview frames the embed, and the code (a plain iframe, and the iframe +
 * loader variant, with copy buttons) and the SVG/PNG image follow every choice.
 */
export function EmbedDialog({ open, onClose, data, pageHref }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const figure = useRef<SVGSVGElement>(null);
  const baseId = useId().replace(/:/g, '');
  const state = useStore();
  const uiLang = state.lang;
  const [choices, setChoices] = useState<EmbedChoices>({ plain: false, dark: 'off' });
  const [texts, setTexts] = useState<Texts>(NO_TEXTS);
  const [view, setView] = useState<ViewChoice>({});
  const [heightText, setHeightText] = useState(String(DEFAULT_IFRAME_HEIGHT));
  const [status, setStatus] = useState('');
  const geo = useGeo(open);
  // One object per change of the app's view or of the dialog's: the figure and texts memoise on it.
  const embedState = useMemo(() => withEmbedView(uiState(state), view), [state, view]);
  const { lang, selection, sectors, years } = embedState;
  const filters = useMemo(() => ({ sectors: embedState.sectors, relationships: embedState.relationships }), [embedState]);
  const written = useMemo(() => describeView(data, embedState.selection, embedState, embedState.lang), [data, embedState]);
  const edited: EmbedChoices = { ...choices, headline: linkText('headline', texts.headline), caption: linkText('caption', texts.caption), notes: linkText('notes', texts.notes) };
  const height = parseIframeHeight(heightText);
  const preview = useRef<HTMLImageElement>(null);
  useFigurePreview(figure, preview, [open, data, geo, lang, selection, filters, years, edited.headline, edited.caption]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setStatus('');
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);

  const baseUrl = snippetBaseUrl(import.meta.env.VITE_PUBLIC_URL as string | undefined, pageHref ?? window.location.href, import.meta.env.BASE_URL);
  const url = embedUrl(baseUrl, embedState, edited);
  const input = { url, title: t(lang, 'embed.iframe-title'), height: height ?? DEFAULT_IFRAME_HEIGHT };
  // The preview frames this site's own copy of the embed: the published address may be another origin.
  const previewUrl = useSettled(embedUrl(appBaseUrl(window.location.href, import.meta.env.BASE_URL), embedState, edited), PREVIEW_SETTLE_MS);

  const copy = async (code: string, area: HTMLTextAreaElement | null) => {
    const ok = await copyText(code, area);
    setStatus(t(uiLang, ok ? 'embed.copied' : 'embed.copy-failed'));
  };
  const download = async (format: 'svg' | 'png') => setStatus(t(uiLang, await downloadFigure(figure.current, format, selection, lang)));
  const chosenSectors = new Set(sectors);
  const toggleSector = (id: string) => setView({ ...view, sectors: chosenSectors.has(id) ? sectors.filter((s) => s !== id) : [...sectors, id] });

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${baseId}-title`} lang={uiLang} onClose={onClose} data-testid="embed:dialog">
      {open && (
        <div className="embed-dialog-inner">
          <header>
            <h2 id={`${baseId}-title`}>{t(uiLang, 'embed.dialog.title')}</h2>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t(uiLang, 'embed.dialog.close')}
            </button>
          </header>
          <p>{t(uiLang, 'embed.dialog.intro')}</p>
          <section className="embed-edit" aria-labelledby={`${baseId}-edit`}>
            <h3 id={`${baseId}-edit`}>{t(uiLang, 'embed.edit.heading')}</h3>
            <EmbedTextField field="headline" value={texts.headline} written={written.headline} lang={uiLang} onChange={(headline) => setTexts({ ...texts, headline })} />
            <EmbedTextField field="caption" value={texts.caption} written={written.caption} lang={uiLang} onChange={(caption) => setTexts({ ...texts, caption })} />
            <EmbedTextField field="notes" value={texts.notes} written="" lang={uiLang} onChange={(notes) => setTexts({ ...texts, notes })} />
            <div className="embed-edit-row">
              <label className="embed-edit-field">
                <span>{t(uiLang, 'embed.edit.language')}</span>
                <select value={lang} onChange={(event) => setView({ ...view, lang: event.currentTarget.value as Lang })} data-testid="embed:edit-lang">
                  {LANGS.map((code) => (
                    <option key={code} value={code} lang={code}>
                      {endonym(code)}
                    </option>
                  ))}
                </select>
              </label>
              <EmbedSelectionPicker data={data} lang={lang} uiLang={uiLang} value={view.selection} onChange={(picked) => setView({ ...view, selection: picked })} />
            </div>
            <fieldset className="embed-edit-sectors" data-testid="embed:edit-sectors">
              <legend>{t(uiLang, 'embed.edit.sectors')}</legend>
              {data.bundle.sectors.map((sector) => (
                <label key={sector.id}>
                  <input type="checkbox" checked={chosenSectors.has(sector.id)} onChange={() => toggleSector(sector.id)} /> {sectorLabel(sector, sector.id, uiLang)}
                </label>
              ))}
            </fieldset>
            <div className="embed-edit-row">
              <label className="embed-edit-field">
                <span>{t(uiLang, 'embed.edit.level')}</span>
                <select value={choices.startLevel ?? 'regions'} onChange={(event) => setChoices({ ...choices, startLevel: event.currentTarget.value as StartLevel })} data-testid="embed:edit-level">
                  {START_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(uiLang, `embed.level.${level}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="embed-edit-field">
                <span>{t(uiLang, 'embed.option.theme')}</span>
                <select value={choices.dark} onChange={(event) => setChoices({ ...choices, dark: event.currentTarget.value as DarkMode })} data-testid="embed:edit-theme">
                  {DARK_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(uiLang, `embed.theme.${mode}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="embed-edit-field">
                <span>{t(uiLang, 'embed.edit.height')}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={IFRAME_HEIGHT_RANGE.min}
                  max={IFRAME_HEIGHT_RANGE.max}
                  step={10}
                  value={heightText}
                  aria-invalid={height === null}
                  aria-describedby={height === null ? `${baseId}-height-error` : undefined}
                  onChange={(event) => setHeightText(event.currentTarget.value)}
                  data-testid="embed:edit-height"
                />
                {height === null && (
                  <span id={`${baseId}-height-error`} className="error" role="alert">
                    {t(uiLang, 'embed.edit.height.invalid', { min: IFRAME_HEIGHT_RANGE.min, max: IFRAME_HEIGHT_RANGE.max, height: DEFAULT_IFRAME_HEIGHT })}
                  </span>
                )}
              </label>
            </div>
          </section>
          <fieldset>
            <label>
              <input type="checkbox" checked={choices.plain} onChange={(event) => setChoices({ ...choices, plain: event.currentTarget.checked })} /> {t(uiLang, 'embed.option.plain')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={!choices.hideChips}
                disabled={choices.plain}
                onChange={(event) => setChoices({ ...choices, hideChips: !event.currentTarget.checked })}
                data-testid="embed:option-chips"
              />{' '}
              {t(uiLang, 'embed.option.chips')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={!choices.hideDetails}
                disabled={choices.plain}
                onChange={(event) => setChoices({ ...choices, hideDetails: !event.currentTarget.checked })}
                data-testid="embed:option-details"
              />{' '}
              {t(uiLang, 'embed.option.details')}
            </label>
            <label>
              <input type="checkbox" checked={choices.timeline === true} onChange={(event) => setChoices({ ...choices, timeline: event.currentTarget.checked })} data-testid="embed:option-timeline" />{' '}
              {t(uiLang, 'timeline.embed.option')}
            </label>
          </fieldset>
          <section className="embed-code" aria-labelledby={`${baseId}-preview`}>
            <h3 id={`${baseId}-preview`}>{t(uiLang, 'embed.preview')}</h3>
            <div className="embed-live-preview">
              <iframe src={previewUrl} title={t(uiLang, 'embed.preview.title')} height={input.height} loading="lazy" data-testid="embed:live-preview" />
            </div>
          </section>
          <CodeBlock
            id={`${baseId}-loader`}
            title={t(uiLang, 'embed.code.loader')}
            help={t(uiLang, 'embed.code.loader.help', { height: String(input.height) })}
            code={loaderSnippet(input, baseUrl)}
            onCopy={copy}
          />
          <CodeBlock id={`${baseId}-iframe`} title={t(uiLang, 'embed.code.iframe')} help={t(uiLang, 'embed.code.iframe.help')} code={iframeSnippet(input)} onCopy={copy} />
          <section className="embed-code" aria-labelledby={`${baseId}-image`}>
            <h3 id={`${baseId}-image`}>{t(uiLang, 'embed.image')}</h3>
            {/* The figure itself is not painted: a live SVG of the whole map costs seconds per frame
                to rasterise without a GPU. Readers see it as one image, decoded once. */}
            <div className="embed-preview">{geo && <img ref={preview} alt={t(uiLang, 'embed.preview.alt')} width={DEFAULT_STATIC_WIDTH} />}</div>
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
                  {...(edited.headline ? { headline: edited.headline } : {})}
                  {...(edited.caption ? { caption: edited.caption } : {})}
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
          <p className="embed-status" role="status" aria-live="polite" data-testid="embed:status">
            {status}
          </p>
        </div>
      )}
    </dialog>
  );
}
