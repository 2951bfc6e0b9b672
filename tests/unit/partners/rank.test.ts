import { describe, expect, it } from 'vitest';
import { LOOKING_BONUS, WEIGHTS, localitiesLookingForPartners, profile, rankPartners } from '../../../src/partners';
import { bundle } from './fixture';
import { NO_FILTERS, selectVisible } from '../../../src/view/visible';

const order = (localityId: string, options = {}) => rankPartners(localityId, bundle, options).suggestions.map((s) => [s.localityId, s.score]);

describe('profile', () => {
  it('gathers sourced priorities and the sectors of existing documents, each with its source', () => {
    const alpha = profile('vn-alpha', bundle);
    expect(alpha.sectors.map((s) => s.sector)).toEqual(['agriculture', 'tourism']);
    const agriculture = alpha.sectors[0]!;
    expect(agriculture.priorities.map((p) => p.source.title)).toEqual(['plan of vn-alpha']);
    expect(agriculture.documents.map((d) => [d.pairId, d.partnerId, d.source.title])).toEqual([['p1', 'jp-01', 'document p1']]);
    expect(alpha.lookingForPartners).toBeNull();
  });

  it('counts a municipality’s document for its prefecture, and reads a municipality as its prefecture', () => {
    expect(profile('jp-02', bundle).sectors.map((s) => [s.sector, s.documents.map((d) => d.pairId)])).toEqual([['tourism', ['p2']]]);
    expect(profile('jp-02-town', bundle).localityId).toBe('jp-02');
  });

  it('flags a forum declaration of looking for partners, with its source', () => {
    expect(profile('vn-delta', bundle).lookingForPartners?.source.title).toBe('forum speech');
  });

  it('lists the localities looking for partners by name, each with its source', () => {
    const list = localitiesLookingForPartners({
      localities: bundle.localities,
      lookingForPartners: [...bundle.lookingForPartners, { localityId: 'jp-04', text: 'Whiskey looks too', source: bundle.lookingForPartners[0]!.source }],
    });
    expect(list.map((l) => l.localityId)).toEqual(['vn-delta', 'jp-04']);
    expect(list[0]!.source.title).toBe('forum speech');
  });

  it('given the documents visible in a year range, counts only those', () => {
    const alpha = profile('vn-alpha', bundle, { documents: selectVisible(bundle.pairs, { ...NO_FILTERS, years: [2016, 2025] }) });
    expect(alpha.sectors.map((s) => [s.sector, s.documents.length])).toEqual([
      ['agriculture', 0],
      ['tourism', 1],
    ]);
  });
});

describe('rankPartners', () => {
  it('suggests only counterparts on the other side with no tie yet, best match first', () => {
    // Alpha is tied to Zulu (p1) and to Yankee through Yankee Town (p2): only Xray and Whiskey remain.
    // Whiskey: agriculture and tourism are priorities on both sides (4 + 4); Xray: agriculture 4, tourism 2.
    expect(order('vn-alpha')).toEqual([
      ['jp-04', 2 * WEIGHTS.priorityPriority],
      ['jp-03', WEIGHTS.priorityPriority + WEIGHTS.priorityDocument],
    ]);
  });

  it('gives every shared sector the source that gives it to each side', () => {
    const [whiskey] = rankPartners('vn-alpha', bundle).suggestions;
    const agriculture = whiskey!.sharedSectors.find((s) => s.sector === 'agriculture')!;
    expect(agriculture.mine.priorities[0]!.source.title).toBe('plan of vn-alpha');
    expect(agriculture.theirs.priorities[0]!.source.title).toBe('plan of jp-04');
  });

  it('weights priority × document between priority × priority and document × document', () => {
    const [xray] = rankPartners('vn-alpha', bundle).suggestions.filter((s) => s.localityId === 'jp-03');
    expect(xray!.sharedSectors.map((s) => [s.sector, s.weight])).toEqual([
      ['agriculture', WEIGHTS.priorityPriority],
      ['tourism', WEIGHTS.priorityDocument],
    ]);
    // Yankee has only a document on tourism, Bravo too: document × document.
    expect(order('jp-02')).toEqual([['vn-bravo', WEIGHTS.documentDocument]]);
  });

  it('breaks equal scores by English name, not by id', () => {
    // Whiskey (jp-04) and Xray (jp-03) both share agriculture as a priority with Delta.
    expect(order('vn-delta')).toEqual([
      ['jp-04', 4],
      ['jp-03', 4],
    ]);
  });

  it('raises a counterpart that declared it is looking for partners', () => {
    // On agriculture alone Alpha and Delta tie at 4 with Xray; Delta's declaration puts it first.
    expect(order('jp-03', { sectors: ['agriculture'] })).toEqual([
      ['vn-delta', WEIGHTS.priorityPriority + LOOKING_BONUS],
      ['vn-alpha', WEIGHTS.priorityPriority],
    ]);
    expect(rankPartners('jp-03', bundle).suggestions.find((s) => s.localityId === 'vn-delta')!.lookingForPartners?.source.title).toBe('forum speech');
  });

  it('with a sector filter, counts only those sectors', () => {
    const tourism = rankPartners('jp-03', bundle, { sectors: ['tourism'] });
    expect(tourism.suggestions.map((s) => [s.localityId, s.sharedSectors.map((x) => x.sector)])).toEqual([['vn-alpha', ['tourism']]]);
  });

  it('gives a locality without a profile no suggestions and says why', () => {
    expect(rankPartners('vn-charlie', bundle)).toEqual({ localityId: 'vn-charlie', suggestions: [], reason: 'no-profile' });
    expect(rankPartners('vn-bravo', bundle, { sectors: ['agriculture'] }).reason).toBe('no-profile');
  });

  it('says when a profile exists but nobody untied shares a sector, and when the place is unknown', () => {
    expect(rankPartners('jp-01', bundle).reason).toBe('no-match');
    expect(rankPartners('jp-99', bundle).reason).toBe('unknown-locality');
  });

  it('ranks for the prefecture when given a municipality', () => {
    const ranking = rankPartners('jp-02-town', bundle);
    expect(ranking.localityId).toBe('jp-02');
    expect(ranking.suggestions.map((s) => s.localityId)).not.toContain('vn-alpha');
  });
});
