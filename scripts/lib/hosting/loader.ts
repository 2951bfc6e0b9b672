import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSIONED_LOADER_PATTERN } from './rules.ts';

/** A Subresource Integrity value (`sha384-<base64>`) for `content`. */
export function subresourceIntegrity(content: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

export interface LoaderRef {
  /** Path of the newest versioned loader, relative to the app's base URL. */
  path: string;
  integrity: string;
}

/** The newest `embed.vN.js` in `publicDir` and its integrity hash, for the Embed dialog's snippet. */
export function newestLoader(publicDir: string): LoaderRef {
  const versions = readdirSync(publicDir)
    .filter((name) => VERSIONED_LOADER_PATTERN.test(name))
    .sort((a: string, b: string) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const path = versions.at(-1);
  if (!path) throw new Error(`No versioned loader (embed.vN.js) in ${publicDir}.`);
  return { path, integrity: subresourceIntegrity(readFileSync(join(publicDir, path))) };
}
