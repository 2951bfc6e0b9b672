/**
 * `npm run data:build [-- --dir DIR --out FILE --create-ids-record]`: runs the same check as
 * data:check (and stops on any error), then writes the app's `data/bundle.json` and adds the ids
 * it publishes to `data/published-ids.csv` (not when --out writes the bundle elsewhere). Both
 * files are written atomically and together (scripts/lib/data/atomic-write.ts): on a full disk or any
 * other write error the old files stay as they were, so "nothing was written" is true.
 * `--create-ids-record` starts a new record when the old one is missing although a bundle exists
 * (otherwise an error: old links would silently break).
 */
import { join, resolve } from 'node:path';
import { writeFilesAtomic, type AtomicFile } from './lib/data/atomic-write';
import { compileBundle, inputsHash, serializeBundle } from './lib/data/bundle';
import { checkData } from './lib/data/check';
import { isMainModule, parseDataArgsOrExit, report, runCli } from './lib/data/cli';
import { publishedIdsUpdate } from './lib/data/published-ids';
import { summarise } from './lib/data/stats';

/** The CLI itself, exported so that tests can run it in-process (one test still spawns it end to end). */
export function buildDataCli(argv: readonly string[]): void {
  runCli('data:build', () => {
    const { dir, out, notes, createIdsRecord } = parseDataArgsOrExit(argv, 'tsx scripts/build-data.ts [--dir DIR] [--out FILE] [--notes] [--create-ids-record]', true);
    const result = checkData(dir, { createPublishedIds: createIdsRecord === true });
    if (!report(result.notes, result.errors, result.warnings, notes) || !result.model) {
      console.error('bundle not written');
      process.exit(1);
    }

    const bundle = compileBundle(result.model, inputsHash(result.paths));
    const target = out ?? join(dir, 'bundle.json');
    const text = serializeBundle(bundle);
    const files: AtomicFile[] = [{ path: target, text }];
    // Only the committed bundle publishes ids; a build written elsewhere (--out) publishes nothing.
    const publishes = resolve(target) === resolve(join(dir, 'bundle.json'));
    const ids = publishes ? publishedIdsUpdate(result.publishedIdsPath, result.model.publishedIds) : null;
    if (ids !== null) files.push({ path: result.publishedIdsPath, text: ids });
    writeFilesAtomic(files);
    const added = publishes ? result.model.publishedIds.length - (result.model.publishedBefore?.length ?? 0) : 0;
    for (const line of summarise(result.model)) console.log(`  ${line}`);
    console.log(`wrote ${target} (${text.length} characters, version ${bundle.version})`);
    if (added > 0) console.log(`recorded ${added} new published id${added === 1 ? '' : 's'} in ${result.publishedIdsPath}`);
    else if (ids !== null) console.log(`wrote ${result.publishedIdsPath}`);
  });
}

// Run when started as a script (tsx scripts/build-data.ts), not when a test imports it.
if (isMainModule(import.meta.url)) buildDataCli(process.argv.slice(2));
