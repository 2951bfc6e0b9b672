/**
 * `npm run data:check [-- --dir DIR]`: validates the editable data and prints every problem as
 * `file:line:column field "value": what is wrong; suggestion`. Exits 1 on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBundle, inputsHash, serializeBundle } from './lib/bundle';
import { checkData } from './lib/check';
import { parseDataArgsOrExit, report } from './lib/data-cli';
import { summarise } from './lib/data-stats';

const { dir } = parseDataArgsOrExit(process.argv.slice(2), 'tsx scripts/check-data.ts [--dir DIR]');
const result = checkData(dir);
if (!report(result.notes, result.errors) || !result.model) process.exit(1);

console.log(`\n${dir}: no errors`);
for (const line of summarise(result.model)) console.log(`  ${line}`);

// The committed bundle is what readers see; say so when it lags behind the spreadsheet.
const bundlePath = join(dir, 'bundle.json');
const fresh = serializeBundle(compileBundle(result.model, inputsHash(result.paths)));
if (!existsSync(bundlePath)) console.log(`\n${bundlePath} does not exist yet; run npm run data:build`);
else if (readFileSync(bundlePath, 'utf8') !== fresh) console.log(`\n${bundlePath} is out of date; run npm run data:build`);
