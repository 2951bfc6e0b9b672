import { describe, expect, it } from 'vitest';
import { tieCount, tiesOf, tiesPerSide } from '../../../src/data/ties';
import type { CorePair } from '../../../src/data/types';

function pair(id: string, vnId: string, jpId: string, signed: string | null, relationship: CorePair['relationship'] = 'mou'): CorePair {
  return {
    id,
    vnId,
    jpId,
    jpPrefectureId: jpId.split('-').slice(0, 2).join('-'),
    relationship,
    isAgreement: relationship !== 'other',
    signed,
    sectors: [],
    signedAs: null,
  };
}

describe('ties', () => {
  const pairs = [
    pair('b', 'vn-ha-noi', 'jp-40', '2019-05'),
    pair('a', 'vn-ha-noi', 'jp-40', '2010'),
    pair('c', 'vn-ha-noi', 'jp-40', null, 'other'),
    pair('d', 'vn-ha-noi', 'jp-40-fukuoka', '2015'),
    pair('e', 'vn-da-nang', 'jp-40', '2020', 'other'),
  ];

  it('groups the documents of one Vietnamese unit and one Japanese locality into one tie', () => {
    const ties = tiesOf(pairs);
    expect(ties.map((t) => t.id)).toEqual(['vn-ha-noi~jp-40', 'vn-ha-noi~jp-40-fukuoka', 'vn-da-nang~jp-40']);
    expect(tieCount(pairs)).toBe(3);
  });

  it('lists a tie’s documents oldest first with undated last, and its first and latest dates', () => {
    const tie = tiesOf(pairs)[0]!;
    expect(tie.pairIds).toEqual(['a', 'b', 'c']);
    expect(tie.first).toBe('2010');
    expect(tie.latest).toBe('2019-05');
    expect(tie.relationships).toEqual(['mou', 'other']);
    expect(tie.signed).toBe(true);
  });

  it('keeps a municipality tie apart from its prefecture and marks an unsigned tie', () => {
    const ties = tiesOf(pairs);
    expect(ties[1]!.jpPrefectureId).toBe('jp-40');
    expect(ties[2]!.signed).toBe(false);
  });
});

describe('ties per side', () => {
  it('counts each tie once per Vietnamese unit and once per prefecture, municipal ties included', () => {
    const pairs = [
      pair('a', 'vn-ha-noi', 'jp-40', '2010'),
      pair('b', 'vn-ha-noi', 'jp-40', '2019'),
      pair('c', 'vn-ha-noi', 'jp-40-fukuoka', '2015'),
      pair('d', 'vn-da-nang', 'jp-40', '2020'),
    ];
    const { vn, jp } = tiesPerSide(pairs);
    expect(Object.fromEntries(vn)).toEqual({ 'vn-ha-noi': 2, 'vn-da-nang': 1 });
    // Hà Nội–Fukuoka Prefecture, Hà Nội–Fukuoka City and Đà Nẵng–Fukuoka Prefecture.
    expect(Object.fromEntries(jp)).toEqual({ 'jp-40': 3 });
  });
});
