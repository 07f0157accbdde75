// The document worker pool: jobs run in real worker threads (the TypeScript entry through jiti) and give the
// same results as in this thread; failures keep their code across the thread boundary; more jobs than workers
// all finish; a broken worker fails its job instead of hanging. Rule source: docs/reliability.md §2.5, §3.6 S2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { verifyDocx, verifyPdf } from '../../../electron/services/documents/sign/verify';
import { DocWorkerPool, sourceWorkerEntry } from '../../../electron/services/documents/worker/pool';
import { buildDecisionLetter } from '../../../shared/documents/decision-letter';
import { isAppFailure } from '../../../shared/ipc/result';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

import { makeTestPki, pdfsig, run, tempDir } from './tools';

const SIGNED_AT = '2026-01-06T09:30:00.000Z';
const pool = new DocWorkerPool({ size: 2, entry: sourceWorkerEntry() });
const inThread = new DocWorkerPool({ size: 0, entry: null });
const pki = makeTestPki();
const doc = buildDecisionLetter(aDocumentConference(), DOC_CONFIG);
const signature = {
  name: 'Alex Invented',
  role: 'Independent chair',
  signedAt: SIGNED_AT,
  fingerprint: 'AB:CD',
  version: 1,
};

afterAll(() => pool.close());

describe('the document worker pool', () => {
  it('renders and seals in worker threads, and the result verifies with pdfsig', async () => {
    expect(pool.threaded).toBe(true);
    const rendered = await pool.run('render', { doc, signature, signedAt: SIGNED_AT });
    const local = await inThread.run('render', { doc, signature, signedAt: SIGNED_AT });
    expect(rendered.contentSha256).toBe(local.contentSha256);
    const sealed = await pool.run('seal', {
      pdf: rendered.pdf,
      docx: rendered.docx,
      key: { p12: pki.p12, password: pki.passphrase },
      signedAt: SIGNED_AT,
      reason: 'test',
    });
    const trustedPem = [pki.caPem];
    expect(verifyPdf(sealed.pdf, { trustedPem })).toMatchObject({ intact: true, trusted: true });
    expect(verifyDocx(rendered.docx, sealed.p7s, { trustedPem })).toMatchObject({
      intact: true,
      trusted: true,
    });
    const dir = tempDir('pool');
    writeFileSync(join(dir, 'letter.pdf'), sealed.pdf);
    writeFileSync(join(dir, 'letter.docx'), rendered.docx);
    writeFileSync(join(dir, 'letter.docx.p7s'), sealed.p7s);
    writeFileSync(join(dir, 'ca.pem'), pki.caPem);
    expect(pdfsig(join(dir, 'letter.pdf'), pki.nssDir)).toContain('Signature is Valid.');
    const openssl = run('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      join(dir, 'letter.docx.p7s'),
      '-content',
      join(dir, 'letter.docx'),
      '-CAfile',
      join(dir, 'ca.pem'),
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]).out;
    expect(openssl).toContain('Verification successful');
  });

  it('renders an unsigned draft in a worker thread: DRAFT on every page, as in this thread', async () => {
    const [threaded, local] = await Promise.all([
      pool.run('draft', { doc, format: 'pdf' }),
      inThread.run('draft', { doc, format: 'pdf' }),
    ]);
    const file = join(tempDir('draft-job'), 'draft.pdf');
    writeFileSync(file, threaded.bytes);
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']).out;
    expect(text).toContain('DRAFT: not signed off');
    expect(threaded.bytes.byteLength).toBeGreaterThan(1000);
    expect(Math.abs(threaded.bytes.byteLength - local.bytes.byteLength)).toBeLessThan(200);
    const docx = await pool.run('draft', { doc, format: 'docx' });
    expect(Buffer.from(docx.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('keeps the failure code of a job across the thread boundary', async () => {
    const rendered = await pool.run('render', { doc, signature, signedAt: SIGNED_AT });
    const failure = await pool
      .run('seal', {
        ...rendered,
        key: { p12: pki.p12, password: 'not the passphrase' },
        signedAt: SIGNED_AT,
        reason: 'test',
      })
      .catch((e: unknown) => e);
    expect(isAppFailure(failure) && failure.code).toBe('WRONG_PASSPHRASE');
  });

  it('finishes more jobs than it has workers, each with its own result', async () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const results = await Promise.all(
      names.map((name) =>
        pool.run('render', { doc, signature: { ...signature, name }, signedAt: SIGNED_AT }),
      ),
    );
    const local = await Promise.all(
      names.map((name) =>
        inThread.run('render', { doc, signature: { ...signature, name }, signedAt: SIGNED_AT }),
      ),
    );
    expect(results.map((r) => r.contentSha256)).toEqual(local.map((r) => r.contentSha256));
    expect(new Set(results.map((r) => r.contentSha256)).size).toBe(names.length);
  });

  it('fails the job of a worker that cannot start, instead of waiting for ever', async () => {
    const broken = new DocWorkerPool({
      size: 1,
      entry: { file: join(tempDir('pool'), 'missing-worker.js'), execArgv: [] },
    });
    const failure = await broken
      .run('render', { doc, signature, signedAt: SIGNED_AT })
      .catch((e: unknown) => e);
    expect(isAppFailure(failure) && failure.code).toBe('INTERNAL');
    await broken.close();
  });
});
