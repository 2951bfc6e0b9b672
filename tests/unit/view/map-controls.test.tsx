import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/data/vocabulary';
import { t } from '../../../src/i18n';
import { MapControls, PremergerToggle } from '../../../src/view/MapControls';
import { MAP_OBSTACLES } from '../../../src/view/obstacles';

describe('the pre-merger toggle', () => {
  it.each(LANGS)('in %s, is named in full and its phone word is part of that name (speech input finds it by what it shows)', (lang) => {
    render(<PremergerToggle lang={lang} premerger={false} />);
    const toggle = screen.getByRole('button', { name: t(lang, 'map.premerger') });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    const short = toggle.querySelector('.map-control__text--short')?.textContent ?? '';
    expect(short.length).toBeGreaterThan(0);
    expect(t(lang, 'map.premerger').toLowerCase()).toContain(short.toLowerCase());
  });
});

describe('the map controls as obstacles', () => {
  it('keeps labels and the framed selection off every control, wherever the stylesheet puts it', () => {
    render(
      <>
        <MapControls lang="en" onReset={() => {}} onZoom={() => {}} />
        <PremergerToggle lang="en" premerger={false} />
      </>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    expect(buttons.filter((b) => !b.closest(MAP_OBSTACLES)).map((b) => b.getAttribute('aria-label'))).toEqual([]);
  });
});
