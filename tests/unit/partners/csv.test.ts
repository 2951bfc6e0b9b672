import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../src/data/selectors';
import { partnersToCsv } from '../../../src/partners/csv';
import { rankPartners } from '../../../src/partners';
import { fixtureBundle } from '../../fixtures/bundle';

describe('partnersToCsv', () => {
  it('writes one row per suggestion with its shared sectors and sources', () => {
    const { localityById } = indexBundle(fixtureBundle);
    const ranking = rankPartners('jp-19', fixtureBundle);
    const lines = partnersToCsv('jp-19', ranking.suggestions, localityById).trim().split('\r\n');
    expect(lines).toHaveLength(ranking.suggestions.length + 1);
    expect(lines[1]).toMatch(/^jp-19,vn-hai-phong,Hai Phong,\d+,agriculture,yes,https:\/\//);
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    const { localityById } = indexBundle(fixtureBundle);
    const csv = partnersToCsv('=cmd', [], localityById);
    expect(csv.split('\r\n')[0]).toContain('for_id');
    const suggestion = rankPartners('jp-19', fixtureBundle).suggestions[0]!;
    expect(partnersToCsv('=HYPERLINK("x")', [suggestion], localityById)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
