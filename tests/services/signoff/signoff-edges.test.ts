// Sign-off failure paths: blockers refuse with every blocker listed and nothing written; a failure while storing
// puts the status back; a sign-off interrupted after the freeze completes on retry; an imported PKCS#12 (openssl
// test CA) replaces the self-signed certificate and pdfsig trusts what it signs. Rule source:
// docs/reliability.md §3.6 S1, S2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { VaultService } from '../../../electron/services/vault/vault-service';
import { IDENTITY_SETTING } from '../../../electron/services/signoff/chair-identity';
import { aDocumentConference } from '../../fixtures/documents';
import { makeTestPki, pdfsig, tempDir } from '../documents/tools';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

let h: SignoffHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

describe('sign-off refusals', () => {
  it('refuses while blockers remain, lists each one, and writes nothing', async () => {
    h = await signoffHarness();
    const base = aDocumentConference();
    const id = await h.store({
      ...base,
      children: base.children.map((c) => ({ ...c, decision: undefined })),
    });
    const auditBefore = h.vault.auditLog().length;
    const attempt = h.signoff
      .signOff(id, PASS, undefined, h.signoff.documentStems(id))
      .catch((e: unknown) => e);
    const e = (await attempt) as { code: string; issues: { path: string; message: string }[] };
    expect(e.code).toBe('BLOCKED');
    expect(e.issues.length).toBe(h.signoff.preview(id).blockers.length);
    expect(e.issues.length).toBeGreaterThanOrEqual(3);
    expect(h.conferences.get(id).status).toBe('awaiting-sign-off');
    expect(h.vault.auditLog().length).toBe(auditBefore);
    expect(Object.keys(h.vault.list('documents'))).toEqual([]);
  });

  it('puts the status back when storing the documents fails', async () => {
    let calls = 0;
    let real: VaultService | null = null;
    h = await signoffHarness({
      vault: (v) => {
        real = v;
        const failing = Object.create(v) as VaultService;
        // The files, the version record and the audit entries are one commit (docs/vault.md): it fails whole.
        failing.commit = (change) => {
          if ((change.documents?.length ?? 0) === 0) {
            return v.commit(change);
          }
          calls += 1;
          return Promise.reject(new Error('disk full'));
        };
        return failing;
      },
    });
    const id = await h.store();
    await expect(
      h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id)),
    ).rejects.toThrow('disk full');
    const after = h.conferences.get(id);
    expect(after.status).toBe('awaiting-sign-off');
    expect(h.signoff.listVersions(id).versions).toEqual([]);
    expect(calls).toBe(1);
    expect(Object.keys(real!.list('documents'))).toEqual([]); // no orphan files
    // Neither "looked at" nor "signed" is audited for a sign-off that did not happen.
    expect(
      real!.auditLog().filter((e) => e.action.startsWith('record.documents-looked-at')),
    ).toEqual([]);
    await h.conferences.applyEdit(id, after.revision, {
      type: 'set',
      path: ['venue'],
      value: 'Room 5',
    });
  });

  it('completes a sign-off that was interrupted after the record was frozen', async () => {
    h = await signoffHarness();
    const id = await h.store();
    await h.conferences.setSignOffStatus(id, 3, 'signed');
    expect(h.signoff.listVersions(id).versions).toEqual([]);
    const done = await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    expect(done.version).toBe(1);
    expect(h.signoff.listVersions(id).versions[0]?.state).toBe('signed');
  });

  it('refuses a record changed between reading and freezing with CONFLICT', async () => {
    h = await signoffHarness();
    const id = await h.store();
    expect(await failureCode(h.conferences.setSignOffStatus(id, 2, 'signed'))).toBe('CONFLICT');
  });
});

describe('the chair certificate', () => {
  it('is created once, kept in the vault, and replaced by an imported PKCS#12 that pdfsig trusts', async () => {
    h = await signoffHarness({ now: Date.now() });
    const pki = makeTestPki();
    expect(
      await failureCode(
        h.signoff.importCertificate(Buffer.from(pki.p12).toString('base64'), 'wrong'),
      ),
    ).toBe('WRONG_PASSPHRASE');
    expect(
      await failureCode(
        h.signoff.importCertificate(Buffer.from('not a p12').toString('base64'), 'x'),
      ),
    ).toBe('BAD_INPUT');
    expect(h.vault.get('settings', IDENTITY_SETTING)).toBeUndefined();

    const info = await h.signoff.importCertificate(
      Buffer.from(pki.p12).toString('base64'),
      pki.passphrase,
    );
    expect(info).toMatchObject({ kind: 'imported', name: 'Alex Invented' });
    const kept = JSON.stringify(h.vault.get('settings', IDENTITY_SETTING));
    expect(kept).not.toContain(pki.passphrase);
    expect(h.vault.auditLog().at(-1)?.action).toBe('signing.certificate-imported');

    const id = await h.store();
    await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    const version = h.signoff.listVersions(id).versions[0]!;
    expect(version.certificateFingerprint).toBe(info.fingerprint);
    const pdf = version.files.find((f) => f.fileName === 'conference-record.pdf')!;
    const file = join(tempDir('signoff'), 'record.pdf');
    writeFileSync(file, Buffer.from((await h.signoff.read(pdf.id)).base64, 'base64'));
    const out = pdfsig(file, pki.nssDir);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Certificate is Trusted.');
    expect(out).toContain('Total document signed');
  });

  it('refuses an imported certificate that is not valid today', async () => {
    h = await signoffHarness({ now: Date.parse('2040-01-01T00:00:00Z') });
    const pki = makeTestPki();
    expect(
      await failureCode(
        h.signoff.importCertificate(Buffer.from(pki.p12).toString('base64'), pki.passphrase),
      ),
    ).toBe('BAD_INPUT');
  });
});
