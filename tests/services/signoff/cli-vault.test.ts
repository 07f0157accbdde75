// The vault forms of the document commands, in-process over a real vault (weak test KDF): import (bad JSON → clear
// error, exit code, nothing written), render --id, sign --id (the app's sign-off), export --id --version, and
// verify-doc on an exported file printing the UK time.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { aDocumentConference } from '../../fixtures/documents';
import { EXIT, vaultCli } from '../../support/cli-harness';
import { tempDir as docsTempDir } from '../documents/tools';
import { PASS, fakeClock, tempDir } from '../vault/helpers';

import { SIGN_TIME } from './support';

let dir: string;
let work: string;
let cleanup: () => Promise<void>;
let conferenceFile: string;

const cli = vaultCli({ dataDir: () => dir, clock: fakeClock(SIGN_TIME), stdin: `${PASS}\n` });

const vaultArgs = ['--passphrase-stdin'];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  work = docsTempDir('cli-vault');
  conferenceFile = join(work, 'conference.json');
  writeFileSync(conferenceFile, JSON.stringify(aDocumentConference()));
  expect((await cli(['init', ...vaultArgs])).code).toBe(EXIT.OK);
});
afterAll(() => cleanup());

describe('icpc import', () => {
  it('refuses bad JSON and a schema mismatch with a clear message, an exit code and nothing written', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1,');
    const r = await cli(['import', broken, ...vaultArgs]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain('is not valid JSON');
    const wrong = join(work, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...aDocumentConference(), children: 'none' }));
    const s = await cli(['import', wrong, ...vaultArgs]);
    expect(s.code).toBe(EXIT.USAGE);
    expect(s.err).toContain('children:');
    const check = await cli([
      'render',
      '--id',
      'conf-1',
      '--out',
      join(work, 'none'),
      ...vaultArgs,
    ]);
    expect(check.code).toBe(EXIT.NOT_FOUND);
  });

  it('imports a conference once; a second import of the same id is refused', async () => {
    const r = await cli(['import', conferenceFile, ...vaultArgs]);
    expect(r.code, r.err).toBe(EXIT.OK);
    expect(r.out).toContain('Imported conference conf-1 (3 child record(s)) as a draft.');
    const again = await cli(['import', conferenceFile, ...vaultArgs]);
    expect(again.code).toBe(EXIT.FAILED);
    expect(again.err).toContain('already in the vault');
  });

  it('refuses a wrong vault passphrase with exit 3', async () => {
    const r = await cli(['import', conferenceFile, ...vaultArgs], 'wrong passphrase\n');
    expect(r.code).toBe(EXIT.WRONG_PASSPHRASE);
  });
});

describe('icpc render, sign and export with --id', () => {
  it('renders drafts of a conference in the vault', async () => {
    const out = join(work, 'drafts');
    const r = await cli(['render', '--id', 'conf-1', '--out', out, ...vaultArgs]);
    expect(r.code, r.err).toBe(EXIT.OK);
    expect(readdirSync(out)).toContain('conference-record.pdf');
  });

  it('says there is nothing to export before sign-off', async () => {
    const r = await cli(['export', '--id', 'conf-1', '--out', join(work, 'early'), ...vaultArgs]);
    expect(r.code).toBe(EXIT.NOT_FOUND);
    expect(r.err).toContain('no signed version yet');
  });

  it('signs off version 1 in the vault, prints the hashes and exports it with --out', async () => {
    const out = join(work, 'signed');
    const unlooked = await cli(['sign', '--id', 'conf-1', '--out', out, ...vaultArgs]);
    expect(unlooked.code).not.toBe(EXIT.OK);
    expect(unlooked.err).toContain('icpc render --id conf-1 --out DIR');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const stems = /The documents are: (.*?)\. Nothing was signed\./.exec(unlooked.err)![1]!;
    const r = await cli([
      'sign',
      '--id',
      'conf-1',
      '--out',
      out,
      '--looked-at',
      stems,
      ...vaultArgs,
    ]);
    expect(r.code, r.err).toBe(EXIT.OK);
    expect(r.out).toMatch(/Signed version 1: \d+ files kept in the vault\./);
    expect(r.out).toMatch(/Record SHA-256 {2}[0-9a-f]{64}/);
    expect(readdirSync(out)).toContain('decision-letter.docx.p7s');
    const again = await cli(['sign', '--id', 'conf-1', '--looked-at', stems, ...vaultArgs]);
    expect(again.code).toBe(EXIT.FAILED);
    expect(again.err).toContain('already signed');
  });

  it('exports a chosen version and verify-doc reads it in UK time', async () => {
    const out = join(work, 'exported');
    const r = await cli(['export', '--id', 'conf-1', '--version', '1', '--out', out, ...vaultArgs]);
    expect(r.code, r.err).toBe(EXIT.OK);
    expect(r.out).toMatch(/conference-record\.pdf {2}sha256 [0-9a-f]{64}/);
    const v = await cli(['verify-doc', join(out, 'conference-record.pdf')]);
    expect(v.code).toBe(EXIT.OK);
    expect(v.out).toContain(
      'Intact: signed by Alex Invented on 6 January 2026 at 9:30am (UK time) [2026-01-06T09:30:00.000Z], version 1.',
    );
    const missing = await cli([
      'export',
      '--id',
      'conf-1',
      '--version',
      '4',
      '--out',
      out,
      ...vaultArgs,
    ]);
    expect(missing.code).toBe(EXIT.NOT_FOUND);
  });

  it('refuses --p12 together with --id', async () => {
    const r = await cli(['sign', '--id', 'conf-1', '--p12', 'x.p12', ...vaultArgs]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(existsSync(join(work, 'x.p12'))).toBe(false);
  });
});
