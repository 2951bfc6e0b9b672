/**
 * Debian's nginx and Apache, started by the tests on free ports, serving dist/ under /kizuna/
 * exactly as docs/DEPLOY.md says (nginx: `location /kizuna/ { alias …; include
 * …/kizuna.nginx.conf; }`; Apache: the folder with `AllowOverride FileInfo Indexes` and the
 * modules headers, mime, rewrite), so the generated header files are checked by the servers that
 * read them, not by our reading of them.
 *
 * Missing servers are installed with apt-get when running as root (CI is a clean Debian as
 * root); otherwise the suite is skipped with a message saying why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NGINX = '/usr/sbin/nginx';
const APACHE = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';

/** '' when nginx and Apache are there (installed now if need be), else why not. */
export function ensureServers(): string {
  if (existsSync(NGINX) && existsSync(APACHE)) return '';
  if (process.getuid?.() !== 0) return `nginx or apache2 is not installed and this is not root (sudo apt-get install nginx apache2)`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { env, encoding: 'utf8', timeout: 300000 });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'nginx', 'apache2'], { env, encoding: 'utf8', timeout: 600000 });
  if (existsSync(NGINX) && existsSync(APACHE)) return '';
  return `apt-get could not install nginx and apache2: ${(install.stderr || update.stderr || '').trim().split('\n').slice(-2).join(' ')}`;
}

export interface RealServer {
  name: 'nginx' | 'apache';
  /** http://127.0.0.1:PORT/kizuna/ */
  base: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Waits until the server answers on `port` (or its process ends, with its log). */
async function ready(child: ChildProcess, port: number, log: () => string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${log()}`);
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not answer on port ${port}: ${log()}`);
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

const readLog = (file: string) => () => (existsSync(file) ? spawnSync('tail', ['-n', '20', file], { encoding: 'utf8' }).stdout : '');

/** nginx in the foreground, one process, with DEPLOY.md's `location` block. */
export async function startNginx(dist: string): Promise<RealServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-nginx-'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'daemon off;',
      'master_process off;',
      // As root, nginx would switch to a user that may not read the work tree.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      // docs/DEPLOY.md, section nginx, step 2:
      '    location /kizuna/ {',
      `      alias ${dist}/;`,
      `      include ${dist}/kizuna.nginx.conf;`,
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration: ${test.stderr}`);
  const child = spawn(NGINX, ['-c', conf], { stdio: 'ignore' });
  await ready(child, port, readLog(join(dir, 'error.log')));
  return { name: 'nginx', base: `http://127.0.0.1:${port}/kizuna/`, stop: stopper(child, dir) };
}

/**
 * A copy of dist/ that Apache's worker user can read. As root, Apache serves as www-data, and a
 * clone made in a private folder (`mktemp -d` is 0700) would answer 403 to every request.
 */
function readableCopy(dist: string, dir: string): string {
  chmodSync(dir, 0o755);
  const copy = join(dir, 'dist');
  cpSync(dist, copy, { recursive: true });
  return copy;
}

/** Apache in the foreground, one process, with only the modules DEPLOY.md asks for. */
export async function startApache(builtDist: string): Promise<RealServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-apache-'));
  const dist = process.getuid?.() === 0 ? readableCopy(builtDist, dir) : builtDist;
  const port = await freePort();
  const conf = join(dir, 'apache2.conf');
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'rewrite', 'alias', 'dir'];
  writeFileSync(
    conf,
    [
      `ServerRoot ${dir}`,
      `DefaultRuntimeDir ${dir}`,
      `PidFile ${dir}/apache2.pid`,
      `ErrorLog ${dir}/error.log`,
      'LogLevel warn',
      ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
      ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
      `Listen 127.0.0.1:${port}`,
      'ServerName localhost',
      'TypesConfig /etc/mime.types',
      'DirectoryIndex index.html',
      `DocumentRoot ${dir}`,
      `Alias /kizuna/ ${dist}/`,
      // docs/DEPLOY.md, section Apache: the folder allows FileInfo and Indexes overrides.
      `<Directory ${dist}>`,
      '  AllowOverride FileInfo Indexes',
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  const test = spawnSync(APACHE, ['-t', '-f', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`apache2 -t refused the configuration: ${test.stderr}`);
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore' });
  await ready(child, port, readLog(join(dir, 'error.log')));
  return { name: 'apache', base: `http://127.0.0.1:${port}/kizuna/`, stop: stopper(child, dir) };
}
