import { useMemo } from 'react';
import { byDateThenId, tieId } from '../data/ties';
import type { CorePair } from '../data/types';
import { formatPartialDate, t } from '../i18n';
import { selectPair, useStore } from '../state/store';
import { useData } from '../view/bundle-context';

/**
 * The selected document's tie as its history: every document of the same Vietnamese unit and
 * Japanese locality, dated, the one shown above marked, each other one a button that opens it.
 * Nothing when the tie has one document (the panel above is all of it).
 */
export function TieDocuments({ pair }: { pair: CorePair }) {
  const { bundle } = useData();
  const lang = useStore((s) => s.lang);
  const id = tieId(pair);
  const documents = useMemo(() => bundle.pairs.filter((p) => tieId(p) === id).sort(byDateThenId), [bundle.pairs, id]);
  if (documents.length < 2) return null;
  return (
    <section aria-labelledby="tie-documents-heading" className="tie-documents" data-testid="pair:tie-documents">
      <h3 id="tie-documents-heading">{t(lang, 'pair.tie.documents', { count: documents.length })}</h3>
      <ol className="plain">
        {documents.map((doc) => {
          const text = `${doc.signed ? formatPartialDate(lang, doc.signed) : t(lang, 'date.undated')} · ${t(lang, `rel.${doc.relationship}`)}`;
          return (
            <li key={doc.id} aria-current={doc.id === pair.id || undefined}>
              {doc.id === pair.id ? (
                <>
                  <strong>{text}</strong> <span className="meta">({t(lang, 'pair.tie.current')})</span>
                </>
              ) : (
                <button type="button" className="link-button" onClick={() => selectPair(doc.id)}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
