import { useMemo, useState } from 'react';
import type { IndexedBundle, IndexedCore } from '../data/selectors';
import { t } from '../i18n';
import { downloadBlob } from '../lib/download';
import { useRenderFlags } from '../state/render-flags';
import { useStore } from '../state/store';
import { useFilters } from '../view/shown-view';
import { describeView } from './caption';
import { csvBlob, csvFileName, shownCsv } from './get-data';

/**
 * The embed's headline and caption: the journalist's own when the link carries them (`title`,
 * `caption`), else written from the view. Always React text: a link's text is never markup.
 */
export function EmbedHeader({ data }: { data: IndexedCore }) {
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const filters = useFilters();
  const { headline, caption } = useRenderFlags();
  const written = useMemo(() => describeView(data, selection, filters, lang), [data, selection, filters, lang]);
  return (
    <header className="embed-header" data-testid="embed:header">
      <h1 className="embed-headline" data-testid="embed:headline">
        {headline ?? written.headline}
      </h1>
      <p className="embed-caption" data-testid="embed:caption">
        {caption ?? written.caption}
      </p>
    </header>
  );
}

/** The journalist's notes line, when the link carries one. */
export function EmbedNotes() {
  const lang = useStore((s) => s.lang);
  const { notes } = useRenderFlags();
  if (!notes) return null;
  return (
    <p className="embed-notes" data-testid="embed:notes">
      <span className="embed-notes-label">{t(lang, 'embed.notes.label')}</span> {notes}
    </p>
  );
}

/**
 * "Get the data": downloads the CSV of what the embed shows. The texts and sources are in the
 * details bundle, fetched on the click (the first view never waits for them).
 */
export function GetDataButton({ loadDetails }: { loadDetails: () => Promise<IndexedBundle> }) {
  const lang = useStore((s) => s.lang);
  const [failed, setFailed] = useState(false);
  const onClick = async () => {
    try {
      const data = await loadDetails();
      const { selection, sectors, relationships, years } = useStore.getState();
      const csv = shownCsv(data, selection, { sectors, relationships, years }, lang);
      downloadBlob(csvBlob(csv), csvFileName(selection, lang));
      setFailed(false);
    } catch (error) {
      console.warn('[embed] data download failed', error);
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="embed-get-data" title={t(lang, 'embed.get-data.help')} onClick={() => void onClick()} data-testid="embed:get-data">
        {t(lang, 'embed.get-data')}
      </button>
      {failed && (
        <span className="embed-get-data-failed" role="alert">
          {t(lang, 'embed.get-data.failed')}
        </span>
      )}
    </>
  );
}
