import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOUNDARIES_TIMEOUT_MS, loadGeo } from '../../../src/geo/boundaries';

/**
 * A boundaries request that stalls (a captive portal, a dead mobile connection) used to leave an
 * empty map area forever; after BOUNDARIES_TIMEOUT_MS it is aborted and fails like any other
 * failure, so the map shows its message and Try again.
 */
describe('loadGeo, given a request that never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('aborts the request after the timeout and rejects, then a retry asks again', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      const signal = init.signal as AbortSignal;
      signals.push(signal);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
    });
    const outcome = loadGeo().then(
      () => 'loaded',
      (error: unknown) => String((error as Error).message),
    );
    await vi.advanceTimersByTimeAsync(BOUNDARIES_TIMEOUT_MS - 1000);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBe('boundaries: no answer within 20 s');
    expect(signals[0]?.aborted).toBe(true);

    void loadGeo().catch(() => undefined);
    expect(signals).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(BOUNDARIES_TIMEOUT_MS);
  });
});
