import { tiesOf } from '../data/ties';
import type { CorePair } from '../data/types';
import { t } from '../i18n';
import { dateSpan, documentsLabel } from '../i18n/counts';
import { useStore } from '../state/store';

/**
 * The heading row of one tie in the list view grouped by tie: its two ends as the rows below name
 * them, how many of its documents the filters show, and their first and latest dates.
 */
export function TieGroupRow({ vn, jp, pairs, columns }: { vn: string; jp: string; pairs: readonly CorePair[]; columns: number }) {
  const lang = useStore((s) => s.lang);
  const tie = tiesOf(pairs)[0];
  if (!tie) return null;
  return (
    <tr className="tie-group">
      <th scope="rowgroup" colSpan={columns}>
        {vn} – {jp}{' '}
        <span className="meta">
          {documentsLabel(lang, pairs.length)} · {dateSpan(lang, tie.first, tie.latest)}
        </span>
      </th>
    </tr>
  );
}

/** The "Group by tie" switch of the list view. */
export function GroupByTieToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const lang = useStore((s) => s.lang);
  return (
    <label className="group-by-tie">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} /> {t(lang, 'list.groupByTie')}
    </label>
  );
}
