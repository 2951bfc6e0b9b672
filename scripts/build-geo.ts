/**
 * geo:build: builds data/geo (boundaries.topo.json, labels.json, ATTRIBUTION.md, README.md)
 * from the boundary sources in ../shared/geo and the tables in data/localities.
 * usage: npm run geo:build -- [--shared DIR] [--out DIR]
 */
import { fileURLToPath } from 'node:url';
import { parseGeoOptions } from './lib/geo/options.ts';
import { generateGeoFiles, writeGeoFiles } from './lib/geo/outputs.ts';
import { formatKb, sizeOf } from './lib/geo/sizes.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

try {
  const options = parseGeoOptions(process.argv.slice(2), process.env, repoRoot);
  const files = generateGeoFiles(options.sharedGeoDir, repoRoot);
  writeGeoFiles(files, options.outDir);
  let total = 0;
  for (const [name, content] of files) {
    const size = sizeOf(content);
    total += size.gzip;
    console.log(`${name.padEnd(22)} ${formatKb(size.raw).padStart(10)} raw ${formatKb(size.gzip).padStart(10)} gzip`);
  }
  console.log(`${'total'.padEnd(22)} ${''.padStart(14)} ${formatKb(total).padStart(10)} gzip → ${options.outDir}`);
} catch (error) {
  console.error(`geo:build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
