// A record's life through the sign-off service over a real vault: passphrase re-confirmed, version 1 frozen and
// signed (every file stored, hashed, audited with ids and hashes only), edits refused, an amendment opening
// version 2 with the previous hash, version 2 signed, every version's files still readable.
// Rule source: docs/reliability.md §2.5 (app model), §3.6 S1 to S4.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contentHash, sha256Hex } from '../../../electron/services/documents/canonical';
import { verifyDocx, verifyPdf } from '../../../electron/services/documents/sign/verify';
import { IDENTITY_SETTING } from '../../../electron/services/signoff/chair-identity';
import { recordIds } from '../../../electron/services/signoff/version-records';
import type { Edit } from '../../../shared/domain/edits';
import type { Output } from '../../../shared/ipc/contract';
import { RESTRICTED_MARKERS, aDocumentConference } from '../../fixtures/documents';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

let h: SignoffHarness;
let id: Awaited<ReturnType<SignoffHarness['store']>>;
let v1: Output<'documents.signOff'>;

beforeAll(async () => {
  h = await signoffHarness();
  id = await h.store();
}, 60_000);
afterAll(() => h.cleanup());

const signedVersion = (n: number) => {
  const v = h.signoff.listVersions(id).versions.find((x) => x.version === n);
  if (!v) {
    throw new Error(`no version ${n}`);
  }
  return v;
};

describe('signing off version 1', () => {
  it('refuses a wrong passphrase and changes nothing', async () => {
    expect(
      await failureCode(
        h.signoff.signOff(id, 'not the passphrase', undefined, h.signoff.documentStems(id)),
      ),
    ).toBe('WRONG_PASSPHRASE');
    expect(h.conferences.get(id)).toMatchObject({ status: 'awaiting-sign-off', revision: 3 });
    expect(h.signoff.listVersions(id).versions).toEqual([]);
    expect(h.vault.get('settings', IDENTITY_SETTING)).toBeUndefined();
  });

  it('previews the documents with their copy types and the distribution list', () => {
    const p = h.signoff.preview(id);
    expect(p).toMatchObject({ status: 'awaiting-sign-off', version: 1, blockers: [] });
    expect(p.documents.map((d) => d.copy)).toContain('restricted');
    expect(p.documents.filter((d) => d.copy === 'family').map((d) => d.copyFor)).toContain(
      'Liam Example',
    );
    expect(p.distribution.find((d) => d.name === 'Liam Example')).toMatchObject({
      copyType: 'partial',
      excludedSections: ['reports', 'agency-information'],
    });
    expect(p.certificate).toBeNull();
  });

  it('signs every document, stores every file and freezes the version', async () => {
    const planned = h.signoff.preview(id).documents.length;
    v1 = await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    expect(v1).toMatchObject({ version: 1, fileCount: planned * 3 });
    expect(v1.contentSha256).toBe(contentHash(aDocumentConference()));
    expect(h.conferences.get(id).status).toBe('signed');
    const version = signedVersion(1);
    expect(version).toMatchObject({ state: 'signed', signedBy: 'Alex Invented' });
    expect(version.recordSha256).toBe(v1.recordSha256);
    expect(version.distribution.length).toBeGreaterThan(3);
    for (const f of version.files) {
      const read = await h.signoff.read(f.id);
      expect(sha256Hex(Buffer.from(read.base64, 'base64')), f.fileName).toBe(f.sha256);
    }
    const last = h.events.at(-1);
    expect(last).toEqual({
      event: 'documents.progress',
      payload: { conferenceId: id, done: planned, total: planned },
    });
  });

  it('gives PDFs and DOCX/.p7s pairs that verify as intact version 1 by the chair', async () => {
    const files = signedVersion(1).files;
    const bytes = async (name: string) =>
      Buffer.from(
        (await h.signoff.read(files.find((f) => f.fileName === name)!.id)).base64,
        'base64',
      );
    expect(verifyPdf(await bytes('conference-record.pdf'))).toMatchObject({
      intact: true,
      coversWholeFile: true,
      version: 1,
      signedBy: 'Alex Invented',
      signedAt: '2026-01-06T09:30:00.000Z',
    });
    expect(
      verifyDocx(await bytes('decision-letter.docx'), await bytes('decision-letter.docx.p7s')),
    ).toMatchObject({ intact: true, version: 1 });
  });

  it('audits the sign-off with ids and hashes only', () => {
    const entry = h.vault.auditLog().find((e) => e.action === 'record.signed');
    expect(entry?.ids).toEqual([
      id,
      'v1',
      `content:${v1.contentSha256}`,
      `record:${v1.recordSha256}`,
      expect.stringMatching(/^cert:[0-9a-f]{64}$/),
    ]);
    const audit = JSON.stringify(h.vault.auditLog());
    for (const name of ['Example', 'Alex Invented', 'Placeholder']) {
      expect(audit).not.toContain(name);
    }
    expect(h.vault.verifyAudit().ok).toBe(true);
  });

  it('refuses edits and a second sign-off of the signed version with SIGNED_LOCKED', async () => {
    const { revision } = h.conferences.get(id);
    const edit: Edit = { type: 'set', path: ['venue'], value: 'Room 9' };
    expect(await failureCode(h.conferences.applyEdit(id, revision, edit))).toBe('SIGNED_LOCKED');
    expect(
      await failureCode(h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id))),
    ).toBe('SIGNED_LOCKED');
  });

  it('leaves no plaintext document on disk: every file in the data folder is free of document bytes', () => {
    const names = readdirSync(h.dir, { recursive: true }).map(String);
    expect(names.filter((n) => /\.(pdf|docx|p7s)$/.test(n))).toEqual([]);
    expect(names).toContain('vault.icpc');
    for (const name of names) {
      const path = join(h.dir, name);
      if (statSync(path).isFile()) {
        const raw = readFileSync(path);
        expect(raw.includes('%PDF-'), name).toBe(false);
        expect(raw.includes(RESTRICTED_MARKERS[0]), name).toBe(false);
        expect(raw.includes('Mia Example'), name).toBe(false);
      }
    }
  });
});

describe('amending to version 2', () => {
  it('refuses an amendment of a record that is not signed', async () => {
    const other = await h.store({ ...aDocumentConference(), id: 'conf-unsigned' as typeof id });
    expect(await failureCode(h.signoff.amend(other, 'Typo'))).toBe('CONFLICT');
  });

  it('opens version 2 with the reason, who, when and the hash of version 1, editable again', async () => {
    const amended = await h.signoff.amend(id, 'The father’s address was wrong.', 'Liam Example');
    expect(amended).toEqual({ version: 2, previousRecordSha256: v1.recordSha256 });
    const open = h.signoff.listVersions(id).versions[0];
    expect(open).toMatchObject({
      version: 2,
      state: 'open',
      amendment: {
        reason: 'The father’s address was wrong.',
        requestedBy: 'Liam Example',
        approvedBy: 'Alex Invented',
        previousVersion: 1,
      },
    });
    const { revision, status } = h.conferences.get(id);
    expect(status).toBe('awaiting-sign-off');
    await h.conferences.applyEdit(id, revision, {
      type: 'set',
      path: ['household', 1, 'address'],
      value: '12 Corrected Road, Fictionton',
    });
    expect(h.vault.auditLog().at(-1)?.action).toBe('record.amended');
  });

  it('signs version 2 with the same certificate, carrying the amendment; version 1 is unchanged', async () => {
    const before = signedVersion(1);
    const v2 = await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    expect(v2.version).toBe(2);
    expect(v2.contentSha256).not.toBe(v1.contentSha256);
    const second = signedVersion(2);
    expect(second.certificateFingerprint).toBe(before.certificateFingerprint);
    expect(second.amendment?.previousRecordSha256).toBe(v1.recordSha256);
    expect(signedVersion(1)).toEqual(before);
    const pdf = second.files.find((f) => f.fileName === 'conference-record.pdf')!;
    const read = Buffer.from((await h.signoff.read(pdf.id)).base64, 'base64');
    expect(verifyPdf(read).version).toBe(2);
    expect(second.files.every((f) => f.id.startsWith(recordIds.version(id, 2)))).toBe(true);
    expect(h.signoff.listVersions(id).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('does not read a version record or an unknown id as a signed file', async () => {
    expect(await failureCode(h.signoff.read(recordIds.version(id, 1)))).toBe('NOT_FOUND');
    expect(await failureCode(h.signoff.read('no-such-file'))).toBe('NOT_FOUND');
  });
});
