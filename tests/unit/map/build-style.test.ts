import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/map/build-style';

const land = { type: 'FeatureCollection' as const, features: [] };

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle({ land }))).toEqual([]);
  });

  it('asks no other origin for glyphs, sprites or tiles', () => {
    const style = buildStyle({ land });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });
});
