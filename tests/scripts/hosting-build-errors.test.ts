import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { hostingOutput } from '../../scripts/lib/hosting/plugin';

/**
 * A build that fails must report its own error. The hosting plugin post-processes dist/ after the
 * bundle is written; on a failed build there is no dist/, and its "ENOENT scandir dist" used to be
 * the error shown instead of, say, the truncated bundle.json that caused it.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(bundle: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kizuna-build-error-'));
  dirs.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="./src/main.js"></script></body></html>');
  writeFileSync(join(root, 'src', 'main.js'), 'import bundle from "./bundle.json"; document.title = bundle.version;');
  writeFileSync(join(root, 'src', 'bundle.json'), bundle);
  return root;
}

const buildIt = (root: string) => build({ root, configFile: false, logLevel: 'silent', plugins: [hostingOutput()], build: { outDir: join(root, 'dist'), emptyOutDir: true } });

describe('the build with the hosting plugin', () => {
  it('given a truncated bundle.json, then the build fails with the JSON error, not with the plugin’s missing dist/', async () => {
    const root = project('{"version":"abc","localities":[{"id');
    const error = await buildIt(root).then(
      () => null,
      (e: unknown) => String((e as Error).message),
    );
    expect(error).not.toBeNull();
    expect(error).not.toMatch(/scandir|ENOENT/);
    expect(error).toMatch(/json/i);
    expect(error).toMatch(/EOF while parsing|Unexpected end/);
  }, 60000);

  it('given a valid project, then the plugin still writes the header files', async () => {
    const root = project('{"version":"abc"}');
    await buildIt(root);
    for (const file of ['_headers', 'kizuna.nginx.conf', '.htaccess']) expect(existsSync(join(root, 'dist', file)), file).toBe(true);
  }, 60000);
});
