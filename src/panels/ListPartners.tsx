import { UTF8_BOM } from '../data/csv-export';
import { formatNumber, t } from '../i18n';
import { localityName, sectorList } from '../i18n/names';
import { downloadBlob } from '../lib/download';
import { partnersToCsv } from '../partners/csv';
import { useStore } from '../state/store';
import { useData } from '../view/bundle-context';
import { usePartnerRanking } from './PossiblePartners';

/** With a byte-order mark, so Excel on Windows reads the file as UTF-8. */
export function saveCsv(csv: string, name: string): void {
  downloadBlob(new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' }), name);
}

/** The selected locality's possible partners as a table, with its own CSV download. */
function PartnersTable({ id }: { id: string }) {
  const { localityById, sectorById } = useData();
  const lang = useStore((s) => s.lang);
  const ranking = usePartnerRanking(id);
  const name = localityName(localityById.get(ranking.localityId), lang, ranking.localityId);
  if (ranking.suggestions.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="partners-caption" data-testid="partners-table">
      <table>
        <caption id="partners-caption">
          {t(lang, 'partners.table.caption', { name })} <span className="flag">{t(lang, 'partners.disclaimer')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'partners.table.partner')}</th>
            <th scope="col">{t(lang, 'partners.table.score')}</th>
            <th scope="col">{t(lang, 'partners.table.sectors')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.suggestions.map((s) => (
            <tr key={s.localityId}>
              <td>{localityName(localityById.get(s.localityId), lang, s.localityId)}</td>
              <td>{formatNumber(lang, s.score)}</td>
              <td>
                {sectorList(
                  s.sharedSectors.map((x) => x.sector),
                  sectorById,
                  lang,
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => saveCsv(partnersToCsv(ranking.localityId, ranking.suggestions, localityById), `kizuna-possible-partners-${ranking.localityId}.csv`)}>
        {t(lang, 'partners.csv')}
      </button>
    </div>
  );
}

/** The selected locality's partners under the table: the only part of the list that follows the selection, so selecting does not re-render every row. */
export function SelectedPartners() {
  const selection = useStore((s) => s.selection);
  return selection.kind === 'locality' ? <PartnersTable id={selection.id} /> : null;
}
