/**
 * `npm run data:check [-- --dir DIR --notes]`: validates the editable data and prints every problem as
 * `file:line:column field "value": what is wrong; suggestion`. Exits 1 on any error, and when
 * data/bundle.json (what readers see) is not what data:build would write now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle, inputsHash, serializeBundle } from './lib/data/bundle';
import { checkData } from './lib/data/check';
import { isMainModule, parseDataArgsOrExit, report, runCli } from './lib/data/cli';
import { summarise } from './lib/data/stats';

/** The CLI itself, exported so that tests can run it in-process (one test still spawns it end to end). */
export function checkDataCli(argv: readonly string[]): void {
  runCli('data:check', () => {
    const { dir, notes } = parseDataArgsOrExit(argv, 'tsx scripts/check-data.ts [--dir DIR] [--notes]');
    const result = checkData(dir);
    if (!report(result.notes, result.errors, result.warnings, notes) || !result.model) process.exit(1);

    console.log(`\n${dir}: no errors${result.warnings.length > 0 ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}` : ''}`);
    for (const line of summarise(result.model)) console.log(`  ${line}`);

    // The committed bundle is what readers see: a stale one means the map says something else.
    const bundlePath = join(dir, 'bundle.json');
    const fresh = serializeBundle(compileBundle(result.model, inputsHash(result.paths)));
    if (!existsSync(bundlePath)) {
      console.error(`\n${bundlePath} does not exist yet; run npm run data:build and commit it`);
      process.exit(1);
    }
    if (readFileSync(bundlePath, 'utf8') !== fresh) {
      console.error(`\n${bundlePath} is out of date (the map would not show your edits); run npm run data:build and commit it`);
      process.exit(1);
    }
    const added = result.model.publishedIds.length - (result.model.publishedBefore?.length ?? 0);
    if (added > 0) {
      console.error(`\n${result.publishedIdsPath} lacks ${added} published id${added === 1 ? '' : 's'}; run npm run data:build and commit it`);
      process.exit(1);
    }
  });
}

// Run when started as a script (tsx scripts/check-data.ts), not when a test imports it.
if (isMainModule(import.meta.url)) checkDataCli(process.argv.slice(2));
