import { useMemo } from 'react';
import { partnerOf, pairsOfLocality } from '../data/selectors';
import { tiesOf, type Tie } from '../data/ties';
import type { CorePair, Locality } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { countCategory } from '../data/counting';
import { collator, formatPartialDate, t } from '../i18n';
import { dateSpan, documentsLabel } from '../i18n/counts';
import { localityName, sectorLabel } from '../i18n/names';
import { selectPair, useStore } from '../state/store';
import { selectVisible } from '../view/visible';
import { useShownFilters } from '../view/filters';
import { useData } from '../view/bundle-context';

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

  return (
    <section aria-labelledby="partners-heading" data-testid="locality-partners">
      <h3 id="partners-heading">{t(lang, 'locality.partnersCount', { partners: groups.length, documents: documentsLabel(lang, pairs.length) })}</h3>
      {shownGroups.length < groups.length && <p className="hint">{t(lang, 'locality.partnersFiltered', { shown: shownGroups.length, total: groups.length })}</p>}
      {pairs.length === 0 && <p>{t(lang, 'locality.noPartners')}</p>}
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
            <ol className="partner-documents">
              {shown.map((pair) => (
                <li key={pair.id}>
                  <button type="button" className="link-button" onClick={() => selectPair(pair.id)}>
                    {pair.signed ? formatPartialDate(lang, pair.signed) : t(lang, 'date.undated')} · {t(lang, `rel.${pair.relationship}`)}
                    {countedApart(pair) && ` · ${t(lang, `count.${countCategory(pair)}`)}`}
                  </button>
                  {pair.signedAs && <span className="meta"> · {t(lang, 'pair.signedAsShort', { name: pair.signedAs.vi })}</span>}
                  {pair.sectors.length > 0 && <span className="meta doc-sectors">{pair.sectors.map((s) => sectorLabel(sectorById.get(s), s, lang)).join(', ')}</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A document counted under another name than "locality agreement" says so (how we count). */
function countedApart(pair: Parameters<typeof countCategory>[0]): boolean {
  const category = countCategory(pair);
  return category !== 'locality' && category !== 'other_tie';
}
