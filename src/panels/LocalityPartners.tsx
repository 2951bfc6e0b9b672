import { useMemo, useState } from 'react';
import { partnerOf, pairsOfLocality } from '../data/selectors';
import { tiesOf, type Tie } from '../data/ties';
import type { CorePair, Locality, Sector } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { countCategory } from '../data/counting';
import { collator, formatPartialDate, t } from '../i18n';
import { dateSpan, documentsLabel } from '../i18n/counts';
import { localityName, sectorList, signedAsNote } from '../i18n/names';
import { selectPair, useStore } from '../state/store';
import { selectVisible } from '../view/visible';
import { useShownFilters } from '../view/shown-view';
import { useData } from '../view/bundle-context';

/**
 * Past this many documents on show, each partner's documents open on request: a panel of hundreds
 * of dated lines reads as a wall, and drawing them all held a reader's pick for ~80 ms at 10,000
 * agreements (bench, partners series). The real data's largest, Đà Nẵng, has 35.
 */
const DOCUMENTS_OPEN_MAX = 60;

export interface PartnerGroup {
  tie: Tie;
  /** The partner's name as the reader sees it: "Lao Cai", or "Da Nang (Sakai)" from a prefecture. */
  name: string;
  /** The tie's documents the filters let through, oldest first (undated last). */
  shown: CorePair[];
}

/**
 * A locality's partners, one per tie (from a prefecture, a municipality's tie is its own partner,
 * named with the municipality), each with the documents the filters let through; most documents
 * first, then by name.
 */
function partnerGroups(localityId: string, pairs: readonly CorePair[], visible: readonly CorePair[], localityById: ReadonlyMap<string, Locality>, lang: Lang): PartnerGroup[] {
  const shownIds = new Set(visible.map((p) => p.id));
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  const groups = tiesOf(pairs).map((tie) => {
    const head = pairById.get(tie.pairIds[0]!)!;
    const other = localityName(localityById.get(partnerOf(head, localityId)), lang, partnerOf(head, localityId));
    // A prefecture also lists its municipalities' ties: name the municipality too.
    const via = tie.vnId !== localityId && tie.jpId !== localityId ? localityName(localityById.get(tie.jpId), lang, tie.jpId) : '';
    const shown = tie.pairIds.filter((id) => shownIds.has(id)).map((id) => pairById.get(id)!);
    return { tie, name: via ? `${other} (${via})` : other, shown };
  });
  const texts = collator(lang);
  return groups.sort((a, b) => b.tie.pairIds.length - a.tie.pairIds.length || texts.compare(a.name, b.name));
}

/**
 * "Partners: 4 · 6 documents", then each partner once under its own heading with its documents
 * nested and dated: the count says what it counts, and Hokkaido's three documents with Quảng
 * Ninh are one partner, not three.
 */
export function LocalityPartners({ id }: { id: string }) {
  const { bundle, localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const filters = useShownFilters();
  const pairs = useMemo(() => pairsOfLocality(bundle.pairs, id), [bundle.pairs, id]);
  const visible = selectVisible(pairs, filters);
  const groups = useMemo(() => partnerGroups(id, pairs, visible, localityById, lang), [id, pairs, visible, localityById, lang]);
  const shownGroups = groups.filter((g) => g.shown.length > 0);
  const onRequest = shownGroups.reduce((n, g) => n + g.shown.length, 0) > DOCUMENTS_OPEN_MAX;

  return (
    <section aria-labelledby="partners-heading" data-testid="locality-partners">
      <h3 id="partners-heading">{t(lang, 'locality.partnersCount', { partners: groups.length, documents: documentsLabel(lang, pairs.length) })}</h3>
      {shownGroups.length < groups.length && <p className="hint">{t(lang, 'locality.partnersFiltered', { shown: shownGroups.length, total: groups.length })}</p>}
      {pairs.length === 0 && <p>{t(lang, 'locality.noPartners')}</p>}
      {onRequest && <p className="hint">{t(lang, 'locality.documents.onRequest')}</p>}
      <ul className="partners">
        {shownGroups.map(({ tie, name, shown }) => (
          <li key={tie.id}>
            <h4 className="partner-name">
              <button type="button" className="link-button" onClick={() => selectPair(shown[0]!.id)}>
                {name}
              </button>{' '}
              <span className="meta">
                {documentsLabel(lang, tie.pairIds.length)} · {dateSpan(lang, tie.first, tie.latest)}
              </span>
            </h4>
            {onRequest ? <DocumentsOnRequest shown={shown} lang={lang} sectorById={sectorById} /> : <PartnerDocuments shown={shown} lang={lang} sectorById={sectorById} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DocumentsProps {
  shown: readonly CorePair[];
  lang: Lang;
  sectorById: ReadonlyMap<string, Sector>;
}

/** A partner's documents behind one button, drawn once the reader opens them. */
function DocumentsOnRequest(props: DocumentsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(props.lang, 'locality.documents.show', { documents: documentsLabel(props.lang, props.shown.length) })}
      </button>
      {open && <PartnerDocuments {...props} />}
    </>
  );
}

/** A partner's documents, dated, each opening its pair. */
function PartnerDocuments({ shown, lang, sectorById }: DocumentsProps) {
  const { localityById } = useData();
  return (
    <ol className="partner-documents">
      {shown.map((pair) => (
        <li key={pair.id}>
          <button type="button" className="link-button" onClick={() => selectPair(pair.id)}>
            {pair.signed ? formatPartialDate(lang, pair.signed) : t(lang, 'date.undated')} · {t(lang, `rel.${pair.relationship}`)}
            {countedApart(pair) && ` · ${t(lang, `count.${countCategory(pair)}`)}`}
          </button>
          {pair.signedAs && <span className="meta doc-line">{signedAsNote(pair, localityById, lang)}</span>}
          {pair.sectors.length > 0 && <span className="meta doc-line">{sectorList(pair.sectors, sectorById, lang)}</span>}
        </li>
      ))}
    </ol>
  );
}

/** A document counted under another name than "locality agreement" says so (how we count). */
function countedApart(pair: Parameters<typeof countCategory>[0]): boolean {
  const category = countCategory(pair);
  return category !== 'locality' && category !== 'other_tie';
}
