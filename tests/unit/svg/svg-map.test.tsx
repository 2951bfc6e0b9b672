// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SvgMap } from '../../../src/svg/SvgMap';
import { buildSvgMap } from '../../../src/svg/svg-map';
import { useStore } from '../../../src/state/store';
import { visiblePairs, type PairFilter } from '../../../src/data/selectors';
import { fixtureGeo } from '../../fixtures/map/geo';
import { localities, pairs } from '../../fixtures/map/bundle';

const geo = fixtureGeo();
const noFilter: PairFilter = { sectors: [], relationships: [] };

function renderMap(filters: PairFilter = noFilter) {
  return render(
    <SvgMap geo={geo} localities={localities} pairs={pairs} width={600} height={400} lang="vi" selection={{ kind: 'none' }} filters={filters} />,
  );
}

describe('SvgMap', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('draws one arc per pair when nothing is filtered', () => {
    const { container } = renderMap();
    expect(container.querySelectorAll('path[data-pair-id]')).toHaveLength(pairs.length);
  });

  it('draws only the pairs the sector filter lets through', () => {
    const { container } = renderMap({ sectors: ['agriculture'], relationships: [] });
    const ids = [...container.querySelectorAll('path[data-pair-id]')].map((p) => p.getAttribute('data-pair-id'));
    expect(ids).toEqual(['vn-lao-cai--jp-19', 'vn-quang-tri--jp-19']);
  });

  it('selects a pair in the store when its arc is clicked', () => {
    renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Quảng Trị – Yamanashi: kết nghĩa, 2023' }));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-quang-tri--jp-19' });
  });

  it('selects a province in the store when it is clicked', () => {
    renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Đà Nẵng: 3 quan hệ hợp tác' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'vn-da-nang' });
  });

  it('selects a pair with the keyboard (Enter)', () => {
    renderMap();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Đà Nẵng – Sakai (Osaka): biên bản ghi nhớ, 2019' }), { key: 'Enter' });
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' });
  });

  it('clears the selection on Escape', () => {
    useStore.setState({ selection: { kind: 'locality', id: 'jp-19' } });
    renderMap();
    fireEvent.keyDown(screen.getByRole('button', { name: /^Yamanashi/ }), { key: 'Escape' });
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
  });

  it('labels Hoàng Sa and Trường Sa in the interface language', () => {
    const { container } = renderMap();
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    expect(texts).toContain('Quần đảo Trường Sa (Khánh Hòa)');
  });
});

describe('buildSvgMap', () => {
  it('draws every unit and keeps arcs inside the picture', () => {
    const model = buildSvgMap({ geo, pairs, localities, width: 600, height: 400, visible: visiblePairs(pairs, noFilter) });
    expect(model.units.map((u) => u.id)).toEqual(['vn-da-nang', 'vn-quang-tri', 'vn-lao-cai', 'vn-ho-chi-minh-city', 'jp-19', 'jp-27']);
    for (const arc of model.arcs) {
      expect(arc.mid[0]).toBeGreaterThan(0);
      expect(arc.mid[0]).toBeLessThan(600);
      expect(arc.mid[1]).toBeGreaterThan(0);
      expect(arc.mid[1]).toBeLessThan(400);
    }
  });
});
