import { useMemo } from 'react';
import { tieCount } from '../data/ties';
import { t } from '../i18n';
import { localityName, regionName } from '../i18n/names';
import { selectLocality, selectPair, useStore } from '../state/store';
import { buildFlowScene } from '../view/flows';
import { levelFor } from '../view/map-model';
import { useVisiblePairs } from '../view/shown-view';
import { useCoreData } from '../view/bundle-context';
import { SourceLink } from './SourceLink';

/** At most this many links listed; the map draws them all. */
const LISTED = 12;

/**
 * A region or a region pair: how many ties it holds, its strongest province–prefecture links
 * (each opens its ties), and where the grouping comes from.
 */
export function RegionPanel({ id }: { id: string }) {
  const { bundle, localityById, pairById, regionById } = useCoreData();
  const lang = useStore((s) => s.lang);
  const visible = useVisiblePairs(bundle.pairs);
  const scene = useMemo(() => {
    const { level, scope } = levelFor({ kind: 'region', id }, pairById, false);
    return buildFlowScene({ pairs: visible, localityById, regions: bundle.regions, level, scope });
  }, [id, pairById, visible, localityById, bundle.regions]);
  const pairs = useMemo(() => scene.flows.flatMap((f) => f.pairIds.flatMap((p) => pairById.get(p) ?? [])), [scene, pairById]);
  const regions = id.split('~').flatMap((part) => regionById.get(part) ?? []);
  const members = regions.length === 1 ? regions[0]!.members : [];
  const name = (x: string) => localityName(localityById.get(x), lang, x);

  return (
    <article className="panel-body" aria-labelledby="region-heading" data-testid="panel:region">
      <h2 id="region-heading" tabIndex={-1}>
        {regionName(id, regionById, lang)}
      </h2>
      <p className="kind" data-testid="region:counts">
        {t(lang, 'region.counts', {
          ties: t(lang, tieCount(pairs) === 1 ? 'map.flow.ties.one' : 'map.flow.ties.other', { count: tieCount(pairs) }),
          documents: pairs.length,
        })}
      </p>
      <h3>{t(lang, 'region.links')}</h3>
      {scene.flows.length === 0 ? (
        <p>{t(lang, 'region.none')}</p>
      ) : (
        <ol className="region-links">
          {scene.flows.slice(0, LISTED).map((flow) => (
            <li key={flow.id}>
              <button type="button" className="link-button" onClick={() => flow.pairIds[0] && selectPair(flow.pairIds[0])}>
                {name(flow.vnId)} – {name(flow.jpId)}
              </button>{' '}
              · {t(lang, flow.ties === 1 ? 'map.flow.ties.one' : 'map.flow.ties.other', { count: flow.ties })}
            </li>
          ))}
        </ol>
      )}
      {scene.flows.length > LISTED && <p>{t(lang, 'map.flow.more', { count: scene.flows.length - LISTED })}</p>}
      {members.length > 0 && (
        <>
          <h3>{t(lang, 'region.members')}</h3>
          <p>
            {members.map((m, i) => (
              <span key={m}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => selectLocality(m)}>
                  {name(m)}
                </button>
              </span>
            ))}
          </p>
        </>
      )}
      <p className="region-source">
        {t(lang, 'region.grouping')}{' '}
        {regions.map((r) => (
          <SourceLink key={r.id} source={r.source} lang={lang} />
        ))}
      </p>
    </article>
  );
}
