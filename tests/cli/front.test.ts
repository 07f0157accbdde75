// The light front of `icpc` (electron/cli/front.ts, built by vite.cli.config.ts): commands marked `light` run in
// it, every other command is handed to the full CLI with the same arguments, and the built file answers help and
// `due` by itself and hands the rest over with the exit code kept.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXIT } from '../../electron/cli/command';
import type { CliCommand } from '../../electron/cli/command';
import { COMMANDS } from '../../electron/cli/commands/index';
import { frontCommands } from '../../electron/cli/front-commands';
import { runCli } from '../../electron/cli/run';
import cliConfig from '../../vite.cli.config';
import { reach } from '../support/static-imports';

const ROOT = join(import.meta.dirname, '..', '..');

async function front(argv: string[], handOver: () => Promise<number>) {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    {
      out: (t) => (out += t),
      err: (t) => (err += t),
      stdin: () => Readable.from([]),
      isTTY: () => false,
      env: {},
      readPassphrase: () => Promise.reject(new Error('the front never asks for a passphrase')),
      makeServices: () => {
        throw new Error('the front never opens the data folder');
      },
    },
    frontCommands(COMMANDS, handOver),
  );
  return { code, out, err };
}

const light = COMMANDS.filter((c) => c.light === true);
const heavy = COMMANDS.filter((c) => c.light !== true);

describe('the front command table', () => {
  it('keeps light commands as they are and hands every other command over', () => {
    expect(light.map((c) => c.name).sort()).toEqual(['bank-holidays', 'due']);
    const table = frontCommands(COMMANDS, () => Promise.resolve(7));
    table.forEach((c, i) => {
      const original = COMMANDS[i]!;
      expect([c.name, c.summary, c.usage, c.options]).toEqual([
        original.name,
        original.summary,
        original.usage,
        original.options,
      ]);
      expect(c.run === original.run).toBe(original.light === true);
    });
  });

  it.each(heavy.map((c) => [c.name, c]))(
    '%s is handed over once, with its exit code kept',
    async (_name, command: CliCommand) => {
      let handed = 0;
      // Options a command requires are given so that parsing passes; the full CLI checks them again.
      const r = await front([command.name], () => {
        handed += 1;
        return Promise.resolve(EXIT.NOT_FOUND);
      });
      expect([r.code, handed]).toEqual([EXIT.NOT_FOUND, 1]);
    },
  );

  it('answers help, usage errors and the light commands without handing over', async () => {
    const never = () => Promise.reject(new Error('handed over'));
    expect((await front(['--help'], never)).out).toContain('bank-holidays');
    expect((await front(['sign', '--help'], never)).out).toContain('Usage: icpc sign');
    expect((await front(['status', '--bogus'], never)).code).toBe(EXIT.USAGE);
    const due = await front(['due', '--strategy', '2025-12-10', '--json'], never);
    expect(due.out).toContain('"icpc":"2026-01-05"');
    const holidays = await front(['bank-holidays', '--year', '2026'], never);
    expect(holidays.out).toContain('Friday 25 December 2026');
  });

  it("light commands' code loads nothing more: no import() in any file they reach", () => {
    for (const c of light) {
      const file = join(ROOT, 'electron', 'cli', 'commands', `${c.name}.ts`);
      const { files } = reach(file);
      const loading = [...files].filter((f) => /\bimport\(/.test(readFileSync(f, 'utf8')));
      expect(loading).toEqual([]);
      expect(readFileSync(file, 'utf8')).not.toMatch(/ctx\.(services|readPassphrase|stdin)\(/);
    }
  });
});

describe('the built front (vite.cli.config.ts)', () => {
  let dir = '';
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'cli', 'icpc.cjs'), ...args], { encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'icpc-front-'));
    await build({
      ...cliConfig,
      configFile: false,
      logLevel: 'silent',
      build: { ...cliConfig.build, outDir: join(dir, 'cli') },
    });
    // A stand-in for the full CLI of the main build: prints what it was given and exits 6.
    mkdirSync(join(dir, 'main'));
    writeFileSync(
      join(dir, 'main', 'cli-main.js'),
      'export const cliMain = (argv) => { process.stdout.write(`full: ${argv.join(" ")}\\n`); return Promise.resolve(6); };\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one CommonJS file that loads no package', () => {
    const text = readFileSync(join(dir, 'cli', 'icpc.cjs'), 'utf8');
    const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.filter((r) => !r!.startsWith('node:') && !r!.startsWith('./'))).toEqual([]);
  });

  it('answers --help and due itself', () => {
    const help = run(['--help']);
    expect([help.status, help.stderr]).toEqual([EXIT.OK, '']);
    expect(help.stdout).toMatch(/^ICPC Companion .*: command line\n/);
    const due = run(['due', '--strategy', '2025-12-10', '--json']);
    expect([due.status, due.stdout]).toEqual([
      EXIT.OK,
      '{"icpc":"2026-01-05","firstCoreGroup":"2026-01-19","firstReview":"2026-04-02","minutes":"2026-02-02"}\n',
    ]);
    const wrong = run(['due', '--strategy', '10/12/2025']);
    expect([wrong.status, wrong.stdout]).toEqual([EXIT.USAGE, '']);
    expect(wrong.stderr).toContain('is not a date');
  });

  it('hands other commands to the full CLI with the same arguments and keeps its exit code', () => {
    const r = run(['list', '--data-dir', '/nowhere', '--passphrase-stdin']);
    expect([r.status, r.stdout]).toEqual([
      6,
      'full: list --data-dir /nowhere --passphrase-stdin\n',
    ]);
  });

  it('says plainly when the full CLI is missing', () => {
    rmSync(join(dir, 'main'), { recursive: true });
    const r = run(['status']);
    expect(r.status).toBe(EXIT.FAILED);
    expect(r.stderr).toMatch(/^The command failed unexpectedly: .*cli-main\.js/);
  });
});
