import { describe, expect, it } from 'vitest';
import { initialUpgradeState, upgradeReducer, type UpgradeAction, type UpgradeState } from '../../../src/pages/upgrade-reducer';
import type { Projector } from '../../../src/view/projector';

const WebGL = () => null;
const projector = { camera: () => ({ center: [0, 0], zoom: 3 }) } as unknown as Projector;
const run = (actions: UpgradeAction[], start: UpgradeState = initialUpgradeState(true)) => actions.reduce(upgradeReducer, start);

describe('the SVG → MapLibre upgrade', () => {
  it('given an intent, then MapLibre loads once however many intents follow, and hands over at its first frame', () => {
    const loading = run([{ type: 'intent' }, { type: 'intent' }, { type: 'intent' }]);
    expect(loading.stage).toBe('loading');
    expect(loading.attempt).toBe(1);
    const shown = run(
      [
        { type: 'loaded', attempt: 1, WebGL },
        { type: 'ready', projector },
      ],
      loading,
    );
    expect(shown.stage).toBe('webgl');
    expect(shown.webglProjector).toBe(projector);
  });

  it('given the chunk failing, then the SVG map stays with the failure, ignores intents, and Try again loads afresh', () => {
    const failed = run([{ type: 'intent' }, { type: 'load-failed', attempt: 1 }]);
    expect(failed).toMatchObject({ stage: 'svg', chunkFailed: true });
    expect(run([{ type: 'intent' }], failed).stage).toBe('svg');
    const retried = run([{ type: 'retry' }], failed);
    expect(retried).toMatchObject({ stage: 'loading', chunkFailed: false, attempt: 2 });
    // The first attempt's late answer changes nothing.
    expect(run([{ type: 'loaded', attempt: 1, WebGL }], retried).WebGL).toBeNull();
    expect(run([{ type: 'loaded', attempt: 2, WebGL }], retried).WebGL).toBe(WebGL);
  });

  it('given +/− pressed while MapLibre loads, then each press is kept for the handover and then cleared', () => {
    const pressed = run([
      { type: 'zoom-intent', delta: 1 },
      { type: 'zoom-intent', delta: 1 },
      { type: 'zoom-intent', delta: -1 },
    ]);
    expect(pressed).toMatchObject({ stage: 'loading', pendingZoom: 1 });
    expect(
      run(
        [
          { type: 'loaded', attempt: 1, WebGL },
          { type: 'ready', projector },
        ],
        pressed,
      ).pendingZoom,
    ).toBe(0);
  });

  it('given MapLibre failing after it loaded, then the SVG map comes back with the reason and no further upgrade', () => {
    const crashed = run([{ type: 'intent' }, { type: 'loaded', attempt: 1, WebGL }, { type: 'ready', projector }, { type: 'fallback', reason: 'map.notice.crashed' }]);
    expect(crashed).toMatchObject({ stage: 'svg', WebGL: null, webglProjector: null, notice: 'map.notice.crashed' });
    expect(run([{ type: 'intent' }], crashed).stage).toBe('svg');
    expect(run([{ type: 'retry' }], crashed).stage).toBe('svg');
  });

  it('given MapLibre loaded but never drawing (a blocked worker), then the timeout brings the SVG map back and says why', () => {
    const stuck = run([{ type: 'intent' }, { type: 'loaded', attempt: 1, WebGL }, { type: 'fallback', reason: 'failure.worker' }]);
    expect(stuck).toMatchObject({ stage: 'svg', WebGL: null, notice: 'failure.worker' });
  });

  it('given WebGL not asked yet (the first render), then an intent waits for the answer, and the answer decides', () => {
    const unknown = initialUpgradeState(null);
    expect(unknown.notice).toBeNull();
    expect(run([{ type: 'intent' }], unknown).stage).toBe('svg');
    expect(run([{ type: 'webgl-support', available: true }, { type: 'intent' }], unknown).stage).toBe('loading');
    const none = run([{ type: 'webgl-support', available: false }, { type: 'intent' }], unknown);
    expect(none).toMatchObject({ stage: 'svg', notice: 'map.notice.no-webgl' });
  });

  it('given no WebGL, then the notice says so and no intent loads MapLibre', () => {
    const none = initialUpgradeState(false);
    expect(none.notice).toBe('map.notice.no-webgl');
    expect(run([{ type: 'intent' }, { type: 'zoom-intent', delta: 1 }], none)).toMatchObject({ stage: 'svg', pendingZoom: 0 });
  });
});
