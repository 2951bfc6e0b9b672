import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { search, searchIndexOf, type MatchReason, type SearchResult } from '../data/search';
import type { Lang } from '../data/vocabulary';
import { formatPartialDate, joinList, t } from '../i18n';
import { selectLocality, selectPair, setQuery, toggleSector, useStore } from '../state/store';
import { MAX_QUERY_LENGTH } from '../state/url-params';
import { useCoreData } from '../view/bundle-context';
import { kindLabel, localityName, pairTitle, sectorLabel } from '../i18n/names';
import { dateSpan, documentsLabel } from '../i18n/counts';

/** Vietnam's provincial merger took effect on this day. */
const MERGER_DATE = '2025-07-01';

function reasonText(reason: MatchReason, currentName: string, lang: Lang): string {
  if (reason.kind === 'signed-as') return t(lang, 'search.signedAs', { name: reason.signedAsVi });
  const former = lang === 'ja' ? reason.formerJa : reason.formerVi;
  return t(lang, 'search.former', { former, name: currentName, date: formatPartialDate(lang, MERGER_DATE) });
}

/**
 * One search box for places, ties and sectors (a tie is one row however many documents it has:
 * its kinds, its first and latest dates and its document count), following the WAI-ARIA combobox pattern (list
 * autocomplete, focus stays in the input): ArrowUp/ArrowDown move, Enter opens, Escape closes,
 * a second Escape clears. The text lives in the store (`query`), so it is part of the link.
 */
export function SearchBox() {
  const data = useCoreData();
  const { localityById, sectorById } = data;
  const lang = useStore((s) => s.lang);
  const query = useStore((s) => s.query);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  // The index (~60 ms with the real data, four times that on a slow phone) is built when a reader
  // comes to the box or a link carries a query: most readers never search, and in the first view
  // it held up the map.
  const index = open || query.trim() ? searchIndexOf(data.bundle) : null;
  const results = useMemo(() => (index ? search(index, query) : []), [index, query]);
  const expanded = open && query.trim() !== '';

  const choose = (result: SearchResult) => {
    if (result.kind === 'locality') selectLocality(result.id);
    else if (result.kind === 'tie') {
      // A tie opens as its first document, the selection a link can name: the map shows that
      // unit × prefecture pair and the panel lists all the tie's documents.
      const first = index?.ties.get(result.id)?.pairIds[0];
      if (first) selectPair(first);
    } else if (!useStore.getState().sectors.includes(result.id)) toggleSector(result.id);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (results.length) setActive((i) => (i + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (results.length) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
        break;
      case 'Enter': {
        const result = expanded ? results[active >= 0 ? active : 0] : undefined;
        if (result) {
          event.preventDefault();
          choose(result);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else setQuery('');
        break;
      default:
    }
  };

  const describe = (result: SearchResult): { label: string; detail: string } => {
    if (result.kind === 'locality') {
      const locality = localityById.get(result.id);
      const label = localityName(locality, lang, result.id);
      if (result.reason) return { label, detail: reasonText(result.reason, label, lang) };
      const country = locality ? t(lang, `country.${locality.country}`) : '';
      return { label, detail: locality ? `${kindLabel(locality, lang)} · ${country}` : '' };
    }
    if (result.kind === 'sector') {
      return { label: sectorLabel(sectorById.get(result.id), result.id, lang), detail: t(lang, 'search.sector') };
    }
    const tie = index?.ties.get(result.id);
    if (!tie) return { label: result.id, detail: t(lang, 'search.tie') };
    const label = pairTitle(tie, localityById, lang);
    const facts = [
      joinList(
        lang,
        tie.relationships.map((r) => t(lang, `rel.${r}`)),
      ),
      dateSpan(lang, tie.first, tie.latest),
      documentsLabel(lang, tie.pairIds.length),
    ];
    if (result.reason) facts.push(reasonText(result.reason, label, lang));
    return { label, detail: facts.join(' · ') };
  };

  return (
    <div className="search" data-testid="panel:search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t(lang, 'search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < results.length ? optionId(active) : undefined}
        placeholder={t(lang, 'search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t(lang, 'search.label')} className="search-results" hidden={!expanded}>
        {expanded &&
          results.map((result, i) => {
            const { label, detail } = describe(result);
            return (
              <li
                key={`${result.kind}:${result.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-option"
                // Keep focus in the input (the pattern's "DOM focus stays on the combobox").
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(result)}
              >
                <span className="search-option-label">{label}</span>
                <span className="search-option-detail">{detail}</span>
              </li>
            );
          })}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? (results.length ? t(lang, 'search.count', { count: results.length }) : t(lang, 'search.none', { query })) : ''}
      </p>
    </div>
  );
}
