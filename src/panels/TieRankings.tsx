import { memo, useId, useMemo } from 'react';
import { tiesPerSide } from '../data/ties';
import type { Locality, TieSearch } from '../data/types';
import type { Country, Lang } from '../data/vocabulary';
import { collator, formatNumber, t } from '../i18n';
import { tiesLabel } from '../i18n/counts';
import { localityName } from '../i18n/names';
import { selectLocality, useStore } from '../state/store';
import { useForumData } from '../view/bundle-context';
import { TieSearchList } from './TieSearchList';

/** How many of each side the ranking shows. */
const TOP = 5;

export interface SideRanking {
  /** The most connected, most ties first, then by name; at most `TOP`. */
  top: { locality: Locality; ties: number }[];
  /** Every unit or prefecture without a documented tie, by name. */
  none: Locality[];
}

/** Vietnamese units and Japanese prefectures: the places each side's ranking is about. */
function isRanked(locality: Locality, country: Country): boolean {
  return locality.country === country && (country === 'vn' || locality.kind === 'prefecture');
}

/**
 * Both sides' rankings by ties over all documents, whatever the filters: "most connected" and
 * "no documented tie yet" are facts about the data, and a filter would list every place outside
 * it as having no tie.
 */
function rankSides(localities: readonly Locality[], counts: ReturnType<typeof tiesPerSide>, lang: Lang): Record<Country, SideRanking> {
  const texts = collator(lang);
  const side = (country: Country): SideRanking => {
    const byCountry = country === 'vn' ? counts.vn : counts.jp;
    const places = localities
      .filter((l) => isRanked(l, country))
      .map((locality) => ({ locality, ties: byCountry.get(locality.id) ?? 0 }))
      .sort((a, b) => b.ties - a.ties || texts.compare(localityName(a.locality, lang), localityName(b.locality, lang)));
    return {
      top: places.filter((p) => p.ties > 0).slice(0, TOP),
      none: places
        .filter((p) => p.ties === 0)
        .map((p) => p.locality)
        .sort((a, b) => texts.compare(localityName(a, lang), localityName(b, lang))),
    };
  };
  return { vn: side('vn'), jp: side('jp') };
}

/**
 * "Most connected" (the top five on each side, by ties) and "No documented tie yet" (every
 * Vietnamese unit and Japanese prefecture with none): what a reader otherwise hunts for on the map
 * by comparing circles and looking for blank shapes. Each name opens that locality. Shown in the
 * overview panel and under the list view.
 */
export const TieRankings = memo(function TieRankings() {
  const { bundle } = useForumData();
  const lang = useStore((s) => s.lang);
  const id = useId();
  const counts = useMemo(() => tiesPerSide(bundle.pairs), [bundle.pairs]);
  const sides = useMemo(() => rankSides(bundle.localities, counts, lang), [bundle.localities, counts, lang]);
  const max = Math.max(1, ...sides.vn.top.map((p) => p.ties), ...sides.jp.top.map((p) => p.ties));
  const sideTitle = (country: Country) => t(lang, country === 'vn' ? 'connected.vn' : 'connected.jp');
  const empty = sides.vn.none.length === 0 && sides.jp.none.length === 0;
  const searchesOf = useMemo(() => {
    const byPlace = new Map<string, TieSearch[]>();
    for (const search of bundle.tieSearches) byPlace.set(search.localityId, [...(byPlace.get(search.localityId) ?? []), search]);
    return byPlace;
  }, [bundle.tieSearches]);

  return (
    <>
      <section aria-labelledby={`${id}-connected`} className="tie-rankings" data-testid="most-connected">
        <h3 id={`${id}-connected`}>{t(lang, 'connected.title')}</h3>
        <p className="hint">{t(lang, 'connected.note')}</p>
        {(['vn', 'jp'] as const).map((country) => (
          <section key={country} aria-labelledby={`${id}-connected-${country}`}>
            <h4 id={`${id}-connected-${country}`}>{sideTitle(country)}</h4>
            <ol className="ranking">
              {sides[country].top.map(({ locality, ties }) => (
                <li key={locality.id}>
                  {/* The narrow count column shows the number; the name says what it counts. */}
                  <button
                    type="button"
                    className="ranking-row"
                    aria-label={t(lang, 'connected.row', { name: localityName(locality, lang), count: tiesLabel(lang, ties) })}
                    onClick={() => selectLocality(locality.id)}
                  >
                    <span className="ranking-label">{localityName(locality, lang)}</span>
                    <span className="ranking-bar" aria-hidden="true" style={{ inlineSize: `${(ties / max) * 100}%` }} />
                    <span className="ranking-count">{formatNumber(lang, ties)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      <section aria-labelledby={`${id}-none`} className="tie-rankings" data-testid="no-tie-yet">
        <h3 id={`${id}-none`}>{t(lang, 'noTie.title')}</h3>
        {empty ? (
          <p>{t(lang, 'noTie.none')}</p>
        ) : (
          <>
            <p className="hint">{t(lang, 'noTie.note')}</p>
            {(['vn', 'jp'] as const).map(
              (country) =>
                sides[country].none.length > 0 && (
                  <section key={country} aria-labelledby={`${id}-none-${country}`}>
                    <h4 id={`${id}-none-${country}`}>{sideTitle(country)}</h4>
                    <ul className="no-tie-list">
                      {sides[country].none.map((locality) => (
                        <li key={locality.id}>
                          <button type="button" className="link-button" onClick={() => selectLocality(locality.id)}>
                            {localityName(locality, lang)}
                          </button>
                          <TieSearchList searches={searchesOf.get(locality.id) ?? []} lang={lang} />
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
            )}
          </>
        )}
      </section>
    </>
  );
});
