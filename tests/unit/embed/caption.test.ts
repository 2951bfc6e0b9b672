import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../src/data/selectors';
import type { Lang } from '../../../src/data/vocabulary';
import { describeView, shownPairs } from '../../../src/embed/caption';
import type { Selection } from '../../../src/state/types';
import { NO_FILTERS, type Filters } from '../../../src/view/visible';
import { fixtureBundle } from '../../fixtures/bundle';

// What the fixture holds (tests/fixtures/bundle.ts): Yamanashi (jp-19) has three partners, Quảng
// Trị (sister, 2023), Gia Lai (MoU, 2024) and Lào Cai (economic exchange, undated); Đà Nẵng has
// three documents with Sakai in 2019; hydrogen is a sector of Quảng Trị–Yamanashi and Gia Lai–Yamanashi.
const data = indexBundle(fixtureBundle);
const view = (selection: Selection, filters: Partial<Filters> = {}, lang: Lang = 'en') => describeView(data, selection, { ...NO_FILTERS, ...filters }, lang);
const yamanashi: Selection = { kind: 'locality', id: 'jp-19' };

describe('the caption of a locality', () => {
  it('names the place and counts its partners and locality agreements, in each language', () => {
    expect(view(yamanashi, {}, 'en')).toEqual({ headline: 'Yamanashi’s partners in Vietnam', caption: '3 partners, 2 locality agreements' });
    expect(view(yamanashi, {}, 'vi')).toEqual({ headline: 'Các đối tác Việt Nam của Yamanashi', caption: '3 đối tác, 2 thỏa thuận giữa chính quyền hai địa phương' });
    expect(view(yamanashi, {}, 'ja')).toEqual({ headline: '山梨県のベトナムの協力先', caption: '協力先3件、自治体間の協定2件' });
  });

  it('a Vietnamese unit’s partners are in Japan', () => {
    expect(view({ kind: 'locality', id: 'vn-gia-lai' }, {}, 'vi').headline).toBe('Các đối tác Nhật Bản của Gia Lai');
    expect(view({ kind: 'locality', id: 'vn-gia-lai' }, {}, 'en').headline).toBe('Gia Lai’s partners in Japan');
  });

  it('counts only what the filters show, and says which years', () => {
    // Lào Cai's only document is undated: a year range drops it, so two partners are left.
    expect(view(yamanashi, { years: [2000, 2030] }).caption).toBe('2 partners, 2 locality agreements · 2000–2030');
    expect(view(yamanashi, { sectors: ['hydrogen'] }, 'ja').caption).toBe('協力先2件、自治体間の協定2件 · 分野：水素');
    expect(view(yamanashi, { relationships: ['economic_exchange'] }).caption).toBe('1 partner, 0 locality agreements · Types: Economic exchange');
  });
});

describe('the caption of the overview', () => {
  it('with a sector, the headline names it', () => {
    expect(view({ kind: 'none' }, { sectors: ['hydrogen'] }, 'en')).toEqual({ headline: 'Hydrogen ties between Vietnam and Japan', caption: '2 ties, 2 locality agreements' });
    expect(view({ kind: 'none' }, { sectors: ['hydrogen'] }, 'vi').headline).toBe('Hợp tác Việt Nam – Nhật Bản về Hydro');
    expect(view({ kind: 'none' }, { sectors: ['hydrogen'] }, 'ja').headline).toBe('水素分野での日越の協力関係');
  });

  it('without one, it is the map’s title and counts every tie (one per Vietnamese unit and Japanese locality)', () => {
    const ties = new Set(fixtureBundle.pairs.map((p) => `${p.vnId}~${p.jpId}`)).size;
    expect(view({ kind: 'none' }, {}, 'en')).toEqual({ headline: 'Vietnam–Japan locality partnerships', caption: `${ties} ties, 6 locality agreements` });
    expect(view({ kind: 'none' }, {}, 'ja').caption).toBe(`協力関係${ties}件、自治体間の協定6件`);
  });
});

describe('the caption of a pair and of regions', () => {
  it('a selected document stands for its tie: Đà Nẵng–Sakai’s three documents', () => {
    const pair: Selection = { kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' };
    expect(view(pair, {}, 'en')).toEqual({ headline: 'Ties between Da Nang and Sakai', caption: '3 documents, 3 locality agreements' });
    expect(view(pair, {}, 'vi').headline).toBe('Quan hệ hợp tác giữa Đà Nẵng và Sakai');
    expect(view(pair, { sectors: ['tourism'] }, 'en').caption).toBe('1 document, 1 locality agreement · Sectors: Tourism');
  });

  it('a region pair counts the ties between its provinces and prefectures', () => {
    const selection: Selection = { kind: 'region', id: 'vn-r-central-highlands~jp-r-kinki' };
    const shown = shownPairs(fixtureBundle.pairs, data, selection, NO_FILTERS);
    // Gia Lai with Sakai (a council agreement) and with Yoshino (a project): no locality agreement.
    expect(shown.map((p) => p.id).sort()).toEqual(['vn-gia-lai--jp-27-sakai', 'vn-gia-lai--jp-29-yoshino']);
    expect(view(selection, {}, 'en').caption).toBe('2 ties, 0 locality agreements');
    expect(view(selection, {}, 'ja').headline).toMatch(/^.+と.+の協力関係$/);
  });

  it('a single Japanese region’s ties are with Vietnam', () => {
    expect(view({ kind: 'region', id: 'jp-r-kinki' }, {}, 'en').headline).toMatch(/^Kinki.*: ties with Vietnam$/);
  });
});
