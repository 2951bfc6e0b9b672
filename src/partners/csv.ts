/**
 * Possible partners as CSV, for the list view's download. Cells go through the same neutralising
 * and quoting as the agreements export (src/data/csv-export.ts), so a cell never runs as a formula.
 */
import { csvField } from '../data/csv-export';
import type { Locality } from '../data/types';
import type { Suggestion } from './rank';

const PARTNER_CSV_COLUMNS = ['for_id', 'partner_id', 'partner_name_en', 'score', 'shared_sectors', 'looking_for_partners', 'source_urls'] as const;

function sourcesOf(suggestion: Suggestion): string[] {
  const urls = new Set<string>();
  for (const shared of suggestion.sharedSectors) {
    for (const side of [shared.mine, shared.theirs]) {
      for (const reason of [...side.priorities, ...side.documents]) if (reason.source.url) urls.add(reason.source.url);
    }
  }
  if (suggestion.lookingForPartners?.source.url) urls.add(suggestion.lookingForPartners.source.url);
  return [...urls];
}

export function partnersToCsv(forId: string, suggestions: readonly Suggestion[], localityById: ReadonlyMap<string, Locality>): string {
  const lines = [PARTNER_CSV_COLUMNS.join(',')];
  for (const s of suggestions) {
    const row = [
      forId,
      s.localityId,
      localityById.get(s.localityId)?.names.en ?? s.localityId,
      String(s.score),
      s.sharedSectors.map((x) => x.sector).join(';'),
      s.lookingForPartners ? 'yes' : 'no',
      sourcesOf(s).join(' '),
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
