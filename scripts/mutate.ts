/**
 * A small mutation check over src/view/ and src/state/ (npm run mutate): applies each mutation
 * below on its own (an operator flipped, a condition dropped, a constant changed), runs the unit
 * tests of the mutated module (tests/unit/view/visible*.test.ts for src/view/visible.ts, or those
 * the mutation names), and counts the mutation killed when one of them fails. A survivor is a change of behaviour no test notices: the report names each one.
 *
 *   npm run mutate                 every mutation
 *   npm run mutate -- visible      only mutations whose file or id contains "visible"
 *   npm run mutate -- --min 90     exit 1 below a score of 90 %
 *
 * The file is restored after each mutation, also on Ctrl-C or kill; it refuses to start when a
 * file it mutates has uncommitted changes, so that `git checkout` always undoes a run that died.
 * A mutation whose text is no longer in its file is reported as stale (the code moved on: update
 * the list), never counted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { MUTATIONS, type Mutation } from './lib/mutations';

type Outcome = 'killed' | 'survived' | 'stale';

function parseArgs(argv: readonly string[]): { filter: string | null; min: number | null } {
  let filter: string | null = null;
  let min: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--min') {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 100) throw new Error(`--min needs a score between 0 and 100, not "${argv[i] ?? ''}"`);
      min = value;
    } else if (arg.startsWith('-')) throw new Error(`unknown option "${arg}" (known: --min <score>)`);
    else filter = arg;
  }
  return { filter, min };
}

/** The tests the mutation names, else the module's own (tests/unit/<folder>/<name>*.test.ts[x]), else its folder's. */
function testsFor(mutation: Mutation): string[] {
  if (mutation.tests) return [...mutation.tests];
  const folder = `tests/unit/${mutation.file.split('/')[1] ?? ''}`;
  const name = basename(mutation.file).replace(/\.tsx?$/, '');
  const own = readdirSync(folder)
    .filter((f) => f.startsWith(name) && /\.test\.tsx?$/.test(f))
    .map((f) => `${folder}/${f}`);
  return own.length ? own : [folder];
}

let restore: (() => void) | null = null;
let child: ChildProcess | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill();
    restore?.();
    process.exit(130);
  });
}

function vitest(files: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    // Stops at the first failure: a killed mutation costs one test file's start-up.
    child = spawn('npx', ['vitest', 'run', '--bail=1', '--reporter=dot', ...files], { stdio: 'ignore', shell: process.platform === 'win32' });
    child.on('exit', (code) => {
      child = null;
      resolve(code);
    });
  });
}

async function run(mutation: Mutation): Promise<Outcome> {
  const original = readFileSync(mutation.file, 'utf8');
  const at = original.indexOf(mutation.find);
  if (at < 0 || original.indexOf(mutation.find, at + 1) >= 0) return 'stale';
  restore = () => writeFileSync(mutation.file, original);
  try {
    writeFileSync(mutation.file, original.slice(0, at) + mutation.replace + original.slice(at + mutation.find.length));
    return (await vitest(testsFor(mutation))) === 0 ? 'survived' : 'killed';
  } finally {
    restore();
    restore = null;
  }
}

async function main(): Promise<void> {
  const { filter, min } = parseArgs(process.argv.slice(2));
  const chosen = MUTATIONS.filter((m) => !filter || m.file.includes(filter) || m.id.includes(filter));
  if (!chosen.length) throw new Error(`no mutation matches "${filter ?? ''}"`);
  const files = [...new Set(chosen.map((m) => m.file))];
  const dirty = spawnSync('git', ['status', '--porcelain', '--', ...files], { encoding: 'utf8' }).stdout.trim();
  if (dirty) throw new Error(`commit or stash these first, so that a run that dies can be undone with git checkout:\n${dirty}`);
  const outcomes = new Map<Mutation, Outcome>();
  for (const mutation of chosen) {
    const outcome = await run(mutation);
    outcomes.set(mutation, outcome);
    console.log(`${outcome.padEnd(8)} ${mutation.id}  (${mutation.file})`);
  }
  const counted = chosen.filter((m) => outcomes.get(m) !== 'stale');
  const killed = counted.filter((m) => outcomes.get(m) === 'killed').length;
  const score = counted.length ? (100 * killed) / counted.length : 0;
  console.log(`\nMutation score: ${killed}/${counted.length} killed (${score.toFixed(0)} %)`);
  for (const m of chosen.filter((m) => outcomes.get(m) === 'survived')) console.log(`  survived: ${m.id}: ${m.what}`);
  for (const m of chosen.filter((m) => outcomes.get(m) === 'stale')) console.log(`  stale (text not found once in ${m.file}): ${m.id}`);
  if (min !== null && score < min) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`mutate: ${(error as Error).message}`);
  process.exitCode = 2;
});
