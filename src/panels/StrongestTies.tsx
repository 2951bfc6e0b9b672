import { memo, useId, useMemo } from 'react';
import { tiesOf, type Tie } from '../data/ties';
import type { Lang } from '../data/vocabulary';
import { collator, formatNumber, t } from '../i18n';
import { dateSpan, documentsLabel } from '../i18n/counts';
import { pairTitle } from '../i18n/names';
import { selectPair, useStore } from '../state/store';
import { useCoreData } from '../view/bundle-context';
import { useAfterFirstView } from './AfterFirstView';

/** How many ties the list shows. */
const TOP = 5;

/** The ties with the most documents, most first, then the oldest, then by name; at most `TOP`. */
function mostDocumented(ties: readonly Tie[], nameOf: (tie: Tie) => string, lang: Lang): Tie[] {
  const texts = collator(lang);
  const since = (tie: Tie) => tie.first ?? '9999';
  return [...ties].sort((a, b) => b.pairIds.length - a.pairIds.length || since(a).localeCompare(since(b)) || texts.compare(nameOf(a), nameOf(b))).slice(0, TOP);
}

/**
 * "Hà Nội – Fukuoka: 8 documents": the ties with the longest record, named, right under the
 * overview's first sentence. The map's opening view joins regions, so without this a newcomer
 * could say which regions work together but not name one pair of places. Each opens that tie
 * (its first document: the map shows the pair, the panel lists all its documents).
 */
export const StrongestTies = memo(function StrongestTies() {
  const { bundle, localityById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const id = useId();
  // The date span is a tooltip: its date formats (~35 ms to create) wait until after the first view.
  const dated = useAfterFirstView();
  const top = useMemo(() => {
    const nameOf = (tie: Tie) => pairTitle(tie, localityById, lang);
    return mostDocumented(tiesOf(bundle.pairs), nameOf, lang).map((tie) => ({ tie, name: nameOf(tie) }));
  }, [bundle.pairs, localityById, lang]);
  const max = Math.max(1, ...top.map(({ tie }) => tie.pairIds.length));
  if (top.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="tie-rankings" data-testid="strongest-ties">
      <h3 id={`${id}-title`}>{t(lang, 'strongest.title')}</h3>
      <ol className="ranking ranking--ties">
        {top.map(({ tie, name }) => (
          <li key={tie.id}>
            {/* Named by its content: the place names, then the count in words for a screen reader. */}
            <button type="button" className="ranking-row" title={dated ? dateSpan(lang, tie.first, tie.latest) : undefined} onClick={() => selectPair(tie.pairIds[0]!)}>
              <span className="ranking-label">{name}</span>
              <span className="ranking-bar" aria-hidden="true" style={{ inlineSize: `${(tie.pairIds.length / max) * 100}%` }} />
              <span className="ranking-count" aria-hidden="true">
                {formatNumber(lang, tie.pairIds.length)}
              </span>
              <span className="visually-hidden">{documentsLabel(lang, tie.pairIds.length)}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="hint">{t(lang, 'strongest.note')}</p>
    </section>
  );
});
