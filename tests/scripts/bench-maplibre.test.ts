// What the bench counts as a MapLibre byte: by URL, or by the code a chunk holds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maplibreAssetPaths } from '../../scripts/lib/bench/build';
import { isMaplibre } from '../../scripts/lib/bench/measure';

const dir = mkdtempSync(join(tmpdir(), 'kizuna-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('MapLibre bytes', () => {
  it('finds the chunks that hold MapLibre code whatever their name, and no other file', () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'WebGLMap-abc.js'), 'var a=DOM.create("div","maplibregl-canvas-container",c);');
    writeFileSync(join(dir, 'assets', 'index-def.js'), 'import("./WebGLMap-abc.js")');
    writeFileSync(join(dir, 'assets', 'index-def.css'), '.maplibregl-canvas-container{}');
    const assets = ['assets/WebGLMap-abc.js', 'assets/index-def.js', 'assets/index-def.css'].map((file) => ({ file, bytes: 1, gzip: 1 }));
    const found = maplibreAssetPaths(dir, assets);
    expect([...found]).toEqual(['/assets/WebGLMap-abc.js']);
    expect(isMaplibre('http://127.0.0.1:4173/assets/WebGLMap-abc.js', found)).toBe(true);
    expect(isMaplibre('http://127.0.0.1:4173/assets/index-def.js', found)).toBe(false);
  });

  it("counts a URL naming maplibre, MapLibre's worker included, but not the app's own worker", () => {
    expect(isMaplibre('http://127.0.0.1:4173/assets/maplibre-gl-x1.js')).toBe(true);
    expect(isMaplibre('http://127.0.0.1:4173/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe(true);
    expect(isMaplibre('http://127.0.0.1:4173/assets/overview-arcs.worker-BodkamWh.js')).toBe(false);
    expect(isMaplibre('http://127.0.0.1:4173/assets/boundaries.topo-x.json')).toBe(false);
  });
});
