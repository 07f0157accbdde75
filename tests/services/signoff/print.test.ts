// Print prints the bytes that were signed: the stored PDF of the version asked for, never a re-rendering, and only
// a PDF that belongs to that conference and version; on the sign-off page, the draft PDF. Rule source:
// docs/reliability.md §2.5, §2.2.
import { createHash } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrintableFile, PrintPort } from '../../../electron/services/ports';
import { createSignoffService } from '../../../electron/services/signoff/signoff-service';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { ConferenceId } from '../../../shared/domain/ids';
import type { Version } from '../../../shared/ipc/contracts/documents-shapes';
import { aDocumentConference } from '../../fixtures/documents';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

const printed: PrintableFile[] = [];
const printer: PrintPort = {
  print: (file) => {
    printed.push(file);
    return Promise.resolve({ kind: 'printed' });
  },
  forget: () => undefined,
};

let h: SignoffHarness;
let id: ConferenceId;
let other: ConferenceId;
let v1: Version;

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  h = await signoffHarness({ printer });
  id = await h.store();
  const second = { ...aDocumentConference(), id: 'conf-print-other' as ConferenceId };
  other = await h.store(second);
  await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
  await h.signoff.signOff(other, PASS, undefined, h.signoff.documentStems(other));
  v1 = h.signoff.listVersions(id).versions[0]!;
}, 180_000);
afterAll(() => h.cleanup());

describe('printing a document', () => {
  it('prints every signed PDF of the version with exactly the stored bytes', async () => {
    const pdfs = v1.files.filter((f) => f.format === 'pdf');
    expect(pdfs.length).toBeGreaterThan(1);
    for (const f of pdfs) {
      printed.length = 0;
      const outcome = await h.signoff.print({ conferenceId: id, version: 1, documentId: f.id });
      expect(outcome).toEqual({ kind: 'printed' });
      expect(printed).toHaveLength(1);
      const read = await h.signoff.read(f.id);
      expect(Buffer.from(printed[0]!.bytes).equals(Buffer.from(read.base64, 'base64'))).toBe(true);
      expect(sha(printed[0]!.bytes)).toBe(f.sha256);
      expect(printed[0]!.fileName).toBe(f.fileName);
    }
  }, 60_000);

  it.each([
    [
      'a Word file of the version',
      () => ({ version: 1, documentId: v1.files.find((f) => f.format === 'docx')!.id }),
    ],
    [
      'a signature file of the version',
      () => ({ version: 1, documentId: v1.files.find((f) => f.format === 'p7s')!.id }),
    ],
    ['a version that does not exist', () => ({ version: 2, documentId: v1.files[0]!.id })],
    ['an id that is not in the vault', () => ({ version: 1, documentId: `${id}.v1.999.pdf` })],
    [
      'a PDF of another conference',
      () => ({
        version: 1,
        documentId: h.signoff
          .listVersions(other)
          .versions[0]!.files.find((f) => f.format === 'pdf')!.id,
      }),
    ],
  ])('refuses %s with NOT_FOUND and prints nothing', async (_name, pick) => {
    printed.length = 0;
    expect(await failureCode(h.signoff.print({ conferenceId: id, ...pick() }))).toBe('NOT_FOUND');
    expect(printed).toEqual([]);
  });

  it('prints the draft PDF of a document on the sign-off page, and refuses an unknown one', async () => {
    const fresh = await h.store({
      ...aDocumentConference(),
      id: 'conf-print-draft' as ConferenceId,
    });
    const stem = h.signoff.preview(fresh).documents[0]!.stem;
    printed.length = 0;
    await h.signoff.print({ conferenceId: fresh, stem });
    const draft = await h.signoff.draft(fresh, stem, 'pdf');
    expect(printed[0]!.fileName).toBe(draft.fileName);
    expect(Buffer.from(printed[0]!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await failureCode(h.signoff.print({ conferenceId: fresh, stem: 'no-such-document' })),
    ).toBe('NOT_FOUND');
  }, 60_000);

  it('says plainly when the shell cannot print', async () => {
    const bare = createSignoffService({
      vault: h.vault,
      conferences: h.conferences,
      clock: h.clock,
      config: () => ENGLAND_DEFAULTS,
      emit: () => undefined,
    });
    const pdf = v1.files.find((f) => f.format === 'pdf')!;
    expect(
      await failureCode(bare.print({ conferenceId: id, version: 1, documentId: pdf.id })),
    ).toBe('BAD_INPUT');
  });
});
