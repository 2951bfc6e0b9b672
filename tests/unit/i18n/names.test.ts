import { describe, expect, it } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import { pairLabel, pairTitle, selectionName } from '../../../src/i18n/names';
import { fixtureBundle } from '../../fixtures/bundle';

const data = indexCore(fixtureBundle);
const pair = fixtureBundle.pairs.find((p) => p.id === 'vn-quang-tri--jp-19');

describe('names', () => {
  it('names a selection the same way for the tab title, the panel, the embed and the figure', () => {
    expect(selectionName({ kind: 'none' }, data, 'en')).toBe('');
    expect(selectionName({ kind: 'locality', id: 'jp-19' }, data, 'ja')).toBe('山梨県');
    expect(selectionName({ kind: 'pair', id: 'vn-quang-tri--jp-19' }, data, 'vi')).toBe('Quảng Trị – Yamanashi');
  });

  it('falls back to the id when the data lacks it, rather than showing nothing', () => {
    expect(selectionName({ kind: 'pair', id: 'vn-x--jp-1' }, data, 'en')).toBe('vn-x--jp-1');
    expect(selectionName({ kind: 'locality', id: 'vn-x' }, data, 'en')).toBe('vn-x');
  });

  it('a pair title names the two ends; its label adds the kind of tie, so two documents of one pair differ', () => {
    if (!pair) throw new Error('fixture pair missing');
    expect(pairTitle(pair, data.localityById, 'en')).toBe('Quang Tri – Yamanashi');
    expect(pairLabel(pair, data.localityById, 'en')).toMatch(/^Quang Tri – Yamanashi: sister/);
  });
});
