// A signed version or amendment record that fails its check is never left out silently (docs/vault.md, "Records
// that cannot be read"): readRecords names it, preview and listVersions count it, sign-off and amend refuse with
// BLOCKED and write nothing, because the next version number is then not known and a signed version could be
// overwritten. FICTIONAL people only.
import { afterEach, describe, expect, it } from 'vitest';

import {
  MEDIA,
  readRecords,
  unreadableVersionRecords,
} from '../../../electron/services/signoff/version-records';
import type { ConferenceId } from '../../../shared/domain/ids';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

let h: SignoffHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

const C = 'conf-a' as ConferenceId;
const goodVersion = (version: number, conferenceId = C) => ({
  type: 'signed-version',
  conferenceId,
  version,
  signedAt: '2026-01-06T09:30:00.000Z',
  signedBy: 'Alex Chairperson',
  role: 'Conference chair',
  certificateFingerprint: 'ab:cd',
  contentSha256: 'a'.repeat(64),
  conferenceRevision: 3,
  files: [
    {
      id: `${conferenceId}.v${version}.0.pdf`,
      fileName: 'Minutes v1.pdf',
      title: 'Minutes',
      format: 'pdf',
      copy: 'professional',
      sha256: 'b'.repeat(64),
      size: 10,
    },
  ],
  distribution: [],
});
const goodAmendment = (version: number) => ({
  type: 'amendment',
  conferenceId: C,
  version,
  reason: 'Address corrected',
  requestedBy: 'Sam Example',
  approvedBy: 'Alex Chairperson',
  amendedAt: '2026-02-01T10:00:00.000Z',
  previousVersion: version - 1,
  previousRecordSha256: 'c'.repeat(64),
});
const doc = (mediaType: string, meta: unknown) => ({ mediaType, meta });
const vaultOf = (docs: Record<string, unknown>) => ({ list: () => docs as never });

describe('readRecords names every version record it cannot read', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      'a version record missing a field',
      { 'conf-a.v2': doc(MEDIA.version, { ...goodVersion(2), signedBy: undefined }) },
      ['conf-a.v2'],
    ],
    [
      'a version record of a shape a newer app wrote',
      { 'conf-a.v2': doc(MEDIA.version, { ...goodVersion(2), seal: 'x' }) },
      ['conf-a.v2'],
    ],
    [
      'a version record whose number differs from its id',
      { 'conf-a.v2': doc(MEDIA.version, goodVersion(3)) },
      ['conf-a.v2'],
    ],
    [
      'a version record naming another conference',
      { 'conf-a.v2': doc(MEDIA.version, goodVersion(2, 'conf-b' as ConferenceId)) },
      ['conf-a.v2'],
    ],
    [
      'a version id holding another media type',
      { 'conf-a.v2': doc('application/pdf', goodVersion(2)) },
      ['conf-a.v2'],
    ],
    ['a version id holding no metadata', { 'conf-a.v2': doc(MEDIA.version, null) }, ['conf-a.v2']],
    [
      'an amendment missing its reason',
      { 'conf-a.v2.amend': doc(MEDIA.amendment, { ...goodAmendment(2), reason: undefined }) },
      ['conf-a.v2.amend'],
    ],
    [
      'an amendment under a version id',
      { 'conf-a.v2': doc(MEDIA.amendment, goodAmendment(2)) },
      ['conf-a.v2'],
    ],
    [
      'an amendment whose number differs from its id',
      { 'conf-a.v2.amend': doc(MEDIA.amendment, goodAmendment(3)) },
      ['conf-a.v2.amend'],
    ],
  ];
  for (const [what, damaged, unreadable] of cases) {
    it(`${what}: named, and the readable ones still read`, () => {
      const vault = vaultOf({
        'conf-a.v1': doc(MEDIA.version, goodVersion(1)),
        'conf-a.v1.0.pdf': doc('application/pdf', { type: 'signed-file' }),
        ...damaged,
      });
      const r = readRecords(vault, C);
      expect(r.unreadable).toEqual(unreadable);
      expect(r.signed.map((s) => s.version)).toEqual([1]);
      expect(unreadableVersionRecords(vault)).toEqual(unreadable);
    });
  }

  it('reads undamaged versions and amendments with nothing unreadable, and ignores other conferences', () => {
    const vault = vaultOf({
      'conf-a.v1': doc(MEDIA.version, goodVersion(1)),
      'conf-a.v2.amend': doc(MEDIA.amendment, goodAmendment(2)),
      'conf-a.v2': doc(MEDIA.version, goodVersion(2)),
      'conf-b.v1': doc(MEDIA.version, { broken: true }),
    });
    const r = readRecords(vault, C);
    expect(r.unreadable).toEqual([]);
    expect(r.signed.map((s) => s.version)).toEqual([1, 2]);
    expect(r.amendments.map((a) => a.version)).toEqual([2]);
    expect(unreadableVersionRecords(vault)).toEqual(['conf-b.v1']);
  });
});

describe('sign-off and amend refuse while a version record cannot be read', () => {
  it('refuses to sign version 2 over an unreadable version 2 record, and writes nothing', async () => {
    h = await signoffHarness();
    const id = await h.store();
    await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    await h.signoff.amend(id, 'The father’s address was wrong.', 'Sam Example');
    // Version 2's record as a newer app might have written it: this version cannot read it.
    await h.vault.putDocument(`${id}.v2`, {
      mediaType: MEDIA.version,
      meta: { ...goodVersion(2, id), seal: 'newer' },
      bytes: new TextEncoder().encode('{}'),
    });
    const documents = Object.keys(h.vault.list('documents')).sort();
    const audit = h.vault.auditLog().length;
    expect(h.signoff.preview(id).unreadableVersions).toBe(1);
    expect(h.signoff.listVersions(id).unreadableVersions).toBe(1);
    // Version 2 shows as open (its amendment reads); its unreadable signed record is counted, not shown.
    expect(h.signoff.listVersions(id).versions.map((v) => [v.version, v.state])).toEqual([
      [2, 'open'],
      [1, 'signed'],
    ]);
    const e = (await h.signoff
      .signOff(id, PASS, undefined, h.signoff.documentStems(id))
      .catch((x: unknown) => x)) as { code: string; message: string };
    expect(e.code).toBe('BLOCKED');
    expect(e.message).toMatch(
      /cannot be signed: 1 of its signed versions or amendments could not be read/,
    );
    expect(Object.keys(h.vault.list('documents')).sort()).toEqual(documents);
    expect(h.vault.auditLog().length).toBe(audit);
    expect(h.conferences.get(id).status).toBe('awaiting-sign-off');
  });

  it('refuses to amend while an amendment record cannot be read, and writes nothing', async () => {
    h = await signoffHarness();
    const id = await h.store();
    await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    await h.vault.putDocument(`${id}.v2.amend`, {
      mediaType: MEDIA.amendment,
      meta: { ...goodAmendment(2), conferenceId: id, reason: 42 },
      bytes: new TextEncoder().encode('{}'),
    });
    const audit = h.vault.auditLog().length;
    expect(await failureCode(h.signoff.amend(id, 'Typo in a name'))).toBe('BLOCKED');
    expect(h.vault.auditLog().length).toBe(audit);
    expect(h.conferences.get(id).status).toBe('signed');
    expect(h.signoff.listVersions(id).unreadableVersions).toBe(1);
  });

  it('with nothing unreadable, preview and listVersions say 0', async () => {
    h = await signoffHarness();
    const id = await h.store();
    expect(h.signoff.preview(id).unreadableVersions).toBe(0);
    await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
    expect(h.signoff.listVersions(id).unreadableVersions).toBe(0);
  });
});
