// verify-doc agrees with the independent checkers on every tampered file: pdfsig (NSS db trusting a test CA) for
// the PDF, openssl cms -verify for the DOCX's .p7s. One row per case; our verdict is the CLI's exit code and the
// checker's verdict is "valid and whole" (pdfsig) or "Verification successful" (openssl).
// Rule source: docs/reliability.md §3.6 S3 and S5.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { loadP12 } from '../../../electron/services/documents/sign/identity';
import { signDocument } from '../../../electron/services/documents/sign/sign-document';
import type { SignedDocument } from '../../../electron/services/documents/sign/sign-document';
import { buildMinutes } from '../../../shared/documents/minutes';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';
import { EXIT, runCliForTest } from '../../support/cli-harness';

import { makeTestPki, pdfsig, run, tempDir } from './tools';
import type { TestPki } from './tools';

let pki: TestPki;
let otherPki: TestPki;
let signed: SignedDocument;
let dir: string;
let leafFingerprint: string;

const CA_NAME = 'Fictionshire Test CA';
const FAKE_NAME = 'Fictionshire Fake CA';

beforeAll(async () => {
  pki = makeTestPki(CA_NAME);
  otherPki = makeTestPki('Some Other CA');
  signed = await signDocument(
    buildMinutes(aDocumentConference(), DOC_CONFIG),
    loadP12(pki.p12, pki.passphrase),
    { role: 'Independent chair', version: 2, signedAt: new Date('2026-01-06T09:30:00Z') },
  );
  dir = tempDir('verify-agree');
  writeFileSync(join(dir, 'ca.pem'), pki.caPem);
  writeFileSync(join(dir, 'other-ca.pem'), otherPki.caPem);
  leafFingerprint = execFileSync(
    'openssl',
    ['x509', '-in', join(pki.dir, 'leaf.pem'), '-noout', '-fingerprint', '-sha256'],
    { encoding: 'utf8' },
  )
    .trim()
    .replace(/^.*=/, '');
}, 120_000);

const cli = (argv: string[]) => runCliForTest(argv, { dataDir: dir });

/** Where the /Contents hex starts and how long its DER part is, in the signed PDF. */
function contentsSpan(pdf: Uint8Array): { start: number; derHex: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const m = /\/ByteRange\s*\[\s*\d+\s+(\d+)\s+(\d+)/.exec(text);
  const start = Number(m?.[1]) + 1;
  const hex = text.slice(start, Number(m?.[2]) - 1);
  return { start, derHex: hex.replace(/0+$/, '').length };
}

function edit(bytes: Uint8Array, at: number, value: string): Uint8Array {
  const out = Uint8Array.from(bytes);
  out.set(Buffer.from(value, 'latin1'), at);
  return out;
}

/** Replaces the nth occurrence (negative counts from the end) of `from` with `to` (same length). */
function replaceOccurrence(bytes: Uint8Array, from: Buffer, to: Buffer, nth: number): Uint8Array {
  const found: number[] = [];
  const buf = Buffer.from(bytes);
  for (let i = buf.indexOf(from); i >= 0; i = buf.indexOf(from, i + 1)) {
    found.push(i);
  }
  const at = found.at(nth);
  if (at === undefined) {
    throw new Error(`occurrence ${nth} of ${from.toString('latin1')} not found`);
  }
  const out = Uint8Array.from(bytes);
  out.set(to, at);
  return out;
}

const hexOf = (s: string) => Buffer.from(Buffer.from(s).toString('hex'), 'latin1');

type PdfCase = { name: string; make: (pdf: Uint8Array) => Uint8Array; whole: boolean };

const PDF_CASES: PdfCase[] = [
  { name: 'the file as signed', make: (p) => p, whole: true },
  {
    name: 'a changed byte in the zero padding after the DER',
    make: (p) => {
      const { start, derHex } = contentsSpan(p);
      return edit(p, start + derHex + 300, '7');
    },
    whole: false,
  },
  {
    name: 'the last padding byte changed',
    make: (p) => {
      const text = Buffer.from(p).toString('latin1');
      const end = Number(/\/ByteRange\s*\[\s*\d+\s+\d+\s+(\d+)/.exec(text)?.[1]) - 2;
      return edit(p, end, '1');
    },
    whole: false,
  },
  {
    name: 'a byte of the signature value changed',
    make: (p) => {
      const { start, derHex } = contentsSpan(p);
      const at = start + derHex - 20;
      // Another hex digit by value: 'a' and 'A' are the same nibble, so a letter swap could change nothing.
      const nibble = parseInt(String.fromCharCode(p[at] ?? 48), 16);
      return edit(p, at, (nibble ^ 1).toString(16));
    },
    whole: false,
  },
  {
    name: 'the issuer named by the signer edited',
    make: (p) => replaceOccurrence(p, hexOf(CA_NAME), hexOf(FAKE_NAME), -1),
    whole: false,
  },
  {
    name: 'a byte of the signed content changed',
    make: (p) => replaceOccurrence(p, Buffer.from('/IcpcVersion'), Buffer.from('/IcpcVersioN'), 0),
    whole: false,
  },
  {
    name: 'bytes appended after signing',
    make: (p) => Buffer.concat([p, Buffer.from('\n% appended\n')]),
    whole: false,
  },
];

describe('verify-doc agrees with pdfsig', () => {
  for (const c of PDF_CASES) {
    it(`on ${c.name}`, async () => {
      const file = join(dir, `${c.name.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(file, c.make(signed.pdf));
      const report = pdfsig(file, pki.nssDir);
      const pdfsigWhole =
        /Signature is Valid\./.test(report) && /^\s*- Total document signed/m.test(report);
      expect(pdfsigWhole, report).toBe(c.whole);
      const ours = await cli(['verify-doc', file, '--trust', join(dir, 'ca.pem')]);
      expect(ours.code === EXIT.OK, ours.out).toBe(pdfsigWhole);
      expect(ours.out.startsWith(c.whole ? 'Intact:' : 'NOT intact:')).toBe(true);
    });
  }

  it('says NOT TRUSTED and exits non-zero for a CA pdfsig does not trust either', async () => {
    const file = join(dir, 'valid.pdf');
    writeFileSync(file, signed.pdf);
    expect(pdfsig(file, otherPki.nssDir)).not.toContain('Certificate is Trusted.');
    const ours = await cli(['verify-doc', file, '--trust', join(dir, 'other-ca.pem')]);
    expect(ours.code).toBe(EXIT.FAILED);
    expect(ours.out).toContain('Trust: NOT TRUSTED');
    const trusted = await cli(['verify-doc', file, '--trust', join(dir, 'ca.pem')]);
    expect(trusted.code).toBe(EXIT.OK);
    expect(trusted.out).toContain('Trust: TRUSTED');
  });

  it("prints the signer's certificate SHA-256 fingerprint as openssl computes it", async () => {
    const file = join(dir, 'valid.pdf');
    writeFileSync(file, signed.pdf);
    const ours = await cli(['verify-doc', file]);
    expect(ours.code).toBe(EXIT.OK);
    expect(ours.out).toContain(`SHA-256 fingerprint: ${leafFingerprint}.`);
    expect(ours.out).toContain('Trust: not checked');
  });
});

type P7sCase = {
  name: string;
  docx?: (d: Uint8Array) => Uint8Array;
  p7s?: (p: Uint8Array) => Uint8Array;
  ca?: 'ca.pem' | 'other-ca.pem';
  ok: boolean;
};

const name = Buffer.from(CA_NAME);
const fake = Buffer.from(FAKE_NAME);
const P7S_CASES: P7sCase[] = [
  { name: 'the files as signed', ok: true },
  { name: 'a changed byte in the DOCX', docx: (d) => edit(d, 200, 'Z'), ok: false },
  {
    name: 'the issuer named by the signer edited',
    p7s: (p) => replaceOccurrence(p, name, fake, -1),
    ok: false,
  },
  {
    name: "the issuer in the signer's certificate edited",
    p7s: (p) => replaceOccurrence(p, name, fake, 0),
    ok: false,
  },
  {
    name: 'both issuers edited alike',
    p7s: (p) => replaceOccurrence(replaceOccurrence(p, name, fake, -1), name, fake, 0),
    ok: false,
  },
  {
    name: 'a byte of the signature value changed',
    p7s: (p) => edit(p, p.length - 5, String.fromCharCode(((p[p.length - 5] ?? 0) ^ 1) & 0xff)),
    ok: false,
  },
  { name: 'a certificate from another CA', ca: 'other-ca.pem', ok: false },
];

describe('verify-doc agrees with openssl cms -verify on the .p7s', () => {
  for (const c of P7S_CASES) {
    it(`on ${c.name}`, async () => {
      const base = join(dir, c.name.replace(/\W+/g, '-'));
      writeFileSync(`${base}.docx`, c.docx ? c.docx(signed.docx) : signed.docx);
      writeFileSync(`${base}.docx.p7s`, c.p7s ? c.p7s(signed.p7s) : signed.p7s);
      const ca = join(dir, c.ca ?? 'ca.pem');
      const openssl = run('openssl', [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        `${base}.docx.p7s`,
        '-content',
        `${base}.docx`,
        '-CAfile',
        ca,
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ]).out;
      const opensslOk = openssl.includes('Verification successful');
      expect(opensslOk, openssl).toBe(c.ok);
      const ours = await cli(['verify-doc', `${base}.docx`, '--trust', ca]);
      expect(ours.code === EXIT.OK, ours.out).toBe(opensslOk);
    });
  }
});
