// The bench's command line: defaults, the 24,000 scale, and clear answers to bad input.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/lib/bench/args';

describe('parseBenchArgs', () => {
  it('defaults to the real data, 10,000 and 24,000 agreements, both targets, Lighthouse on, compositing as without a GPU', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 5,
      interactions: 50,
      scales: [0, 10000, 24000],
      only: null,
      check: false,
      lighthouse: true,
      out: 'bench/results.json',
      compositing: 'software',
    });
  });

  it('reads every option', () => {
    const options = parseBenchArgs([
      '--scales',
      '0, 24000,24000',
      '--only',
      'embed',
      '--runs',
      '3',
      '--interactions',
      '20',
      '--check',
      '--no-lighthouse',
      '--out',
      '/tmp/r.json',
      '--compositing',
      'swiftshader',
    ]);
    expect(options).toEqual({ runs: 3, interactions: 20, scales: [0, 24000], only: 'embed', check: true, lighthouse: false, out: '/tmp/r.json', compositing: 'swiftshader' });
  });

  it.each([
    [['--scales', '0,ten'], /--scales must list non-negative integers, got "0,ten"/],
    [['--scales=-1'], /--scales must list non-negative integers, got "-1"/],
    [['--runs'], /argument missing/],
    [['--runs', '0'], /--runs must be a positive integer, got "0"/],
    [['--interactions', '2.5'], /--interactions must be a positive integer/],
    [['--only', 'phone'], /--only must be app or embed, got "phone"/],
    [['--compositing', 'gpu'], /--compositing must be software or swiftshader, got "gpu"/],
    [['--help'], /^usage: npm run bench/],
  ])('answers %j with the reason and the usage line', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
    expect(() => parseBenchArgs(argv)).toThrow(/usage: npm run bench -- .*--scales 0,10000,24000/);
  });

  it('refuses an unknown option and shows what it accepts', () => {
    expect(() => parseBenchArgs(['--scale', '0'])).toThrow(/Unknown option '--scale'[\s\S]*usage: npm run bench/);
  });
});
