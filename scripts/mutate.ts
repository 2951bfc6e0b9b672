/**
 * A small mutation check over src/view/ and src/state/ (npm run mutate): applies each mutation
 * below on its own (an operator flipped, a condition dropped, a constant changed), runs the unit
 * tests of the mutated file's folder (tests/unit/view/ for src/view/…, plus any the mutation
 * names), and counts the mutation killed when one of them fails. A survivor is a change of behaviour no test notices: the report names each one.
 *
 *   npm run mutate                 every mutation
 *   npm run mutate -- visible      only mutations whose file or id contains "visible"
 *   npm run mutate -- --min 90     exit 1 below a score of 90 %
 *
 * The file is restored after each mutation, also on Ctrl-C; a mutation whose text is no longer in
 * its file is reported as stale (the code moved on: update the list), never counted.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

function testsFor(mutation: Mutation): string[] {
  const folder = mutation.file.split('/')[1] ?? '';
  return [`tests/unit/${folder}`, ...(mutation.tests ?? [])];
}

let restore: (() => void) | null = null;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

function run(mutation: Mutation): Outcome {
  const original = readFileSync(mutation.file, 'utf8');
  const at = original.indexOf(mutation.find);
  if (at < 0 || original.indexOf(mutation.find, at + 1) >= 0) return 'stale';
  restore = () => writeFileSync(mutation.file, original);
  try {
    writeFileSync(mutation.file, original.slice(0, at) + mutation.replace + original.slice(at + mutation.find.length));
    // The folder's own tests, stopping at the first failure: seconds per mutation, where
    // `vitest related` ran most of the suite (the store and the palette reach every panel).
    const result = spawnSync('npx', ['vitest', 'run', '--bail=1', '--reporter=dot', ...testsFor(mutation)], { encoding: 'utf8', shell: process.platform === 'win32' });
    return result.status === 0 ? 'survived' : 'killed';
  } finally {
    restore();
    restore = null;
  }
}

function main(): void {
  const { filter, min } = parseArgs(process.argv.slice(2));
  const chosen = MUTATIONS.filter((m) => !filter || m.file.includes(filter) || m.id.includes(filter));
  if (!chosen.length) throw new Error(`no mutation matches "${filter ?? ''}"`);
  const outcomes = new Map<Mutation, Outcome>();
  for (const mutation of chosen) {
    const outcome = run(mutation);
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

try {
  main();
} catch (error) {
  console.error(`mutate: ${(error as Error).message}`);
  process.exitCode = 2;
}
