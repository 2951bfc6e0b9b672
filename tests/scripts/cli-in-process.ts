import { format } from 'node:util';
import { vi } from 'vitest';

/** What a CLI printed and the status its process would have ended with. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Thrown in place of process.exit, so that the run stops where the process would have. */
class Exit extends Error {}

/**
 * Runs a CLI's main function in this process, as `tsx scripts/x.ts ARGS` would in a child, at a
 * fraction of the cost (a child pays for npx, tsx and loading every module again). Console output
 * is captured; the first process.exit ends the run and gives the status, and nothing printed
 * after it counts (the real process would be gone). Each CLI keeps one test that spawns it for
 * real, so the entry point, exit code and streams are still checked end to end.
 */
export function runCliInProcess(main: (argv: readonly string[]) => void, argv: readonly string[]): CliRun {
  let status: number | undefined;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const into =
    (lines: string[]) =>
    (...args: unknown[]) => {
      if (status === undefined) lines.push(`${format(...args)}\n`);
    };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(into(stdout)),
    vi.spyOn(console, 'info').mockImplementation(into(stdout)),
    vi.spyOn(console, 'warn').mockImplementation(into(stderr)),
    vi.spyOn(console, 'error').mockImplementation(into(stderr)),
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      status ??= Number(code ?? 0);
      throw new Exit(`process.exit(${status})`);
    }),
  ];
  try {
    main(argv);
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return { status: status ?? 0, stdout: stdout.join(''), stderr: stderr.join('') };
}
