// Helpers for the document tests: temp folders, the independent checkers (pdftotext, pdfsig, qpdf, soffice,
// openssl, certutil) and reading a DOCX part. Rule source: docs/reliability.md §3.6 and §3.7 (external checkers).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readZipEntry } from '../../../electron/services/documents/sign/zip-reader';

/** A fresh temp folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `icpc-${prefix}-`));
}

/** Runs a tool and returns stdout and stderr together with the exit code (never throws on a non-zero exit). */
export function run(cmd: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
  });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The text of a PDF file, with whitespace collapsed to single spaces. */
export function pdfText(file: string): string {
  return collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Whitespace collapsed to single spaces, typographic apostrophes made plain. */
export function collapse(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The visible text of a DOCX (all w:t runs of document.xml, paragraphs separated by spaces). */
export function docxText(bytes: Uint8Array): string {
  const xml = new TextDecoder().decode(readZipEntry(bytes, 'word/document.xml'));
  const text = xml
    .replace(/<\/w:p>/g, ' ')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return collapse(text);
}

/** Converts DOCX files to PDF with LibreOffice headless, in one call with its own profile. */
export function sofficeToPdf(files: string[], outDir: string): { code: number; out: string } {
  const profile = tempDir('lo-profile');
  return run('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...files,
  ]);
}

/** A test CA and a chair certificate signed by it (openssl), exported as PKCS#12, and an NSS db trusting the CA. */
export type TestPki = {
  dir: string;
  caPem: string;
  p12: Uint8Array;
  passphrase: string;
  nssDir: string;
};

/** Makes a test PKI with openssl and certutil. `name` labels the CA so two PKIs differ. */
export function makeTestPki(name = 'Fictionshire Test CA'): TestPki {
  const dir = tempDir('pki');
  const p = (f: string) => join(dir, f);
  const passphrase = 'correct horse battery staple';
  const ossl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ossl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    `/CN=${name}/O=Fictionshire`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  ossl([
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-out',
    'leaf.csr',
    '-subj',
    '/CN=Alex Invented/O=Fictionshire County Council',
  ]);
  writeFileSync(
    p('leaf.ext'),
    'keyUsage=critical,digitalSignature,nonRepudiation\nbasicConstraints=CA:FALSE\n',
  );
  ossl([
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.pem',
    '-days',
    '30',
    '-sha256',
    '-extfile',
    'leaf.ext',
  ]);
  ossl([
    'pkcs12',
    '-export',
    '-inkey',
    'leaf.key',
    '-in',
    'leaf.pem',
    '-certfile',
    'ca.pem',
    '-out',
    'leaf.p12',
    '-passout',
    `pass:${passphrase}`,
    '-keypbe',
    'AES-256-CBC',
    '-certpbe',
    'AES-256-CBC',
    '-macalg',
    'sha256',
  ]);
  const nssDir = join(dir, 'nssdb');
  execFileSync('mkdir', ['-p', nssDir]);
  execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${nssDir}`]);
  execFileSync('certutil', [
    '-A',
    '-d',
    `sql:${nssDir}`,
    '-n',
    'testca',
    '-t',
    'CT,C,C',
    '-i',
    p('ca.pem'),
  ]);
  return {
    dir,
    caPem: readFileSync(p('ca.pem'), 'utf8'),
    p12: readFileSync(p('leaf.p12')),
    passphrase,
    nssDir,
  };
}

/** pdfsig's report on a file, checked against an NSS db. Its exit code is 0 even for a bad signature. */
export function pdfsig(file: string, nssDir: string): string {
  return run('pdfsig', ['-nssdir', `sql:${nssDir}`, file]).out;
}
