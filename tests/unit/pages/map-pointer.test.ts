import { describe, expect, it } from 'vitest';
import { pickedSelection } from '../../../src/pages/use-map-pointer';
import type { Flow, FlowScene } from '../../../src/view/flows';

const flow = (id: string, level: Flow['level'], pairIds: string[]) => ({ id, level, pairIds }) as unknown as Flow;
const scene = {
  flows: [flow('vn-r-central-coast~jp-r-kinki', 'regions', ['p1', 'p2']), flow('vn-da-nang~jp-27', 'provinces', ['vn-da-nang--jp-27-sakai--2019-mou', 'p3'])],
} as unknown as FlowScene;

describe('what a click on the map selects', () => {
  it('selects a place or a region itself, and clears on empty map', () => {
    expect(pickedSelection({ kind: 'locality', id: 'vn-da-nang' }, scene)).toEqual({ kind: 'locality', id: 'vn-da-nang' });
    expect(pickedSelection({ kind: 'region', id: 'jp-r-kinki' }, scene)).toEqual({ kind: 'region', id: 'jp-r-kinki' });
    expect(pickedSelection(null, scene)).toEqual({ kind: 'none' });
  });

  it('walks a flow one level down: a region pair opens its provinces, a province flow its first tie', () => {
    expect(pickedSelection({ kind: 'flow', id: 'vn-r-central-coast~jp-r-kinki' }, scene)).toEqual({ kind: 'region', id: 'vn-r-central-coast~jp-r-kinki' });
    expect(pickedSelection({ kind: 'flow', id: 'vn-da-nang~jp-27' }, scene)).toEqual({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' });
  });

  it('changes nothing for a flow a filter has just removed', () => {
    expect(pickedSelection({ kind: 'flow', id: 'vn-ha-noi~jp-40' }, scene)).toBeNull();
  });
});
