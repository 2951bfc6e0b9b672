/**
 * A small hand-written world for the partner logic. Invented places and documents, never shown
 * to readers. English names run against id order (jp-01 is "Zulu", jp-04 "Whiskey") so a sort
 * by name and a sort by id give different answers.
 *
 * Vietnam:  Alpha (priorities agriculture, tourism), Bravo (hydrogen), Charlie (nothing sourced),
 *           Delta (agriculture; declared it is looking for partners).
 * Japan:    Zulu jp-01 (agriculture), Yankee jp-02 (none; its town Yankee Town has a tie),
 *           Xray jp-03 (agriculture, hydrogen), Whiskey jp-04 (agriculture, tourism).
 * Ties:     p1 Alpha–Zulu mou 2015-03 [agriculture]; p2 Alpha–Yankee Town friendship 2018
 *           [tourism]; p3 Bravo–Xray economic exchange 2020-05-01 [tourism]; p4 Delta–Zulu
 *           project undated [environment]; p5 Charlie–Whiskey other 2013 [no sector].
 */
import { type Forum, type Locality, type Pair, type Source } from '../../../src/data/types';
import { AGREEMENT_TYPES, type Relationship } from '../../../src/data/vocabulary';
import type { ProfileBundle } from '../../../src/partners';

export const src = (title: string): Source => ({ title, url: `https://example.org/${encodeURIComponent(title)}` });

const vn = (id: string, en: string): Locality => ({ id, country: 'vn', kind: 'province', names: { en, vi: en, ja: en }, point: [105, 20], regionId: 'vn-r-one' });
const pref = (id: string, en: string): Locality => ({ id, country: 'jp', kind: 'prefecture', subtype: 'ken', names: { en, vi: en, ja: en }, point: [139, 36], regionId: 'jp-r-one' });

export const localities: Locality[] = [
  vn('vn-alpha', 'Alpha'),
  vn('vn-bravo', 'Bravo'),
  vn('vn-charlie', 'Charlie'),
  vn('vn-delta', 'Delta'),
  pref('jp-01', 'Zulu'),
  pref('jp-02', 'Yankee'),
  pref('jp-03', 'Xray'),
  pref('jp-04', 'Whiskey'),
  {
    id: 'jp-02-town',
    country: 'jp',
    kind: 'municipality',
    subtype: 'town',
    prefectureId: 'jp-02',
    names: { en: 'Yankee Town', vi: 'Yankee Town', ja: 'Yankee Town' },
    point: [139, 36],
    regionId: 'jp-r-one',
  },
];

function pair(id: string, vnId: string, jpId: string, jpPrefectureId: string, relationship: Relationship, signed: string | null, sectors: string[]): Pair {
  return {
    id,
    vnId,
    jpId,
    jpPrefectureId,
    relationship,
    isAgreement: AGREEMENT_TYPES.includes(relationship),
    signed,
    ...(AGREEMENT_TYPES.includes(relationship) && { level: 'government' as const, evidence: 'reported' as const }),
    sectors,
    summary: { en: id },
    source: src(`document ${id}`),
    signedAs: null,
  };
}

export const pairs: Pair[] = [
  pair('p1', 'vn-alpha', 'jp-01', 'jp-01', 'mou', '2015-03', ['agriculture']),
  pair('p2', 'vn-alpha', 'jp-02-town', 'jp-02', 'friendship', '2018', ['tourism']),
  pair('p3', 'vn-bravo', 'jp-03', 'jp-03', 'economic_exchange', '2020-05-01', ['tourism']),
  pair('p4', 'vn-delta', 'jp-01', 'jp-01', 'project', null, ['environment']),
  pair('p5', 'vn-charlie', 'jp-04', 'jp-04', 'other', '2013', []),
];

const priority = (localityId: string, sector: string) => ({
  localityId,
  sector,
  evidence: `${localityId} wants ${sector}`,
  evidenceLang: 'en',
  evidenceTranslations: { vi: `${localityId} muốn ${sector}`, ja: `${localityId}は${sector}を望む` },
  source: src(`plan of ${localityId}`),
});

export const forum: Forum = {
  name: 'Forum',
  date: '2025-11-25',
  place: 'Ha Long',
  placeLocalityId: 'vn-alpha',
  themes: [],
  organisers: { text: 'organisers', source: src('forum') },
  programme: [],
  officialAgreementCount: { value: 110, text: 'over 110 cooperation agreements', source: src('forum report') },
};

export const bundle: ProfileBundle & { forum: Forum } = {
  localities,
  pairs,
  priorities: [
    priority('vn-alpha', 'agriculture'),
    priority('vn-alpha', 'tourism'),
    priority('vn-bravo', 'hydrogen'),
    priority('vn-delta', 'agriculture'),
    priority('jp-01', 'agriculture'),
    priority('jp-03', 'agriculture'),
    priority('jp-03', 'hydrogen'),
    priority('jp-04', 'agriculture'),
    priority('jp-04', 'tourism'),
  ],
  lookingForPartners: [{ localityId: 'vn-delta', text: 'Delta wishes to find Japanese partners', source: src('forum speech') }],
  forum,
};
