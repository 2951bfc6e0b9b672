import { describe, expect, it } from 'vitest';
import { countByCategory, countCategory, isLocalityAgreement } from '../../../src/data/counting';

const mou = { relationship: 'mou', level: 'government', evidence: 'reported' } as const;

describe('the counting rule', () => {
  it('counts a government-level document reported as signed, and nothing weaker, as a locality agreement', () => {
    expect(isLocalityAgreement(mou)).toBe(true);
    expect(countCategory({ ...mou, level: 'council' })).toBe('council');
    expect(countCategory({ ...mou, level: 'department' })).toBe('department');
    expect(countCategory({ ...mou, level: 'mixed' })).toBe('mixed');
    expect(countCategory({ ...mou, renewalOf: 'vn-da-nang--jp-14-yokohama--2013-04' })).toBe('renewal');
    expect(countCategory({ ...mou, evidence: 'mention' })).toBe('mention');
    expect(countCategory({ ...mou, evidence: 'announced' })).toBe('announced');
    expect(countCategory({ ...mou, relationship: 'joint_statement' })).toBe('joint_statement');
    expect(countCategory({ relationship: 'economic_exchange' })).toBe('other_tie');
  });

  it('keeps a signed type without an evidence value out of the count: it is not reported as signed', () => {
    expect(countCategory({ relationship: 'sister', level: 'government' })).toBe('mention');
  });

  it('puts each row in the first category that applies: a mentioned renewal is a mention, a council joint statement a joint statement', () => {
    expect(countCategory({ ...mou, evidence: 'mention', renewalOf: 'x' })).toBe('mention');
    expect(countCategory({ ...mou, relationship: 'joint_statement', level: 'council' })).toBe('joint_statement');
  });

  it('totals every category, zeros included, so the totals add up to the rows', () => {
    const rows = [mou, mou, { ...mou, level: 'council' as const }, { relationship: 'project' as const }];
    const counts = countByCategory(rows);
    expect(counts).toMatchObject({ locality: 2, council: 1, other_tie: 1, renewal: 0 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});
