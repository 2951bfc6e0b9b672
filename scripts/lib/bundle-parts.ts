import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { splitBundle } from '../../src/data/split.ts';
import type { Bundle } from '../../src/data/types.ts';

const CORE = 'virtual:kizuna/bundle-core';
const DETAILS = 'virtual:kizuna/bundle-details';

/**
 * Serves data/bundle.json as two modules, so the first view's chunk carries only the core and
 * the details become a chunk of their own, fetched with `import()`. The bundle file is resolved
 * through the other plugins, so the bench's synthetic bundle (benchBundlePlugin) is split too.
 */
export function bundleParts(): Plugin {
  let root = process.cwd();
  return {
    name: 'kizuna:bundle-parts',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      return source === CORE || source === DETAILS ? `\0${source}` : null;
    },
    async load(id) {
      if (id !== `\0${CORE}` && id !== `\0${DETAILS}`) return null;
      const file = (await this.resolve(resolve(root, 'data/bundle.json')))?.id ?? resolve(root, 'data/bundle.json');
      this.addWatchFile(file);
      const { core, details } = splitBundle(JSON.parse(readFileSync(file, 'utf8')) as Bundle);
      // JSON.parse of a string literal: parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(id === `\0${CORE}` ? core : details))});`;
    },
  };
}
