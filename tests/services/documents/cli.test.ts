// The document commands end to end, in-process: render, sign (passphrase from stdin, never an argument) and
// verify-doc with its exit codes; bad inputs fail with clear messages.
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { EXIT, runCliForTest } from '../../support/cli-harness';
import { aDocumentConference } from '../../fixtures/documents';

import { makeTestPki, tempDir } from './tools';
import type { TestPki } from './tools';

let dir: string;
let conferenceFile: string;
let pki: TestPki;

beforeAll(() => {
  dir = tempDir('cli-docs');
  conferenceFile = join(dir, 'conference.json');
  writeFileSync(conferenceFile, JSON.stringify(aDocumentConference()));
  pki = makeTestPki();
  writeFileSync(join(dir, 'chair.p12'), pki.p12);
  writeFileSync(join(dir, 'ca.pem'), pki.caPem);
});

const cli = (argv: string[], stdin?: string) =>
  runCliForTest(argv, stdin === undefined ? { dataDir: dir } : { dataDir: dir, stdin });

describe('icpc render', () => {
  it('writes every document as DOCX and PDF with the distribution list', async () => {
    const out = join(dir, 'rendered');
    const r = await cli(['render', conferenceFile, '--out', out]);
    expect(r.code, r.err).toBe(EXIT.OK);
    const files = readdirSync(out);
    expect(files).toEqual(
      expect.arrayContaining([
        'conference-record.pdf',
        'conference-record.docx',
        'restricted-annex.pdf',
        'distribution.json',
      ]),
    );
  });

  it('lists schema problems with their paths', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...aDocumentConference(), date: 'yesterday', venue: 7 }));
    const r = await cli(['render', bad, '--out', join(dir, 'x')]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain('date:');
    expect(r.err).toContain('venue:');
    expect(r.err).toContain('does not match the conference format');
  });

  it('says so for bad JSON and for a missing file', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "schemaVersion": 1,');
    expect((await cli(['render', bad, '--out', join(dir, 'x')])).err).toContain(
      'is not valid JSON',
    );
    const missing = await cli(['render', join(dir, 'nope.json'), '--out', join(dir, 'x')]);
    expect(missing.code).toBe(EXIT.NOT_FOUND);
    expect(missing.err).toContain('Cannot read the conference file');
  });
});

/** The document names `icpc sign` lists when --looked-at is missing or incomplete. */
function stemsFrom(err: string): string[] {
  const m = /The documents are: (.*?)\. Nothing was signed\./.exec(err);
  return m ? m[1]!.split(', ') : [];
}

describe('icpc sign and icpc verify-doc', () => {
  it('signs only when --looked-at names every document, listing them and signing nothing otherwise', async () => {
    const out = join(dir, 'unlooked');
    const base = ['sign', conferenceFile, '--p12', join(dir, 'chair.p12'), '--out', out];
    const none = await cli([...base, '--passphrase-stdin'], `${pki.passphrase}\n`);
    expect(none.code).not.toBe(EXIT.OK);
    expect(none.err).toContain('Look at every document before signing');
    expect(none.err).toContain(`icpc render ${conferenceFile} --out DIR`);
    const stems = stemsFrom(none.err);
    expect(stems).toContain('conference-record');
    expect(stems).toContain('decision-letter');
    const partial = await cli(
      [...base, '--looked-at', stems.slice(1).join(','), '--passphrase-stdin'],
      `${pki.passphrase}\n`,
    );
    expect(partial.code).not.toBe(EXIT.OK);
    expect(partial.err).toContain(`Not looked at: ${stems[0]!}.`);
    const unknown = await cli(
      [...base, '--looked-at', [...stems, 'letter-to-nobody'].join(','), '--passphrase-stdin'],
      `${pki.passphrase}\n`,
    );
    expect(unknown.err).toContain('Not documents of this record: letter-to-nobody.');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  }, 120_000);

  it('signs with the passphrase from stdin, and verify-doc says intact (exit 0) for the PDF and the DOCX', async () => {
    const out = join(dir, 'signed');
    const listed = await cli(
      ['sign', conferenceFile, '--p12', join(dir, 'chair.p12'), '--out', out, '--passphrase-stdin'],
      `${pki.passphrase}\n`,
    );
    const r = await cli(
      [
        'sign',
        conferenceFile,
        '--p12',
        join(dir, 'chair.p12'),
        '--out',
        out,
        '--version',
        '3',
        '--looked-at',
        stemsFrom(listed.err).join(', '),
        '--passphrase-stdin',
      ],
      `${pki.passphrase}\n`,
    );
    expect(r.code, r.err).toBe(EXIT.OK);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    const pdf = await cli([
      'verify-doc',
      join(out, 'conference-record.pdf'),
      '--trust',
      join(dir, 'ca.pem'),
    ]);
    expect(pdf.code).toBe(EXIT.OK);
    expect(pdf.out).toContain('Intact: signed by Alex Invented');
    expect(pdf.out).toMatch(
      / on \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}(:\d\d)?(am|pm) \(UK time\) \[/,
    );
    expect(pdf.out).toContain('version 3');
    expect(pdf.out).toContain('Trust: TRUSTED');
    const docx = await cli(['verify-doc', join(out, 'decision-letter.docx')]);
    expect(docx.code).toBe(EXIT.OK);
    appendFileSync(join(out, 'decision-letter.pdf'), '\n%%EOF\n');
    const appended = await cli(['verify-doc', join(out, 'decision-letter.pdf')]);
    expect(appended.code).toBe(EXIT.FAILED);
    expect(appended.out).toContain('modified after signing');
  }, 120_000);

  it('refuses a wrong passphrase with its own exit code', async () => {
    const r = await cli(
      [
        'sign',
        conferenceFile,
        '--p12',
        join(dir, 'chair.p12'),
        '--out',
        join(dir, 'no'),
        '--passphrase-stdin',
      ],
      'wrong\n',
    );
    expect(r.code).toBe(EXIT.WRONG_PASSPHRASE);
  });

  it('asks for the .p7s of a DOCX that has none beside it', async () => {
    const out = join(dir, 'rendered');
    const r = await cli(['verify-doc', join(out, 'conference-record.docx')]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain('--p7s');
  });
});
