import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/geo/encoding';
import { Legend } from '../../../src/view/Legend';
import { LIGHT } from '../../../src/view/palette';

describe('Legend', () => {
  it('keeps dashes for one meaning: the colour swatches are solid, the one dashed sample says "no signed document"', () => {
    const { container } = render(<Legend lang="en" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    const swatches = container.querySelectorAll('.map-legend__arcs line');
    expect(swatches).toHaveLength(CATEGORIES.length);
    swatches.forEach((line) => expect(line.getAttribute('stroke-dasharray')).toBeNull());
    const dashed = container.querySelectorAll('line[stroke-dasharray]');
    expect(dashed).toHaveLength(1);
    expect(screen.getByTestId('map:legend-dashed').textContent).toContain('signed document');
  });

  it('says that darker lines have more ties, as on the map, and its width samples darken with their count', () => {
    render(<Legend lang="en" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    const samples = [...screen.getByTestId('map:legend-width').querySelectorAll('line')];
    const opacities = samples.map((line) => Number(line.getAttribute('stroke-opacity')));
    expect(opacities).toHaveLength(3);
    expect(opacities).toEqual([...opacities].sort((a, b) => a - b));
    expect(opacities[0]).toBeLessThan(opacities[2] ?? 0);
    expect(screen.getByText(/darker/)).toBeTruthy();
  });

  it('explains the count badges on the widest lines, in the reader’s language', () => {
    render(<Legend lang="vi" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    expect(screen.getByTestId('map:legend-badge').textContent).toContain('số mối quan hệ');
  });

  it('shows the widest line’s own count as its badge sample, and no badge note when no line is drawn', () => {
    const { rerender } = render(<Legend lang="en" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={1234} />);
    expect(screen.getByTestId('map:legend-badge').querySelector('.map-legend__badge')?.textContent).toBe('1,234');
    rerender(<Legend lang="en" flavour={LIGHT} level="regions" shown={0} total={0} widestTies={null} />);
    expect(screen.queryByTestId('map:legend-badge')).toBeNull();
  });

  it('says that a dashed region line has no signed document among all its ties (most region lines hold one and are solid)', () => {
    const { rerender } = render(<Legend lang="en" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    expect(screen.getByTestId('map:legend-dashed').textContent).toContain('none of the line’s ties has a signed document');
    rerender(<Legend lang="en" flavour={LIGHT} level="ties" shown={3} total={3} widestTies={2} />);
    expect(screen.getByTestId('map:legend-dashed').textContent).toBe(' Dashed: no signed document');
  });

  it('says what the number after a region’s name counts, at the regions level only', () => {
    const { container, rerender } = render(<Legend lang="en" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    expect(container.textContent).toContain('the number after a region’s name: its ties');
    rerender(<Legend lang="en" flavour={LIGHT} level="provinces" shown={120} total={140} widestTies={4} />);
    expect(container.textContent).not.toContain('region’s name');
  });

  it('says what the pre-merger dots are when they are drawn, with dots that are not the flows’ dashes', () => {
    const { container, rerender } = render(<Legend lang="ja" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} />);
    expect(screen.queryByTestId('map:legend-premerger')).toBeNull();
    rerender(<Legend lang="ja" flavour={LIGHT} level="regions" shown={37} total={37} widestTies={10} premerger />);
    expect(screen.getByTestId('map:legend-premerger').textContent).toContain('合併前の63省・市');
    const dots = container.querySelector('[data-testid="map:legend-premerger"] line');
    const dashes = container.querySelector('[data-testid="map:legend-dashed"] line');
    expect(dots?.getAttribute('stroke-linecap')).toBe('round');
    expect(dots?.getAttribute('stroke-dasharray')?.split(' ')[0]).toBe('0');
    expect(dots?.getAttribute('stroke-dasharray')).not.toBe(dashes?.getAttribute('stroke-dasharray'));
  });
});
