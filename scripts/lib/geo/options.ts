import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GeoOptions {
  /** Folder holding geoboundaries/, smartnews-n03/, natural-earth/ (normally ../shared/geo). */
  sharedGeoDir: string;
  /** Folder the outputs are written to (normally data/geo). */
  outDir: string;
}

const USAGE = 'usage: geo:build [--shared DIR] [--out DIR]   (env KIZUNA_SHARED may also name the shared folder)';

/**
 * Parses `--shared DIR` and `--out DIR`. Precedence: flag, then env KIZUNA_SHARED, then
 * `../shared/geo` next to the repo. Either the shared root or its geo/ folder is accepted,
 * because other scripts use KIZUNA_SHARED for the root.
 */
export function parseGeoOptions(argv: readonly string[], env: NodeJS.ProcessEnv, repoRoot: string): GeoOptions {
  let shared: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--shared' || arg === '--out') && value !== undefined && !value.startsWith('--')) {
      if (arg === '--shared') shared = value;
      else out = value;
      i++;
    } else {
      throw new Error(`unknown or incomplete argument "${arg ?? ''}"\n${USAGE}`);
    }
  }
  const sharedDir = resolve(repoRoot, shared ?? env.KIZUNA_SHARED ?? '../shared/geo');
  return {
    sharedGeoDir: existsSync(join(sharedDir, 'geo', 'SOURCES.md')) ? join(sharedDir, 'geo') : sharedDir,
    outDir: resolve(repoRoot, out ?? 'data/geo'),
  };
}
