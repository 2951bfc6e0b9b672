/**
 * `dist/THIRD-PARTY-LICENSES.txt`: the name, version, licence and licence text of every package
 * whose code ships to readers, written at build time by rollup-plugin-license from the modules
 * actually in the bundle (not from package.json, which lists build tools too). The MIT, ISC and
 * BSD licences require their notice to travel with the code; this file is that notice.
 *
 * The build also fails when a shipped package's licence is not one of ALLOWED_LICENCES (all
 * compatible with publishing Kizuna under MIT), or has none: a new dependency under, say, a
 * copyleft licence must be a decision, not an accident.
 */
import { resolve } from 'node:path';
import license from 'rollup-plugin-license';
import type { Plugin } from 'vite';

const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';
const ALLOWED_LICENCES = '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR Apache-2.0 OR 0BSD)';

/** The plugin, writing into `outDir` (relative to the project root, as Vite's build.outDir). */
export function thirdPartyLicences(outDir = 'dist'): Plugin {
  return {
    ...(license({
      thirdParty: {
        includePrivate: false,
        multipleVersions: true,
        allow: { test: ALLOWED_LICENCES, failOnUnlicensed: true, failOnViolation: true },
        output: { file: resolve(outDir, THIRD_PARTY_FILE) },
      },
    }) as Plugin),
    apply: 'build',
  };
}
