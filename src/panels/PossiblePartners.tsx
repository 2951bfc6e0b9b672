import { memo, type ReactNode, useMemo, useState } from 'react';
import type { Locality, Sector } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { joinList, t } from '../i18n';
import { formatYears, localitiesLookingForPartners, rankPartners, type PartnerRanking, type SectorReasons } from '../partners';
import { selectLocality, useStore } from '../state/store';
import { useData, useForumData } from '../view/bundle-context';
import { NO_FILTERS, selectVisible } from '../view/visible';
import { useShownFilters } from '../view/shown-view';
import { localityName, sectorLabel, sectorList } from '../i18n/names';
import { followToLocality } from './follow';
import { OurText } from './OurText';
import { SourceLink } from './SourceLink';
import { FactSources } from './FactSources';

const TOP = 5;

/**
 * The ranking for a locality under the store's sector filter and year range (memoised per change):
 * the documents signed in the range count, chosen by the one predicate for "visible".
 */
export function usePartnerRanking(id: string): PartnerRanking {
  const { bundle } = useData();
  const { sectors, years } = useShownFilters();
  return useMemo(() => rankPartners(id, bundle, { sectors, documents: selectVisible(bundle.pairs, { ...NO_FILTERS, years }) }), [bundle, id, sectors, years]);
}

function Reasons({ reasons, lang, localityById }: { reasons: SectorReasons; lang: Lang; localityById: ReadonlyMap<string, Locality> }) {
  return (
    <>
      {reasons.priorities.map((r, i) => (
        <li key={`p${i}`}>
          {t(lang, 'partners.reason.priority', { source: '' })}
          <SourceLink source={r.source} lang={lang} bare />
        </li>
      ))}
      {reasons.documents.map((r) => (
        <li key={r.pairId}>
          {t(lang, 'partners.reason.document', { partner: localityName(localityById.get(r.partnerId), lang, r.partnerId), source: '' })}
          <SourceLink source={r.source} lang={lang} bare />
        </li>
      ))}
    </>
  );
}

/**
 * A closed `<details>` whose content is built only once the reader opens it. A suggestion's reasons
 * cite every source of every shared sector on both sides (up to ~300 elements each): building and
 * then removing them for five suggestions on every change of locality was most of that change's
 * cost, for text nobody had opened.
 */
function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/**
 * "Possible partners" of the selected locality: counterparts with no tie yet, ranked by shared
 * sectors (src/partners/rank.ts), each with why and the sources of each side. Labelled as
 * Kizuna's suggestion, never as a fact.
 */
export function PossiblePartners({ id }: { id: string }) {
  const { localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const { sectors, years } = useShownFilters();
  const ranking = usePartnerRanking(id);
  const [showAll, setShowAll] = useState(false);
  const self = localityById.get(ranking.localityId);
  const name = localityName(self, lang, ranking.localityId);
  const sectorNames = (ids: readonly string[]) => sectorList(ids, sectorById, lang);
  const shown = showAll ? ranking.suggestions : ranking.suggestions.slice(0, TOP);
  const sideName = (sector: Sector | undefined, sid: string) => sectorLabel(sector, sid, lang);

  return (
    <section aria-labelledby="possible-partners-heading" className="possible-partners" data-testid="possible-partners">
      <h3 id="possible-partners-heading">{t(lang, 'partners.title')}</h3>
      <p className="flag">{t(lang, 'partners.disclaimer')}</p>
      {sectors.length > 0 && <p className="hint">{t(lang, 'partners.filtered', { sectors: sectorNames(sectors) })}</p>}
      {years && <p className="hint">{t(lang, 'partners.years', { years: formatYears(years) })}</p>}
      {ranking.reason === 'no-profile' && (
        <p data-testid="partners-empty">{sectors.length ? t(lang, 'partners.empty.no-profile-filtered', { name, sectors: sectorNames(sectors) }) : t(lang, 'partners.empty.no-profile', { name })}</p>
      )}
      {ranking.reason === 'no-match' && <p data-testid="partners-empty">{t(lang, 'partners.empty.no-match', { name })}</p>}
      {ranking.reason === 'unknown-locality' && <p data-testid="partners-empty">{t(lang, 'partners.empty.unknown-locality')}</p>}
      {shown.length > 0 && (
        <ol className="suggestions">
          {shown.map((s) => {
            const other = localityById.get(s.localityId);
            const otherName = localityName(other, lang, s.localityId);
            return (
              <li key={s.localityId} data-testid="suggestion" data-locality={s.localityId}>
                <button type="button" className="link-button" onClick={() => followToLocality(s.localityId)}>
                  {otherName}
                </button>{' '}
                <span className="meta">{t(lang, 'partners.score', { score: s.score })}</span>
                {s.lookingForPartners && (
                  <p className="looking">
                    <strong className="badge">{t(lang, 'partners.looking')}</strong> <SourceLink source={s.lookingForPartners.source} lang={lang} />
                  </p>
                )}
                <LazyDetails
                  summary={`${t(lang, 'partners.shared')}: ${joinList(
                    lang,
                    s.sharedSectors.map((sh) => sideName(sectorById.get(sh.sector), sh.sector)),
                  )}`}
                >
                  {() => (
                    <dl className="shared-sectors">
                      {s.sharedSectors.map((sh) => (
                        <div key={sh.sector} data-testid="shared-sector" data-sector={sh.sector}>
                          <dt>{sideName(sectorById.get(sh.sector), sh.sector)}</dt>
                          <dd>
                            <span className="side">{name}</span>
                            <ul className="plain">
                              <Reasons reasons={sh.mine} lang={lang} localityById={localityById} />
                            </ul>
                            <span className="side">{otherName}</span>
                            <ul className="plain">
                              <Reasons reasons={sh.theirs} lang={lang} localityById={localityById} />
                            </ul>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </LazyDetails>
              </li>
            );
          })}
        </ol>
      )}
      {ranking.suggestions.length > TOP && (
        <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t(lang, 'partners.showFewer', { count: TOP }) : t(lang, 'partners.showAll', { count: ranking.suggestions.length })}
        </button>
      )}
      <p className="hint method" data-testid="partners-method">
        {t(lang, 'partners.method')} {t(lang, 'partners.disclaimer')}
      </p>
    </section>
  );
}

/** The forum's localities looking for partners, for the overview; each entry selects the locality. */
export const LookingForPartnersList = memo(function LookingForPartnersList() {
  const { bundle, localityById } = useForumData();
  const lang = useStore((s) => s.lang);
  const list = useMemo(() => localitiesLookingForPartners(bundle), [bundle]);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="looking-list-heading" data-testid="looking-list">
      <h3 id="looking-list-heading">{t(lang, 'partners.lookingList.title')}</h3>
      <ul className="plain">
        {list.map((item) => (
          <li key={item.localityId}>
            <button type="button" className="link-button" onClick={() => selectLocality(item.localityId)}>
              {localityName(localityById.get(item.localityId), lang, item.localityId)}
            </button>{' '}
            <span className="meta">
              <OurText text={item.text} translations={bundle.lookingForPartners.find((l) => l.localityId === item.localityId)?.textTranslations} lang={lang} />
            </span>{' '}
            <FactSources source={item.source} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
});
