/**
 * geo:check: rebuilds data/geo into a temporary folder from ../shared/geo and fails when the
 * committed files differ, so nobody edits generated boundaries by hand or forgets to rebuild.
 * Skips (exit 0) when the shared sources are absent, e.g. on CI without ../shared.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGeoOptions } from './lib/geo/options.ts';
import { generateGeoFiles, writeGeoFiles } from './lib/geo/outputs.ts';
import { SOURCE_FILES } from './lib/geo/sources.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function main(): number {
  const options = parseGeoOptions(process.argv.slice(2), process.env, repoRoot);
  if (!existsSync(join(options.sharedGeoDir, SOURCE_FILES.vietnam))) {
    console.log(`geo:check: skipped, shared sources not found at ${options.sharedGeoDir}`);
    return 0;
  }
  // 1. Regenerate into a temporary folder (written out, so a failing run can be inspected).
  const tempDir = mkdtempSync(join(tmpdir(), 'kizuna-geo-'));
  const files = generateGeoFiles(options.sharedGeoDir, repoRoot);
  writeGeoFiles(files, tempDir);
  // 2. Compare byte for byte with the committed files.
  const differing = [...files.keys()].filter((name) => {
    const committed = join(options.outDir, name);
    return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(tempDir, name)));
  });
  if (differing.length > 0) {
    console.error(`geo:check: these files differ from a fresh build (kept in ${tempDir}):`);
    for (const name of differing) console.error(`  ${join(options.outDir, name)}`);
    console.error('Run `npm run geo:build` and commit the result.');
    return 1;
  }
  rmSync(tempDir, { recursive: true, force: true });
  console.log(`geo:check: ${files.size} files in ${options.outDir} match a fresh build`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`geo:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
