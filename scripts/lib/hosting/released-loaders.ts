/**
 * The record of versioned loaders (public/embed.vN.js). Published snippets load them with an
 * integrity hash: a browser refuses the file if one byte changes, and every embed on every news
 * site using it silently loses its loader. So a released loader is frozen: the build refuses to
 * run when one differs from its hash here (kizunaLoader in plugin.ts), and
 * tests/scripts/loader-version.test.ts checks the record against public/.
 *
 * To change the loader: edit public/embed.js and the draft (or, when there is no draft, copy it
 * to a new embed.v(N+1).js and name it as the draft). The day a build with the draft is
 * published, move the draft here with its hash (`subresourceIntegrity` in loader.ts) and set
 * DRAFT_LOADER to null: from then on it never changes again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subresourceIntegrity } from './loader.ts';

export const RELEASED_LOADERS: Readonly<Record<string, string>> = {
  'embed.v1.js': 'sha384-nxiqKiPBoMLsvtAA7mMNlU48HAg/K5LkjRbr8miAqmHLIWVMkcYODvzQjcLceOAR',
};

/**
 * The newest loader while it is still being written: v2 (the folder-only trust of issue 25), into
 * which issue 23's story mode (`KizunaEmbed.setView`) still goes before it is released.
 */
export const DRAFT_LOADER: string | null = 'embed.v2.js';

/** One sentence per released loader in `publicDir` that is missing or differs from the record. */
export function releasedLoaderProblems(publicDir: string): string[] {
  const problems: string[] = [];
  for (const [name, integrity] of Object.entries(RELEASED_LOADERS)) {
    const path = join(publicDir, name);
    if (!existsSync(path)) {
      problems.push(`${path} is missing: it is a released loader, published snippets load it; restore it (git checkout -- ${path})`);
      continue;
    }
    const actual = subresourceIntegrity(readFileSync(path));
    if (actual !== integrity) {
      problems.push(
        `${path} differs from the released file (${actual} instead of ${integrity}): every snippet using it would stop loading; ` +
          `restore it (git checkout -- ${path}; on Windows check that .gitattributes keeps it byte-exact) and put changes into a new version`,
      );
    }
  }
  return problems;
}

/** Throws when any released loader differs from the record (the build calls this first). */
export function assertReleasedLoaders(publicDir: string): void {
  const problems = releasedLoaderProblems(publicDir);
  if (problems.length > 0) throw new Error(`Refusing to build: ${problems.join('; ')}`);
}
