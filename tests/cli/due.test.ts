import { Readable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { EXIT } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/run';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: () => Readable.from([]),
    isTTY: () => false,
    env: {},
    readPassphrase: () => Promise.reject(new Error('date commands never ask for a passphrase')),
    makeServices: () => {
      throw new Error('date commands never open the data folder');
    },
  });
  return { code, out, err };
}

describe('icpc due', () => {
  it('prints the worked example of docs/domain.md §7 as JSON from a strategy discussion date', async () => {
    const r = await cli(['due', '--strategy', '2025-12-10', '--json']);
    expect(r).toEqual({
      code: EXIT.OK,
      out: '{"icpc":"2026-01-05","firstCoreGroup":"2026-01-19","firstReview":"2026-04-02","minutes":"2026-02-02"}\n',
      err: '',
    });
  });

  it('prints each date with the rule that produced it', async () => {
    const r = await cli(['due', '--strategy', '2025-12-10']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('Conference due by     Monday 5 January 2026');
    expect(r.out).toContain(
      '15 working days after the strategy discussion on 10 December 2025 (day 0); skips 25 December 2025, 26 December 2025 and 1 January 2026',
    );
    expect(r.out).toContain('First review by       Thursday 2 April 2026');
    expect(r.out).toContain(
      '5 April 2026, is not a working day, so the last working day before it',
    );
    expect(r.out).toContain('Minutes by            Monday 2 February 2026');
  });

  it('starts from a conference date with --icpc', async () => {
    const r = await cli(['due', '--icpc', '2026-01-05', '--json']);
    expect(JSON.parse(r.out)).toEqual({
      icpc: '2026-01-05',
      firstCoreGroup: '2026-01-19',
      firstReview: '2026-04-02',
      minutes: '2026-02-02',
    });
    expect((await cli(['due', '--icpc', '2026-01-05'])).out).toMatch(
      /^Conference {12}Monday 5 January 2026/,
    );
  });

  it.each([
    [['due', '--strategy', '2025-02-30'], '"2025-02-30" is not a date'],
    [['due', '--strategy', '10/12/2025'], 'Write dates as YYYY-MM-DD'],
    [['due'], 'Give exactly one of --strategy DATE or --icpc DATE'],
    [['due', '--strategy', '2025-12-10', '--icpc', '2026-01-05'], 'Give exactly one'],
  ])('refuses %j with a clear message and exit code 2', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });
});

describe('icpc bank-holidays', () => {
  it('prints a year’s bank holidays as a JSON array of ISO dates', async () => {
    const r = await cli(['bank-holidays', '--year', '2026', '--json']);
    expect(r.code).toBe(EXIT.OK);
    expect(JSON.parse(r.out)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('prints them with names for people', async () => {
    const r = await cli(['bank-holidays', '--year', '2022']);
    expect(r.out).toContain('Monday 19 September 2022');
    expect(r.out).toContain('State funeral of Queen Elizabeth II');
  });

  it.each([
    [['bank-holidays']],
    [['bank-holidays', '--year', '26']],
    [['bank-holidays', '--year', '3000']],
  ])('refuses %j with exit code 2', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toMatch(/year/);
  });
});
