/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import type { Target } from './types.ts';

export interface BenchOptions {
  runs: number;
  interactions: number;
  scales: number[];
  only: Target | null;
  check: boolean;
  lighthouse: boolean;
  out: string;
  /** `software`: Chrome without a GPU (default); `swiftshader`: the configuration of the first figures. */
  compositing: 'software' | 'swiftshader';
}

const USAGE =
  'usage: npm run bench -- [--runs N] [--interactions N] [--scales 0,10000,24000] [--only app|embed] [--check] [--no-lighthouse] [--out bench/results.json] [--compositing software|swiftshader]';

function positiveInt(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive integer, got "${value}"\n${USAGE}`);
  return parsed;
}

/** Parses argv (without node and the script path); throws the usage line on bad input. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      interactions: { type: 'string', default: '50' },
      scales: { type: 'string', default: '0,10000,24000' },
      only: { type: 'string' },
      check: { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.json' },
      compositing: { type: 'string', default: 'software' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    });
  } catch (error) {
    // node:util's own message (unknown option, missing value) plus what the bench accepts.
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
  const { values } = parsed;
  if (values.help) throw new Error(USAGE);
  const scales = values.scales.split(',').map((s) => Number(s.trim()));
  if (scales.some((s) => !Number.isInteger(s) || s < 0)) throw new Error(`--scales must list non-negative integers, got "${values.scales}"\n${USAGE}`);
  if (values.only !== undefined && values.only !== 'app' && values.only !== 'embed') throw new Error(`--only must be app or embed, got "${values.only}"\n${USAGE}`);
  if (values.compositing !== 'software' && values.compositing !== 'swiftshader') {
    throw new Error(`--compositing must be software or swiftshader, got "${values.compositing}"\n${USAGE}`);
  }
  return {
    compositing: values.compositing,
    runs: positiveInt('runs', values.runs),
    interactions: positiveInt('interactions', values.interactions),
    scales: [...new Set(scales)],
    only: values.only ?? null,
    check: values.check,
    lighthouse: !values['no-lighthouse'],
    out: values.out,
  };
}
