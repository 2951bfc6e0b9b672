import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionMarkdown, readmeMarkdown } from './docs.ts';
import { computeLabels } from './labels.ts';
import { readLocalities } from './localities.ts';
import { readIslands, readJapan, readNeighbours, readVnLegacy } from './sources.ts';
import { stableStringify } from './stable-json.ts';
import type { SimplifyOptions } from './topology.ts';
import { buildBoundaryTopology } from './topology.ts';

/**
 * The chosen settings (the README explains them to readers of data/geo):
 * - minWeight 4e-5 deg² (≈0.5 km² triangle): a removed vertex shifts a border by a few hundred
 *   metres at most, under a pixel at zoom 7 (~1.2 km/px); 1e-5 looked the same but cost 50 % more;
 * - neighbours are background only, so their own arcs take 1e-3 deg²;
 * - islets under 1e-4 deg² (≈1.2 km², sub-pixel below zoom 8) are dropped; this keeps e.g.
 *   Bạch Long Vĩ, Cồn Cỏ and Minamitorishima. Hoàng Sa / Trường Sa islets are always kept;
 * - a 5e4 grid over the ~77° wide bbox is ~170 m per step, a seventh of a pixel at zoom 7.
 * Result ≈ 81 KB gzip for boundaries.topo.json, inside the 80–100 KB aim.
 */
const SIMPLIFY: SimplifyOptions = { minWeight: 4e-5, neighbourMinWeight: 1e-3, minRingArea: 1e-4, quantization: 5e4 };

export type OutputFile = 'boundaries.topo.json' | 'labels.json' | 'ATTRIBUTION.md' | 'README.md';

/** Builds every data/geo file in memory: the same inputs always give the same bytes. */
export function generateGeoFiles(sharedGeoDir: string, repoRoot: string, options: SimplifyOptions = SIMPLIFY): Map<OutputFile, string> {
  const localities = readLocalities(repoRoot);
  const inputs = {
    vnLegacy: readVnLegacy(sharedGeoDir, localities, options.minRingArea),
    jp: readJapan(sharedGeoDir, localities, options.minRingArea),
    islands: readIslands(sharedGeoDir),
    neighbours: readNeighbours(options.minRingArea),
  };
  const topology = buildBoundaryTopology(inputs, localities.vnProvinces, options);
  const labels = computeLabels(topology);
  const files = new Map<OutputFile, string>();
  files.set('boundaries.topo.json', stableStringify(topology) + '\n');
  files.set('labels.json', formatLabels(labels));
  files.set('ATTRIBUTION.md', attributionMarkdown());
  files.set('README.md', readmeMarkdown(files, options));
  return files;
}

/** One id per line, sorted: small diffs when a single label moves. */
function formatLabels(labels: Record<string, [number, number]>): string {
  const lines = Object.keys(labels)
    .sort()
    .map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(labels[id])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Writes the files into dir (created if needed). */
export function writeGeoFiles(files: Map<OutputFile, string>, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
}
