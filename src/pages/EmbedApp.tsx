import '../panels/panels.css';
import '../styles/theme.css';
import '../styles/embed-page.css';
import '../styles/embed-chrome.css';
import { useId, useMemo } from 'react';
import { t } from '../i18n';
import { MapArea } from './MapArea';
import { useCoreData } from '../view/bundle-context';
import { loadDetails, WithDetails, type LazyCode } from '../view/data-channel';
import { selectionName } from '../i18n/names';
import { Notices } from '../panels/Notices';
import { SectorChips } from '../panels/SectorChips';
import { togglePanel, uiState, useStore } from '../state/store';
import { useRenderFlags } from '../state/render-flags';
import { fullMapHref } from '../share/links';
import { appBaseUrl } from '../share/snippet';
import { useEmbedDocument } from '../embed/use-embed-document';
import { EmbedHeader, EmbedNotes, GetDataButton } from '../embed/EmbedChrome';
import { useStoryMode } from '../embed/use-story';
import type { EmbedPanelSet } from './EmbedPanels';

/** The panels' code (./EmbedPanels), a chunk of its own: <WithDetails> loads it with the details. */
let panels: EmbedPanelSet | null = null;
const PANEL_CODE: LazyCode = {
  load: () => import('./EmbedPanels').then((module) => void (panels = module.embedPanels)),
  loaded: () => panels !== null,
};

function prefetchDetails(): void {
  void loadDetails().catch(() => undefined);
  void PANEL_CODE.load().catch(() => undefined);
}

/** Rendered below <WithDetails code={PANEL_CODE}>, which renders it only once the code is there. */
function SelectionPanel() {
  return panels && <panels.SelectionPanel />;
}

function Timeline() {
  return panels && <panels.Timeline />;
}

/** What the collapsed panel is about: the selection's name, or nothing for the overview. */
function useSelectionName(): string {
  const data = useCoreData();
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  return selectionName(selection, data, lang);
}

/** A collapsible panel: collapsed by default in an embed (the store's `panel` starts `closed`). */
function EmbedPanel() {
  const lang = useStore((s) => s.lang);
  const open = useStore((s) => s.panel === 'open');
  const name = useSelectionName();
  const bodyId = useId();
  return (
    <section className="embed-panel" data-testid="embed:panel">
      <button
        type="button"
        className="embed-panel-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={togglePanel}
        // Intent: start fetching the panel's texts before the click lands.
        onPointerEnter={prefetchDetails}
        onFocus={prefetchDetails}
        data-testid="embed:panel-toggle"
      >
        <span className="embed-panel-chevron" aria-hidden="true" />
        <span>{t(lang, open ? 'embed.panel.hide' : 'embed.panel.show')}</span>
        {name && <span className="embed-panel-name">{name}</span>}
      </button>
      <div id={bodyId} className="embed-panel-body" hidden={!open}>
        {open && (
          <WithDetails code={PANEL_CODE}>
            <SelectionPanel />
          </WithDetails>
        )}
      </div>
    </section>
  );
}

/** Notes, the link to the full map, "Get the data", what a tie and a locality agreement are, and the credits; `plain=1` keeps the link and credits only. */
function EmbedFooter({ plain }: { plain: boolean }) {
  const lang = useStore((s) => s.lang);
  const state = useStore();
  const href = useMemo(() => fullMapHref(appBaseUrl(window.location.href, import.meta.env.BASE_URL), uiState(state)), [state]);
  return (
    <footer className="embed-footer">
      {!plain && <EmbedNotes />}
      <a className="embed-full-link" href={href} target="_blank" rel="noopener" data-testid="embed:full-map">
        {t(lang, 'embed.open-full')}
        <span className="visually-hidden"> {t(lang, 'embed.new-tab')}</span>
      </a>
      {!plain && <GetDataButton loadDetails={loadDetails} />}
      {/* Folded: a fixed-height frame has no room for two more lines, and the counts are in the caption already. */}
      {!plain && (
        <details className="embed-terms">
          <summary>{t(lang, 'embed.terms.summary')}</summary>
          <p>{t(lang, 'embed.terms')}</p>
        </details>
      )}
      <p className="embed-credit">{t(lang, 'embed.credit')}</p>
      <p className="embed-attribution">{t(lang, 'embed.attribution')}</p>
    </footer>
  );
}

/**
 * The compact chrome shown at `?embed=1`: headline and caption, sector chips, the map (MapView
 * turns on cooperative gestures itself), a collapsible panel, notes, the link to the full map,
 * "Get the data" and the credits. `chips=0` and `details=0` drop the chips or the panel; `plain=1`
 * keeps only the map, the link and the credits. Its height is its content's: the page reports
 * it to the host (pym.js and AMP messages) so the iframe never scrolls inside.
 */
export function EmbedApp() {
  const data = useCoreData();
  const lang = useStore((s) => s.lang);
  const { plain, dark, timeline = false, hideChips = false, hideDetails = false } = useRenderFlags();
  useEmbedDocument(plain ? 'plain' : 'full', dark, lang);
  useStoryMode(data);

  return (
    <div className="embed" lang={lang} data-testid="embed">
      {plain ? <h1 className="visually-hidden">{t(lang, 'app.title')}</h1> : <EmbedHeader data={data} />}
      {!plain && !hideChips && (
        <div className="embed-chips">
          <SectorChips />
        </div>
      )}
      {/* A bad parameter in the embed's own URL is said here too, not only in the full app. */}
      <Notices />
      <main className="embed-map">
        <MapArea />
      </main>
      {timeline && (
        <div className="embed-timeline">
          <WithDetails code={PANEL_CODE}>
            <Timeline />
          </WithDetails>
        </div>
      )}
      {!plain && !hideDetails && <EmbedPanel />}
      <EmbedFooter plain={plain} />
    </div>
  );
}
