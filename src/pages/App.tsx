import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../i18n';
import { EmbedButton } from '../share/EmbedButton';
import { MapArea } from './MapArea';
import { useCoreData } from '../view/bundle-context';
import { loadDetails, WithDetails } from '../view/data-channel';
import { LanguageSwitcher } from '../panels/LanguageSwitcher';
import { ListView } from '../panels/ListView';
import { selectionName } from '../i18n/names';
import { Notices } from '../panels/Notices';
import { SearchBox } from '../panels/SearchBox';
import { SectorChips } from '../panels/SectorChips';
import { SidePanel } from '../panels/SidePanel';
import { setView, useStore } from '../state/store';
import '../panels/panels.css';

/**
 * `<html lang>` and the tab title follow the language and the selection, so history entries read
 * well. A leaf of its own: were the page to read the selection, every click would re-render it all.
 */
function DocumentMeta() {
  const data = useCoreData();
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  // Writing `lang`, even unchanged, restyles the whole page (every `:lang()` may change): only
  // on a change of language, never on a selection.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const name = selectionName(selection, data, lang);
    document.title = name ? `${name} · ${t(lang, 'app.title')}` : t(lang, 'app.title');
  }, [lang, selection, data]);
  return null;
}

/**
 * Shows the list and focuses its table (the skip link's target) in the same task: `flushSync`
 * renders the list at once, so focus never waits for a frame on a busy page.
 */
async function focusList(): Promise<void> {
  // The list shows summaries: have them first (usually already fetched after the map was ready).
  await loadDetails().catch(() => undefined);
  flushSync(() => setView('list'));
  document.getElementById('agreements-list')?.focus();
}

/**
 * Composition only: skip link, header (name, search, language, list/map, embed slot), the
 * ignored-parameter notice, filter chips, the map (or the list over it) and the side panel.
 */
export function App() {
  const lang = useStore((s) => s.lang);
  const view = useStore((s) => s.view);
  return (
    <>
      <DocumentMeta />
      <div className="app" lang={lang} data-view={view}>
        <a
          className="skip-link"
          href="#agreements-list"
          onClick={(e) => {
            e.preventDefault();
            void focusList();
          }}
        >
          {t(lang, 'skip.list')}
        </a>
        <header className="app-header">
          <h1 className="brand">
            <span className="brand-name">{t(lang, 'app.short')}</span>
            <span className="brand-tagline visually-hidden-narrow">{t(lang, 'header.tagline')}</span>
          </h1>
          <SearchBox />
          <div className="header-tools">
            <LanguageSwitcher />
            <button type="button" className="view-toggle" aria-pressed={view === 'list'} onClick={() => setView(view === 'list' ? 'map' : 'list')}>
              {t(lang, 'view.list')}
            </button>
            <EmbedButton />
          </div>
        </header>
        <Notices />
        <SectorChips />
        <div className="app-body">
          <main className="app-main">
            <div className="map-area" inert={view === 'list'}>
              <MapArea />
            </div>
            {view === 'list' && (
              <div className="list-area">
                <WithDetails>
                  <ListView />
                </WithDetails>
              </div>
            )}
          </main>
          <SidePanel />
        </div>
      </div>
    </>
  );
}
