/**
 * `npm run data:build [-- --dir DIR --out FILE]`: runs the same check as data:check (and stops
 * on any error), then writes the app's `data/bundle.json` and adds the ids it publishes to
 * `data/published-ids.csv` (not when --out writes the bundle elsewhere).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileBundle, inputsHash, serializeBundle } from './lib/bundle';
import { checkData } from './lib/check';
import { parseDataArgsOrExit, report, runCli } from './lib/data-cli';
import { writePublishedIds } from './lib/data-published-ids';
import { summarise } from './lib/data-stats';

runCli('data:build', () => {
  const { dir, out, notes } = parseDataArgsOrExit(process.argv.slice(2), 'tsx scripts/build-data.ts [--dir DIR] [--out FILE] [--notes]', true);
  const result = checkData(dir);
  if (!report(result.notes, result.errors, result.warnings, notes) || !result.model) {
    console.error('bundle not written');
    process.exit(1);
  }

  const bundle = compileBundle(result.model, inputsHash(result.paths));
  const target = out ?? join(dir, 'bundle.json');
  const text = serializeBundle(bundle);
  writeFileSync(target, text);
  // Only the committed bundle publishes ids; a build written elsewhere (--out) publishes nothing.
  const publishes = resolve(target) === resolve(join(dir, 'bundle.json'));
  const added = publishes ? writePublishedIds(result.publishedIdsPath, result.model.publishedIds, result.model.publishedBefore) : 0;
  for (const line of summarise(result.model)) console.log(`  ${line}`);
  console.log(`wrote ${target} (${text.length} characters, version ${bundle.version})`);
  if (added > 0) console.log(`recorded ${added} new published id${added === 1 ? '' : 's'} in ${result.publishedIdsPath}`);
});
