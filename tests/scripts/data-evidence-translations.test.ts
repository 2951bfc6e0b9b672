// Issue #22, item 6: a sector priority is read in the reader's language. The evidence stays in the
// source's words; every other interface language needs our translation, and a gap is an error
// that names the file, the line, the column and what to write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../scripts/lib/data/bundle';
import { checkData } from '../../scripts/lib/data/check';
import { formatDiagnostic } from '../../scripts/lib/data/diagnostics';

const BASE = 'tests/fixtures/data/base';
const TODAY = '2025-12-01';
const HEADER = 'locality,sector,source_title,source_url,evidence,evidence_lang,evidence_en,evidence_vi,evidence_ja';

const tmp = mkdtempSync(join(tmpdir(), 'kizuna-evidence-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function priorities(rows: string[]): string {
  const path = join(tmp, `sector-priorities-${n++}.csv`);
  writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
  return path;
}
const errors = (path: string) => checkData(BASE, { today: TODAY, overrides: { sectorPriorities: path } }).errors.map(formatDiagnostic);

describe('sector-priority evidence in three languages', () => {
  it('refuses a Vietnamese quote without its English and Japanese translations, naming each column', () => {
    const path = priorities(['Ninh Binh,tourism,Tin tỉnh,,Du lịch là lĩnh vực ưu tiên.,vi,,,']);
    expect(errors(path)).toEqual([
      `${path}:2:7 evidence_en "": missing; write our English translation of "Du lịch là lĩnh vực ưu tiên." (readers of the English interface see it, labelled as ours)`,
      `${path}:2:9 evidence_ja "": missing; write our Japanese translation of "Du lịch là lĩnh vực ưu tiên." (readers of the Japanese interface see it, labelled as ours)`,
    ]);
  });

  it('refuses a translation into the source’s own language, which would hide the source’s words', () => {
    const path = priorities(['Gunma,culture_exchange,Fixture,,Home to many Vietnamese residents.,en,Our English,Nhiều cư dân Việt Nam.,多くのベトナム人が暮らす。']);
    expect(errors(path)).toEqual([`${path}:2:7 evidence_en "Our English": set although evidence_lang is en: "evidence" already is the English text; empty this column`]);
  });

  it('refuses a row that does not say the language of its evidence', () => {
    const path = priorities(['Gunma,culture_exchange,Fixture,,Home to many Vietnamese residents.,,,Nhiều cư dân Việt Nam.,多くのベトナム人が暮らす。']);
    expect(errors(path).some((e) => e.startsWith(`${path}:2:6 evidence_lang`))).toBe(true);
  });

  it('carries the source’s language and our translations into the bundle', () => {
    const path = priorities(['Ninh Binh,tourism,Tin tỉnh,,Du lịch là lĩnh vực ưu tiên.,vi,Tourism is a priority.,,観光は優先分野である。']);
    expect(errors(path)).toEqual([]);
    const bundle = buildBundle(BASE, { today: TODAY, overrides: { sectorPriorities: path } });
    expect(bundle.priorities).toEqual([
      {
        localityId: 'vn-ninh-binh',
        sector: 'tourism',
        evidence: 'Du lịch là lĩnh vực ưu tiên.',
        evidenceLang: 'vi',
        evidenceTranslations: { en: 'Tourism is a priority.', ja: '観光は優先分野である。' },
        source: { title: 'Tin tỉnh', url: null, lang: 'vi' },
      },
    ]);
  });
});
