// Signing and verification, checked by independent tools: pdfsig with an NSS db trusting an openssl test CA,
// openssl cms for the DOCX .p7s, qpdf, and our verifier agreeing with pdfsig on every fixture.
// Rule source: docs/reliability.md §3.6 S2 to S5.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  createChairCertificate,
  loadP12,
} from '../../../electron/services/documents/sign/identity';
import type { SigningIdentity } from '../../../electron/services/documents/sign/identity';
import { signDocument } from '../../../electron/services/documents/sign/sign-document';
import type { SignedDocument } from '../../../electron/services/documents/sign/sign-document';
import { verifyDocx, verifyPdf } from '../../../electron/services/documents/sign/verify';
import { buildMinutes } from '../../../shared/documents/minutes';
import { isAppFailure } from '../../../shared/ipc/result';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

import { makeTestPki, pdfText, pdfsig, run, tempDir } from './tools';
import type { TestPki } from './tools';

const SIGNED_AT = new Date('2026-01-06T09:30:00.000Z');

let pki: TestPki;
let otherPki: TestPki;
let identity: SigningIdentity;
let signed: SignedDocument;
let dir: string;
const files: Record<'valid' | 'tampered' | 'appended', string> = {
  valid: '',
  tampered: '',
  appended: '',
};

beforeAll(async () => {
  pki = makeTestPki();
  otherPki = makeTestPki('Some Other CA');
  identity = loadP12(pki.p12, pki.passphrase);
  signed = await signDocument(buildMinutes(aDocumentConference(), DOC_CONFIG), identity, {
    role: 'Independent chair',
    version: 2,
    signedAt: SIGNED_AT,
  });
  dir = tempDir('sign');
  files.valid = join(dir, 'valid.pdf');
  writeFileSync(files.valid, signed.pdf);
  const tampered = Uint8Array.from(signed.pdf);
  const at = Buffer.from(tampered).indexOf('Conference record');
  tampered[at] = 'c'.charCodeAt(0);
  files.tampered = join(dir, 'tampered.pdf');
  writeFileSync(files.tampered, tampered);
  files.appended = join(dir, 'appended.pdf');
  writeFileSync(
    files.appended,
    Buffer.concat([signed.pdf, Buffer.from('\n% appended after signing\n')]),
  );
}, 120_000);

describe('signing a PDF', () => {
  it('gives a signature pdfsig reports as valid, trusted, SHA-256 and covering the whole document', () => {
    const out = pdfsig(files.valid, pki.nssDir);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Certificate is Trusted.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('SHA-256');
    expect(out).toContain('adbe.pkcs7.detached');
  });

  it('keeps the PDF structurally sound for qpdf after signing', () => {
    expect(run('qpdf', ['--check', files.valid]).out).toContain(
      'No syntax or stream encoding errors found',
    );
  });

  it('prints the visible signature block with name, role, time, version and fingerprint', () => {
    const text = pdfText(files.valid);
    expect(text).toContain('Signed electronically by Alex Invented');
    expect(text).toContain('Independent chair');
    expect(text).toContain('6 January 2026 at 9:30am (UK time)');
    expect(text).toContain(identity.fingerprint.slice(0, 20));
  });

  it('is reported intact by our verifier with signer, time and version', () => {
    const r = verifyPdf(signed.pdf, { trustedPem: [pki.caPem] });
    expect(r).toMatchObject({
      intact: true,
      coversWholeFile: true,
      trusted: true,
      signedBy: 'Alex Invented',
      version: 2,
    });
    expect(r.signedAt).toBe(SIGNED_AT.toISOString());
  });

  // One row per fixture: what pdfsig prints (and must not print), and what our verifier reports.
  const TAMPER_CASES: {
    file: keyof typeof files;
    pdfsig: RegExp[];
    pdfsigAbsent: string[];
    ours: { intact: boolean; coversWholeFile?: boolean };
    reason?: string;
  }[] = [
    {
      file: 'valid',
      pdfsig: [/Signature is Valid\./, /Total document signed/],
      pdfsigAbsent: [],
      ours: { intact: true, coversWholeFile: true },
    },
    {
      file: 'tampered',
      pdfsig: [/Digest Mismatch|Signature is Invalid/],
      pdfsigAbsent: ['Signature is Valid.'],
      ours: { intact: false },
      reason: 'changed after signing',
    },
    {
      file: 'appended',
      pdfsig: [/Signature is Valid\./],
      pdfsigAbsent: ['Total document signed'],
      ours: { intact: true, coversWholeFile: false },
      reason: 'modified after signing',
    },
  ];
  for (const c of TAMPER_CASES) {
    it(`agrees with pdfsig on the ${c.file} fixture`, () => {
      const out = pdfsig(files[c.file], pki.nssDir);
      for (const line of c.pdfsig) {
        expect(out).toMatch(line);
      }
      for (const line of c.pdfsigAbsent) {
        expect(out).not.toContain(line);
      }
      const ours = verifyPdf(readFileSync(files[c.file]), { trustedPem: [pki.caPem] });
      expect(ours).toMatchObject(c.ours);
      if (c.reason) {
        expect(ours.reason).toContain(c.reason);
      }
    });
  }

  it('agrees with pdfsig that a certificate from another CA is not trusted', () => {
    const out = pdfsig(files.valid, otherPki.nssDir);
    expect(out).toContain('Signature is Valid.');
    expect(out).not.toContain('Certificate is Trusted.');
    const r = verifyPdf(signed.pdf, { trustedPem: [otherPki.caPem] });
    expect(r).toMatchObject({ intact: true, trusted: false });
  });

  it('says a PDF without a signature is not signed', async () => {
    const { renderPdf } = await import('../../../electron/services/documents/pdf-renderer');
    const r = verifyPdf(await renderPdf(buildMinutes(aDocumentConference(), DOC_CONFIG)));
    expect(r).toMatchObject({ intact: false, reason: 'The PDF has no digital signature.' });
  });
});

describe('signing a DOCX', () => {
  const opensslVerify = (content: string) =>
    run('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      join(dir, 'minutes.docx.p7s'),
      '-content',
      content,
      '-CAfile',
      join(dir, 'ca.pem'),
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]).out;

  it('gives a .p7s that openssl cms verifies against the test CA', () => {
    writeFileSync(join(dir, 'minutes.docx'), signed.docx);
    writeFileSync(join(dir, 'minutes.docx.p7s'), signed.p7s);
    writeFileSync(join(dir, 'ca.pem'), pki.caPem);
    expect(opensslVerify(join(dir, 'minutes.docx'))).toContain('Verification successful');
  });

  it('is reported intact with its version, and changed when one byte differs (as openssl says)', () => {
    expect(verifyDocx(signed.docx, signed.p7s, { trustedPem: [pki.caPem] })).toMatchObject({
      intact: true,
      coversWholeFile: true,
      trusted: true,
      version: 2,
      signedBy: 'Alex Invented',
    });
    const changed = Uint8Array.from(signed.docx);
    changed[100] = (changed[100] ?? 0) ^ 0xff;
    writeFileSync(join(dir, 'changed.docx'), changed);
    expect(opensslVerify(join(dir, 'changed.docx'))).not.toContain('Verification successful');
    expect(verifyDocx(changed, signed.p7s).intact).toBe(false);
  });
});

describe('the chair certificate', () => {
  it('is created self-signed, opens with its passphrase and signs a PDF pdfsig finds valid', async () => {
    const made = createChairCertificate({
      name: 'Alex Invented',
      role: 'Independent chair',
      authority: 'Fictionshire County Council',
      passphrase: 'a long test passphrase',
    });
    const own = loadP12(made.p12, 'a long test passphrase');
    expect(own.fingerprint).toBe(made.fingerprint);
    const result = await signDocument(buildMinutes(aDocumentConference(), DOC_CONFIG), own, {
      role: 'Independent chair',
      version: 1,
      signedAt: SIGNED_AT,
    });
    const file = join(dir, 'self-signed.pdf');
    writeFileSync(file, result.pdf);
    expect(pdfsig(file, pki.nssDir)).toContain('Signature is Valid.');
    expect(verifyPdf(result.pdf)).toMatchObject({
      intact: true,
      coversWholeFile: true,
      version: 1,
    });
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and a non-certificate file with BAD_INPUT', () => {
    const attempt = (bytes: Uint8Array, pass: string) => {
      try {
        loadP12(bytes, pass);
        return 'opened';
      } catch (e) {
        return isAppFailure(e) ? e.code : 'other';
      }
    };
    expect(attempt(pki.p12, 'wrong passphrase')).toBe('WRONG_PASSPHRASE');
    expect(attempt(new TextEncoder().encode('not a certificate'), 'x')).toBe('BAD_INPUT');
  });
});
