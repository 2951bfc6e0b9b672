/** Argument parsing, reporting and the no-stack-trace guard shared by the two data CLIs. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, type Diagnostic } from './diagnostics';

export interface DataCliArgs {
  dir: string;
  out?: string;
  /** Print every note (how a name was read); by default only their number. */
  notes?: boolean;
  /** data:build only: start a new published-ids record although bundle.json exists. */
  createIdsRecord?: boolean;
}

/**
 * Parses `--dir DIR` (and, for data:build, `allowOut`: `--out FILE` and `--create-ids-record`);
 * throws a usage line on anything else.
 */
function parseDataArgs(argv: readonly string[], usage: string, allowOut = false): DataCliArgs {
  const args: DataCliArgs = { dir: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--notes') {
      args.notes = true;
      continue;
    }
    if (allowOut && flag === '--create-ids-record') {
      args.createIdsRecord = true;
      continue;
    }
    if (flag === '--dir' && value !== undefined) args.dir = value;
    else if (allowOut && flag === '--out' && value !== undefined) args.out = value;
    else throw new Error(`usage: ${usage}`);
    i++;
  }
  return args;
}

/**
 * Why the data folder or the `--out` target cannot be used, or null. Checked before any work so
 * the answer is one sentence, not a stack trace after a full check.
 */
function pathProblem(args: DataCliArgs): string | null {
  if (!existsSync(args.dir)) return `${args.dir}: no such folder; give the data folder with --dir (default: data)`;
  if (!statSync(args.dir).isDirectory()) return `${args.dir}: is a file, not a folder; give the data folder with --dir`;
  if (args.out !== undefined) {
    const folder = dirname(args.out);
    if (!existsSync(folder)) return `${args.out}: the folder ${folder} does not exist; create it first (mkdir -p ${folder}) or choose another --out`;
    if (existsSync(args.out) && statSync(args.out).isDirectory()) return `${args.out}: is a folder; give a file name for --out, e.g. ${args.out}/bundle.json`;
  }
  return null;
}

/** `parseDataArgs` + `pathProblem`, but a bad argument prints one line and exits 2. */
export function parseDataArgsOrExit(argv: readonly string[], usage: string, allowOut = false): DataCliArgs {
  let args: DataCliArgs;
  try {
    args = parseDataArgs(argv, usage, allowOut);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const problem = pathProblem(args);
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  return args;
}

/**
 * True when the module at `moduleUrl` is the script Node was started with (`tsx scripts/x.ts`),
 * false when a test imports it to run its CLI in-process. Both paths are resolved through
 * symlinks (on macOS /tmp is one): a mismatch there would make the CLI silently do nothing.
 */
export function isMainModule(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (started === undefined || !existsSync(started)) return false;
  return realpathSync(started) === realpathSync(fileURLToPath(moduleUrl));
}

/**
 * Runs a CLI body; anything it throws is printed as one line naming what was being read, never
 * as a stack trace (an editor cannot act on one), and the process exits 1.
 */
export function runCli(what: string, body: () => void): void {
  try {
    body();
  } catch (e) {
    const detail = e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
    const file = typeof e === 'object' && e !== null && 'path' in e ? ` (${String(e.path)})` : '';
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    // The files are written atomically (atomic-write.ts), so "nothing was written" holds on a full disk too.
    const advice = code === 'ENOSPC' ? 'Free some disk space and run it again.' : 'If the message does not say what to change, report it with this line.';
    console.error(`${what}${file}: ${detail.split('\n')[0]}; nothing was written. ${advice}`);
    process.exit(1);
  }
}

/**
 * Prints notes, then warnings, then errors; returns true when there were no errors. Notes say how
 * untouched rows were read (a pre-merger name, a prefecture and a city sharing a name): on every
 * run they would bury what the editor changed, so by default only their number is printed.
 */
export function report(notes: Diagnostic[], errors: Diagnostic[], warnings: Diagnostic[] = [], showNotes = false): boolean {
  if (showNotes) for (const n of notes) console.log(`note: ${formatDiagnostic(n)}`);
  else if (notes.length > 0) console.log(`${notes.length} note${notes.length === 1 ? '' : 's'} on how names were read (nothing to change); add --notes to see them`);
  for (const w of warnings) console.log(`warning: ${formatDiagnostic(w)}`);
  for (const e of errors) console.error(formatDiagnostic(e));
  if (errors.length > 0) {
    console.error(`\n${errors.length} error${errors.length === 1 ? '' : 's'}: fix them and run npm run data:check again`);
  }
  return errors.length === 0;
}
