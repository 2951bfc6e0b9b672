import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packCore } from '../../src/data/packed-pairs.ts';
import { splitBundle } from '../../src/data/split.ts';
import type { Bundle } from '../../src/data/types.ts';

/** Each module's resolved id and the part of splitBundle() it serves. */
const PARTS: ReadonlyMap<string, keyof ReturnType<typeof splitBundle>> = new Map([
  ['\0virtual:kizuna/bundle-core', 'core'],
  ['\0virtual:kizuna/bundle-texts', 'texts'],
  ['\0virtual:kizuna/bundle-details', 'details'],
]);

/**
 * Serves data/bundle.json as three modules (src/data/split.ts), so the first view's chunk carries
 * only the core (its pairs packed: src/data/packed-pairs.ts), and the forum's texts and the
 * details become chunks of their own, fetched with `import()`. The bundle file is resolved through the other plugins, so the bench's synthetic
 * bundle (benchBundlePlugin) is split too.
 */
export function bundleParts(): Plugin {
  let root = process.cwd();
  return {
    name: 'kizuna:bundle-parts',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      return PARTS.has(`\0${source}`) ? `\0${source}` : null;
    },
    async load(id) {
      const part = PARTS.get(id);
      if (!part) return null;
      const file = (await this.resolve(resolve(root, 'data/bundle.json')))?.id ?? resolve(root, 'data/bundle.json');
      this.addWatchFile(file);
      const parts = splitBundle(JSON.parse(readFileSync(file, 'utf8')) as Bundle);
      const data = part === 'core' ? packCore(parts.core) : parts[part];
      // JSON.parse of a string literal: parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
