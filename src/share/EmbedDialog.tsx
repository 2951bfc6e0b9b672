import '../styles/theme.css';
import '../styles/tool-buttons.css';
import '../styles/embed-dialog.css';
import '../styles/embed-chrome.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Lang } from '../data/vocabulary';
import { describeView } from '../embed/caption';
import { t } from '../i18n';
import { sectorLabel } from '../i18n/names';
import { uiState, useStore } from '../state/store';
import type { Selection } from '../state/types';
import { useCoreData } from '../view/bundle-context';
import { copyText } from './clipboard';
import { EmbedCodeBlock } from './EmbedCodeBlock';
import { EmbedImage } from './EmbedImage';
import { EmbedLookControls, EmbedPartsControls } from './EmbedLookControls';
import { EmbedSelectionPicker } from './EmbedSelectionPicker';
import { EmbedTextField, linkText } from './EmbedTextField';
import { LanguageOptions } from '../panels/LanguageSwitcher';
import { appBaseUrl, DEFAULT_IFRAME_HEIGHT, embedUrl, iframeSnippet, loaderSnippet, parseIframeHeight, snippetBaseUrl, withEmbedView, type EmbedChoices } from './snippet';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The page URL the embed code is built from; defaults to `location.href`. */
  pageHref?: string;
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
export function EmbedDialog({ open, onClose, pageHref }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const baseId = useId().replace(/:/g, '');
  const uiLang = useStore((s) => s.lang);
  // What the journalist chose and wrote lives here, so that closing and reopening the dialog keeps it.
  const [choices, setChoices] = useState<EmbedChoices>({ plain: false, dark: 'off' });
  const [texts, setTexts] = useState<Texts>(NO_TEXTS);
  const [view, setView] = useState<ViewChoice>({});
  const [heightText, setHeightText] = useState(String(DEFAULT_IFRAME_HEIGHT));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${baseId}-title`} lang={uiLang} onClose={onClose} data-testid="embed:dialog">
      {/* Drawn only while open: closed, it would follow every change of the view for nothing. */}
      {open && (
        <EmbedDialogBody
          baseId={baseId}
          pageHref={pageHref}
          onCloseRequest={() => dialog.current?.close()}
          chosen={{ choices, texts, view, heightText }}
          set={{ setChoices, setTexts, setView, setHeightText }}
        />
      )}
    </dialog>
  );
}

interface BodyProps {
  baseId: string;
  pageHref: string | undefined;
  onCloseRequest: () => void;
  chosen: { choices: EmbedChoices; texts: Texts; view: ViewChoice; heightText: string };
  set: {
    setChoices: (choices: EmbedChoices) => void;
    setTexts: (texts: Texts) => void;
    setView: (view: ViewChoice) => void;
    setHeightText: (text: string) => void;
  };
}

/** The open dialog's contents: the controls, the live preview, the code and the image, from the current view. */
function EmbedDialogBody({ baseId, pageHref, onCloseRequest, chosen, set }: BodyProps) {
  const { choices, texts, view, heightText } = chosen;
  const { setChoices, setTexts, setView, setHeightText } = set;
  const state = useStore();
  const uiLang = state.lang;
  const [status, setStatus] = useState('');
  const data = useCoreData();
  // One object per change of the app's view or of the dialog's: the figure and texts memoise on it.
  const embedState = useMemo(() => withEmbedView(uiState(state), view), [state, view]);
  const { lang, selection, sectors, years } = embedState;
  const filters = useMemo(() => ({ sectors: embedState.sectors, relationships: embedState.relationships }), [embedState]);
  const written = useMemo(() => describeView(data, embedState.selection, embedState, embedState.lang), [data, embedState]);
  const edited: EmbedChoices = { ...choices, headline: linkText('headline', texts.headline), caption: linkText('caption', texts.caption), notes: linkText('notes', texts.notes) };
  const height = parseIframeHeight(heightText);

  const baseUrl = snippetBaseUrl(import.meta.env.VITE_PUBLIC_URL as string | undefined, pageHref ?? window.location.href, import.meta.env.BASE_URL);
  const url = embedUrl(baseUrl, embedState, edited);
  const input = { url, title: t(lang, 'embed.iframe-title'), height: height ?? DEFAULT_IFRAME_HEIGHT };
  // The preview frames this site's own copy of the embed: the published address may be another origin.
  const previewUrl = useSettled(embedUrl(appBaseUrl(window.location.href, import.meta.env.BASE_URL), embedState, edited), PREVIEW_SETTLE_MS);

  const copy = async (code: string, area: HTMLTextAreaElement | null) => {
    const ok = await copyText(code, area);
    setStatus(t(uiLang, ok ? 'embed.copied' : 'embed.copy-failed'));
  };
  const chosenSectors = new Set(sectors);
  const toggleSector = (id: string) => setView({ ...view, sectors: chosenSectors.has(id) ? sectors.filter((s) => s !== id) : [...sectors, id] });

  return (
    <div className="embed-dialog-inner">
      <header>
        <h2 id={`${baseId}-title`}>{t(uiLang, 'embed.dialog.title')}</h2>
        <button type="button" onClick={onCloseRequest}>
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
              <LanguageOptions />
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
        <EmbedLookControls baseId={baseId} uiLang={uiLang} choices={choices} onChoices={setChoices} heightText={heightText} onHeightText={setHeightText} />
      </section>
      <EmbedPartsControls uiLang={uiLang} choices={choices} onChoices={setChoices} />
      <section className="embed-code" aria-labelledby={`${baseId}-preview`}>
        <h3 id={`${baseId}-preview`}>{t(uiLang, 'embed.preview')}</h3>
        <div className="embed-live-preview">
          <iframe src={previewUrl} title={t(uiLang, 'embed.preview.title')} height={input.height} loading="lazy" data-testid="embed:live-preview" />
        </div>
      </section>
      <EmbedCodeBlock
        id={`${baseId}-loader`}
        title={t(uiLang, 'embed.code.loader')}
        help={t(uiLang, 'embed.code.loader.help', { height: String(input.height) })}
        code={loaderSnippet(input, baseUrl)}
        onCopy={copy}
      />
      <EmbedCodeBlock id={`${baseId}-iframe`} title={t(uiLang, 'embed.code.iframe')} help={t(uiLang, 'embed.code.iframe.help')} code={iframeSnippet(input)} onCopy={copy} />
      <EmbedImage baseId={baseId} open uiLang={uiLang} lang={lang} selection={selection} filters={filters} years={years} headline={edited.headline} caption={edited.caption} onStatus={setStatus} />
      <p className="embed-status" role="status" aria-live="polite" data-testid="embed:status">
        {status}
      </p>
    </div>
  );
}
