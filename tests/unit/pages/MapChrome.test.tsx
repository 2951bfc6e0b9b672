import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GestureHint, MapChrome, MapStatus, type MapStatusProps } from '../../../src/pages/MapChrome';
import { LIGHT } from '../../../src/view/palette';

const status = (props: Partial<MapStatusProps>): MapStatusProps => ({
  lang: 'vi',
  geoLoading: false,
  geoFailed: false,
  retryGeo: () => {},
  upgradeFailed: false,
  retryUpgrade: () => {},
  notice: null,
  onDismissNotice: null,
  ...props,
});

describe('the map’s chrome', () => {
  it('tells every reader how to zoom with the wheel, naming Ctrl and ⌘, in their language', () => {
    const { getByTestId } = render(<GestureHint lang="vi" />);
    const text = getByTestId('map:gesture-hint').textContent ?? '';
    expect(text).toContain('Ctrl');
    expect(text).toContain('⌘');
    expect(text).toContain('thu phóng bản đồ');
  });

  it('says at once that the map is loading while the boundaries are on their way', () => {
    const { getByRole } = render(<MapStatus {...status({ geoLoading: true })} />);
    expect(getByRole('status').textContent).toContain('Đang tải bản đồ');
  });

  it('given the interactive map’s chunk failing, then it says so with Try again, which retries', () => {
    const retryUpgrade = vi.fn();
    const { getByTestId, getByRole } = render(<MapStatus {...status({ upgradeFailed: true, retryUpgrade })} />);
    expect(getByTestId('load-failure').textContent).toContain('Không tải được bản đồ tương tác');
    getByRole('button', { name: 'Thử lại' }).click();
    expect(retryUpgrade).toHaveBeenCalledOnce();
  });

  it.each([
    [{ width: 1440, height: 790 }, true],
    [{ width: 1440, height: 480 }, false],
    [{ width: 375, height: 560 }, false],
    [{ width: 768, height: 870 }, false],
  ])('given a map area of %o, then the legend starts open: %s (a short embed would cut it)', (mapSize, open) => {
    const { container } = render(
      <MapChrome
        {...status({})}
        {...{ flavour: LIGHT, level: 'regions', shown: 37, total: 37, widestTies: 10, premerger: false, stage: 'svg', webglAvailable: true, hint: false, mapSize }}
        onReset={() => {}}
        onZoom={() => {}}
        onExplore={() => {}}
      />,
    );
    expect(container.querySelector('details.map-legend')?.hasAttribute('open')).toBe(open);
  });

  it('keeps a notice without Dismiss when there is nothing else to show (no WebGL)', () => {
    const { getByRole, queryByRole, rerender } = render(<MapStatus {...status({ notice: 'map.notice.no-webgl' })} />);
    expect(getByRole('status').textContent).toContain('WebGL');
    expect(queryByRole('button')).toBeNull();
    const dismiss = vi.fn();
    rerender(<MapStatus {...status({ notice: 'map.notice.crashed', onDismissNotice: dismiss })} />);
    getByRole('button', { name: 'Đóng' }).click();
    expect(dismiss).toHaveBeenCalledOnce();
  });
});
