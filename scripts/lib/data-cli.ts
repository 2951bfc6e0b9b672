/** Argument parsing and reporting shared by the two data CLIs. */
import { formatDiagnostic, type Diagnostic } from './data-diagnostics';

export interface DataCliArgs {
  dir: string;
  out?: string;
}

/** Parses `--dir DIR` (and `--out FILE` when allowed); throws a usage line on anything else. */
export function parseDataArgs(argv: readonly string[], usage: string, allowOut = false): DataCliArgs {
  const args: DataCliArgs = { dir: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--dir' && value !== undefined) args.dir = value;
    else if (allowOut && flag === '--out' && value !== undefined) args.out = value;
    else throw new Error(`usage: ${usage}`);
    i++;
  }
  return args;
}

/** `parseDataArgs`, but a bad argument prints the usage line and exits 2 instead of a stack trace. */
export function parseDataArgsOrExit(argv: readonly string[], usage: string, allowOut = false): DataCliArgs {
  try {
    return parseDataArgs(argv, usage, allowOut);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}

/** Prints notes, then errors; returns true when there were none. */
export function report(notes: Diagnostic[], errors: Diagnostic[]): boolean {
  for (const n of notes) console.log(`note: ${formatDiagnostic(n)}`);
  for (const e of errors) console.error(formatDiagnostic(e));
  if (errors.length > 0) {
    console.error(`\n${errors.length} error${errors.length === 1 ? '' : 's'}: fix them and run npm run data:check again`);
  }
  return errors.length === 0;
}
