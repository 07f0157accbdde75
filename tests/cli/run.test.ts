// The CLI: help, status, usage errors with shell-friendly exit codes, and passphrases never from arguments.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { COMMANDS } from '../../electron/cli/commands/index';
import { readLine, readPassphrase } from '../../electron/cli/passphrase';
import { EXIT, runCliForTest } from '../support/cli-harness';

describe('icpc CLI', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'icpc-cli-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists every command in --help and exits 0', async () => {
    const run = await runCliForTest(['--help'], { dataDir });
    expect(run.code).toBe(EXIT.OK);
    for (const command of COMMANDS) {
      expect(run.out).toContain(command.name);
    }
    expect(run.out).toContain('Passphrases are never arguments');
  });

  it('shows help and exits 2 with no command', async () => {
    const run = await runCliForTest([], { dataDir });
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.out).toContain('Usage: icpc <command>');
  });

  it('refuses an unknown command with exit code 2', async () => {
    const run = await runCliForTest(['frobnicate'], { dataDir });
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.err).toContain('Unknown command "frobnicate"');
  });

  it('refuses an unknown option with exit code 2 and a pointer to help', async () => {
    const run = await runCliForTest(['status', '--passphrase', 'secret'], { dataDir });
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.err).toContain("Unknown option '--passphrase'");
  });

  it('prints per-command help', async () => {
    const run = await runCliForTest(['status', '--help'], { dataDir });
    expect(run.code).toBe(EXIT.OK);
    expect(run.out).toContain('Usage: icpc status');
  });

  it('reports status for the chosen data folder, as text and JSON', async () => {
    const text = await runCliForTest(['status', '--data-dir', dataDir], {
      dataDir: '/nonexistent',
    });
    expect(text.code).toBe(EXIT.OK);
    expect(text.out).toContain(`Data folder: ${dataDir}`);
    const json = await runCliForTest(['status', '--json'], { dataDir });
    expect(JSON.parse(json.out)).toMatchObject({
      appName: 'ICPC Companion',
      dataDir,
      vault: 'absent',
    });
  });
});

describe('passphrase sources', () => {
  const none = {
    stdin: Readable.from([]),
    isTTY: false,
    prompt: () => Promise.reject(new Error('x')),
  };

  it('reads the first line of standard input', async () => {
    const stdin = Readable.from(['correct horse battery\nsecond line']);
    expect(await readPassphrase('?', { 'passphrase-stdin': true }, { ...none, stdin })).toBe(
      'correct horse battery',
    );
  });

  it('reads the first line of a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icpc-pass-'));
    const file = join(dir, 'pass.txt');
    writeFileSync(file, 'from a file\r\n');
    expect(await readPassphrase('?', { 'passphrase-file': file }, none)).toBe('from a file');
    rmSync(dir, { recursive: true });
  });

  it('prompts when there is a terminal', async () => {
    expect(
      await readPassphrase(
        '?',
        {},
        { ...none, isTTY: true, prompt: () => Promise.resolve('typed') },
      ),
    ).toBe('typed');
  });

  it('refuses with a clear message when there is no terminal and no option', async () => {
    await expect(readPassphrase('?', {}, none)).rejects.toThrow(
      /--passphrase-stdin or --passphrase-file/,
    );
  });

  it('refuses an empty, unreadable or overlong passphrase', async () => {
    await expect(
      readPassphrase('?', { 'passphrase-stdin': true }, { ...none, stdin: Readable.from(['\n']) }),
    ).rejects.toThrow(/empty/);
    await expect(
      readPassphrase('?', { 'passphrase-file': '/nonexistent/x' }, none),
    ).rejects.toThrow(/could not be read/);
    await expect(
      readPassphrase(
        '?',
        { 'passphrase-stdin': true },
        { ...none, stdin: Readable.from(['x'.repeat(2000) + '\n']) },
      ),
    ).rejects.toThrow(/too long/);
    await expect(readLine(Readable.from(['y'.repeat(10_000)]), 100)).rejects.toThrow(/too long/);
  });
});
