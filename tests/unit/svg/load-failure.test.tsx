// @vitest-environment happy-dom
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GeoLayers } from '../../../src/geo/boundaries';
import { LoadFailure } from '../../../src/panels/LoadFailure';

const loadGeo = vi.fn<() => Promise<GeoLayers>>();
vi.mock('../../../src/geo/boundaries', () => ({ loadGeo: () => loadGeo() }));
const { useGeoStatus } = await import('../../../src/svg/use-geo');

describe('LoadFailure', () => {
  it('says what failed in the reader’s language, that the rest works, and offers a retry', () => {
    const onRetry = vi.fn();
    render(<LoadFailure lang="vi" messageKey="failure.boundaries" onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Không vẽ được bản đồ');
    expect(alert.textContent).toContain('Các phần khác của trang vẫn hoạt động');
    screen.getByRole('button', { name: 'Thử lại' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('without a retry handler, shows no button (a retry cannot help)', () => {
    render(<LoadFailure lang="ja" messageKey="failure.worker" />);
    expect(screen.getByRole('alert').textContent).toContain('簡易地図');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('useGeoStatus', () => {
  afterEach(() => loadGeo.mockReset());

  it('given a failed load, reports it; given a retry that succeeds, returns the boundaries', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const layers = { units: { type: 'FeatureCollection', features: [] } } as unknown as GeoLayers;
    loadGeo.mockRejectedValueOnce(new SyntaxError('Unexpected end of JSON input')).mockResolvedValueOnce(layers);
    const { result } = renderHook(() => useGeoStatus());
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.geo).toBeNull();

    act(() => result.current.retry());

    await waitFor(() => expect(result.current.geo).toBe(layers));
    expect(result.current.failed).toBe(false);
    expect(loadGeo).toHaveBeenCalledTimes(2);
  });
});
