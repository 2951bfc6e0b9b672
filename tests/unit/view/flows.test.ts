import { describe, expect, it } from 'vitest';
import { indexCore } from '../../../src/data/selectors';
import { tieCount } from '../../../src/data/ties';
import type { CorePair } from '../../../src/data/types';
import type { Selection } from '../../../src/state/types';
import { flowStates, locationCircles } from '../../../src/view/flow-style';
import { fanEnds } from '../../../src/view/fan-ends';
import { buildFlowScene, MAX_FLOWS, type Flow } from '../../../src/view/flows';
import { buildMapModel } from '../../../src/view/map-model';
import { flowWidth } from '../../../src/view/flow-paint';
import { LIGHT } from '../../../src/view/palette';
import { fixtureBundle } from '../../fixtures/bundle';

/*
 * The fixture's twelve documents by region (tests/fixtures/data/base):
 *  - Central Coast × Kinki: Đà Nẵng–Sakai, 1 tie of 3 signed documents;
 *  - Central Coast × Chubu: Quảng Trị–Yamanashi (sister) and Huế–Gifu (other): 2 ties, 1 signed;
 *  - Central Highlands × Kinki: Gia Lai–Sakai (MoU) and Gia Lai–Yoshino (project): 2 ties, 1 signed;
 *  - Central Highlands × Chubu: Gia Lai–Yamanashi (MoU);
 *  - Southeast × Kinki: Hồ Chí Minh City–Osaka Prefecture and –Osaka City: 2 ties, 1 signed;
 *  - Northern Midlands × Chubu: Lào Cai–Yamanashi; Red River Delta × Kanto: Ninh Bình–Gunma.
 */
const data = indexCore(fixtureBundle);
const { pairs, regions } = fixtureBundle;

function model(selection: Selection = { kind: 'none' }, { visible = pairs, zoomedIn = false }: { visible?: readonly CorePair[]; zoomedIn?: boolean } = {}) {
  return buildMapModel({
    pairs,
    pairById: data.pairById,
    localityById: data.localityById,
    regions,
    visible,
    filtered: visible !== pairs,
    selection,
    zoomedIn,
  });
}

const ids = (flows: readonly Flow[]) => flows.map((f) => f.id).sort();
const byId = (flows: readonly Flow[], id: string) => {
  const flow = flows.find((f) => f.id === id);
  if (!flow) throw new Error(`no flow ${id} among ${flows.map((f) => f.id).join(', ')}`);
  return flow;
};

describe('the regions level (the opening view)', () => {
  it('draws one flow per Vietnamese × Japanese region with ties, never more than 6 × 8', () => {
    const { scene } = model();
    expect(scene.level).toBe('regions');
    expect(scene.flows.length).toBeLessThanOrEqual(48);
    expect(ids(scene.flows)).toEqual([
      'vn-r-central-coast~jp-r-chubu',
      'vn-r-central-coast~jp-r-kinki',
      'vn-r-central-highlands~jp-r-chubu',
      'vn-r-central-highlands~jp-r-kinki',
      'vn-r-northern-midlands~jp-r-chubu',
      'vn-r-red-river-delta~jp-r-kanto',
      'vn-r-southeast~jp-r-kinki',
    ]);
    // Every tie is in exactly one region flow.
    expect(scene.flows.reduce((sum, f) => sum + f.ties, 0)).toBe(tieCount(pairs));
    expect(scene.hidden).toBe(0);
  });

  it('sizes flows by ties, not documents: two ties draw wider than one tie of three documents', () => {
    const m = model();
    const paint = flowStates(m, null, LIGHT);
    const twoTies = byId(m.scene.flows, 'vn-r-central-coast~jp-r-chubu');
    const threeDocs = byId(m.scene.flows, 'vn-r-central-coast~jp-r-kinki');
    expect(twoTies.ties).toBe(2);
    expect(threeDocs).toMatchObject({ ties: 1, documents: 3 });
    expect(paint.get(twoTies.id)?.width).toBe(flowWidth(2));
    expect(paint.get(threeDocs.id)?.width).toBe(flowWidth(1));
    expect(flowWidth(2)).toBeGreaterThan(flowWidth(1));
    // Strongest first.
    expect(m.scene.flows[0]?.ties).toBe(2);
    expect(m.scene.flows.at(-1)?.ties).toBe(1);
  });

  it('counts ties, documents and signed documents per flow', () => {
    const { flows } = model().scene;
    expect(byId(flows, 'vn-r-central-coast~jp-r-kinki')).toMatchObject({ ties: 1, documents: 3, signedDocuments: 3, signed: true });
    expect(byId(flows, 'vn-r-central-highlands~jp-r-kinki')).toMatchObject({ ties: 2, documents: 2, signedDocuments: 1, signed: true });
    expect(byId(flows, 'vn-r-southeast~jp-r-kinki')).toMatchObject({ ties: 2, documents: 2, signedDocuments: 1, strongest: 'cooperation_agreement' });
    expect(byId(flows, 'vn-r-northern-midlands~jp-r-chubu')).toMatchObject({ ties: 1, documents: 1, signedDocuments: 0, signed: false, category: 'economic' });
  });

  it('sizes a region circle by its ties', () => {
    const { locations } = model().scene;
    const kinki = locations.find((l) => l.id === 'jp-r-kinki');
    // Đà Nẵng–Sakai, Gia Lai–Sakai, Gia Lai–Yoshino, HCMC–Osaka, HCMC–Osaka City.
    expect(kinki?.ties).toBe(5);
    expect(locations[0]?.id).toBe('jp-r-kinki');
  });

  it('draws the circles opaque, so the flows end at their edge, and fades those a hovered region does not reach', () => {
    const { scene } = model();
    expect(locationCircles(scene, null, LIGHT).map((c) => c.opacity)).toEqual(scene.locations.map(() => 1));
    const hovered = locationCircles(scene, { kind: 'region', id: 'vn-r-central-highlands' }, LIGHT);
    const opacity = (id: string) => hovered.find((c) => c.id === id)?.opacity;
    expect([opacity('vn-r-central-highlands'), opacity('jp-r-kinki'), opacity('jp-r-chubu')]).toEqual([1, 1, 1]);
    expect(opacity('jp-r-kanto')).toBeLessThan(1);
  });

  it('drops a flow a filter hides, and keeps the others', () => {
    const hydrogen = pairs.filter((p) => p.sectors.includes('hydrogen'));
    const { scene } = model({ kind: 'none' }, { visible: hydrogen });
    expect(ids(scene.flows)).toEqual(['vn-r-central-coast~jp-r-chubu', 'vn-r-central-highlands~jp-r-chubu']);
    expect(byId(scene.flows, 'vn-r-central-coast~jp-r-chubu').ties).toBe(1);
  });
});

describe('the provinces level', () => {
  it('zooming in draws units × prefectures, a municipality counting for its prefecture', () => {
    const { scene } = model({ kind: 'none' }, { zoomedIn: true });
    expect(scene.level).toBe('provinces');
    expect(byId(scene.flows, 'vn-da-nang~jp-27')).toMatchObject({ ties: 1, documents: 3 });
    expect(byId(scene.flows, 'vn-ho-chi-minh-city~jp-27')).toMatchObject({ ties: 2, documents: 2 });
    expect(scene.flows.some((f) => f.jpId === 'jp-27-sakai')).toBe(false);
  });

  it('a region pair shows only the flows of its provinces', () => {
    const { scene } = model({ kind: 'region', id: 'vn-r-central-highlands~jp-r-kinki' });
    expect(scene.level).toBe('provinces');
    expect(ids(scene.flows)).toEqual(['vn-gia-lai~jp-27', 'vn-gia-lai~jp-29']);
  });

  it('one region shows every flow leaving it', () => {
    const { scene } = model({ kind: 'region', id: 'jp-r-chubu' });
    expect(ids(scene.flows)).toEqual(['vn-gia-lai~jp-19', 'vn-hue~jp-21', 'vn-lao-cai~jp-19', 'vn-quang-tri~jp-19']);
  });

  it('a selected locality shows its own flows only', () => {
    expect(ids(model({ kind: 'locality', id: 'jp-19' }).scene.flows)).toEqual(['vn-gia-lai~jp-19', 'vn-lao-cai~jp-19', 'vn-quang-tri~jp-19']);
    // A municipality: the flows of its ties, drawn to its prefecture.
    expect(ids(model({ kind: 'locality', id: 'jp-27-sakai' }).scene.flows)).toEqual(['vn-da-nang~jp-27', 'vn-gia-lai~jp-27']);
  });
});

describe('the ties level', () => {
  it('a selected pair draws the ties of its unit × prefecture, a municipality keeping its own end, the pair pressed', () => {
    const m = model({ kind: 'pair', id: 'vn-ho-chi-minh-city--jp-27-osaka' });
    expect(m.scene.level).toBe('ties');
    expect(ids(m.scene.flows)).toEqual(['vn-ho-chi-minh-city~jp-27', 'vn-ho-chi-minh-city~jp-27-osaka']);
    expect(m.selectedFlowId).toBe('vn-ho-chi-minh-city~jp-27-osaka');
    const sakai = model({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' }).scene;
    expect(sakai.flows.map((f) => [f.id, f.documents])).toEqual([['vn-da-nang~jp-27-sakai', 3]]);
    expect(sakai.locations.map((l) => l.id).sort()).toEqual(['jp-27-sakai', 'vn-da-nang']);
  });

  it('keeps the selected pair even when a filter hides it', () => {
    const none = pairs.filter((p) => p.sectors.includes('hydrogen'));
    const m = model({ kind: 'pair', id: 'vn-lao-cai--jp-19' }, { visible: none });
    expect(ids(m.scene.flows)).toEqual(['vn-lao-cai~jp-19']);
  });
});

describe('the cap', () => {
  // 10,000 documents between the fixture's units and Japanese localities: every unit × prefecture
  // pair gets a few, some many more (so the strongest are well defined).
  const vnUnits = fixtureBundle.localities.filter((l) => l.country === 'vn');
  const jpEnds = fixtureBundle.localities.filter((l) => l.country === 'jp');
  const template = pairs[0]!;
  const synthetic: CorePair[] = Array.from({ length: 10_000 }, (_, i) => {
    const vn = vnUnits[i % vnUnits.length]!;
    const jp = jpEnds[Math.floor(i / vnUnits.length) % jpEnds.length]!;
    return { ...template, id: `synthetic-${i}`, vnId: vn.id, jpId: jp.id, jpPrefectureId: jp.kind === 'municipality' ? (jp.prefectureId ?? jp.id) : jp.id };
  });
  const groups = new Set(synthetic.map((p) => `${p.vnId}~${p.jpPrefectureId}`));

  it(`draws at most ${MAX_FLOWS} province flows, the strongest, and says how many it left out`, () => {
    const scene = buildFlowScene({ pairs: synthetic, localityById: data.localityById, regions, level: 'provinces', scope: { kind: 'all' } });
    expect(groups.size).toBeGreaterThan(MAX_FLOWS);
    expect(scene.flows).toHaveLength(MAX_FLOWS);
    expect(scene.hidden).toBe(groups.size - MAX_FLOWS);
    // The kept ones are the strongest: none left out has more ties than the weakest kept.
    const tiesOf = new Map<string, Set<string>>();
    for (const p of synthetic) {
      const id = `${p.vnId}~${p.jpPrefectureId}`;
      tiesOf.set(id, (tiesOf.get(id) ?? new Set()).add(`${p.vnId}~${p.jpId}`));
    }
    const kept = new Set(scene.flows.map((f) => f.id));
    const weakestKept = Math.min(...scene.flows.map((f) => f.ties));
    const strongestLeft = Math.max(...[...tiesOf].filter(([id]) => !kept.has(id)).map(([, t]) => t.size));
    expect(weakestKept).toBeGreaterThanOrEqual(strongestLeft);
    expect(scene.flows.map((f) => f.ties)).toEqual([...scene.flows.map((f) => f.ties)].sort((a, b) => b - a));
  });

  it('never caps the regions level, which stays within 6 × 8', () => {
    const scene = buildFlowScene({ pairs: synthetic, localityById: data.localityById, regions, level: 'regions', scope: { kind: 'all' } });
    expect(scene.flows.length).toBeLessThanOrEqual(48);
    expect(scene.hidden).toBe(0);
    expect(scene.flows.reduce((sum, f) => sum + f.ties, 0)).toBe(tieCount(synthetic));
  });
});

describe('fanEnds', () => {
  it('gives two flows leaving one location distinct first points, near the location', () => {
    const points = new Map<string, [number, number]>([
      ['v', [106, 16]],
      ['j1', [135, 34]],
      ['j2', [139, 36]],
    ]);
    const fanned = fanEnds(
      [
        { id: 'a', vnId: 'v', jpId: 'j1' },
        { id: 'b', vnId: 'v', jpId: 'j2' },
      ],
      (id) => points.get(id)!,
      0.5,
    );
    const a = fanned.get('a')!;
    const b = fanned.get('b')!;
    expect(a[0]).not.toEqual(b[0]);
    for (const [lon, lat] of [a[0], b[0]]) {
      expect(Math.hypot(lon - 106, lat - 16)).toBeLessThanOrEqual(0.5);
    }
    // A location with one flow keeps its own point.
    expect(a[1]).toEqual([135, 34]);
    expect(b[1]).toEqual([139, 36]);
  });

  it('spreads the drawn flows of a scene: no two flows of one region start on the same point', () => {
    const { flows } = model().scene;
    const chubu = flows.filter((f) => f.jpId === 'jp-r-chubu').map((f) => JSON.stringify(f.line.at(-1)));
    expect(chubu.length).toBeGreaterThan(1);
    expect(new Set(chubu).size).toBe(chubu.length);
  });
});
