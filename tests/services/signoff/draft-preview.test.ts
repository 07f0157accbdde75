// The drafts the chair looks at and the "looked at every document" check: a draft is the document a sign-off would
// sign now, unsigned and marked DRAFT; a sign-off naming too few documents is refused before anything is signed;
// one naming all of them is audited with counts only. Rule source: docs/reliability.md §2.5.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DRAFT_HEADER } from '../../../shared/documents/draft-mark';
import type { ConferenceId } from '../../../shared/domain/ids';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

let h: SignoffHarness;
let id: ConferenceId;
let stems: string[];

beforeAll(async () => {
  h = await signoffHarness();
  id = await h.store();
  stems = h.signoff.preview(id).documents.map((d) => d.stem);
}, 60_000);
afterAll(() => h.cleanup());

describe('drafts and the looked-at check', () => {
  it('gives each document as an unsigned draft with DRAFT on every page', async () => {
    const file = await h.signoff.draft(id, stems[1]!, 'pdf');
    expect(file.fileName).toBe(`DRAFT-${stems[1]}.pdf`);
    const path = join(h.dir, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((p) => expect(p.replace(/\s+/g, ' ')).toContain(DRAFT_HEADER));
    const docx = await h.signoff.draft(id, stems[0]!, 'docx');
    expect(docx.fileName).toBe(`DRAFT-${stems[0]}.docx`);
    expect(await failureCode(h.signoff.draft(id, 'not-a-document', 'pdf'))).toBe('NOT_FOUND');
  }, 60_000);

  it.each([
    ['none', (_all: string[]) => []],
    ['all but the last', (all: string[]) => all.slice(0, -1)],
    ['all but the first, one twice', (all: string[]) => [...all.slice(1), all[1]!]],
    ['other names', (all: string[]) => all.map((s) => `${s}-x`)],
  ])('refuses a sign-off when the list names %s, and signs nothing', async (_n, pick) => {
    expect(await failureCode(h.signoff.signOff(id, PASS, undefined, pick(stems)))).toBe(
      'BAD_INPUT',
    );
    expect(h.signoff.listVersions(id).versions).toEqual([]);
    expect(h.vault.auditLog().some((e) => e.action === 'record.documents-looked-at')).toBe(false);
  });

  it('signs when every document is named, and audits the confirmation with counts only', async () => {
    const signed = await h.signoff.signOff(id, PASS, undefined, [...stems].reverse());
    expect(signed.version).toBe(1);
    const log = h.vault.auditLog();
    const looked = log.findIndex((e) => e.action === 'record.documents-looked-at');
    const sign = log.findIndex((e) => e.action === 'record.signed');
    expect(looked).toBeGreaterThanOrEqual(0);
    expect(looked).toBeLessThan(sign);
    expect(log[looked]!.ids).toEqual([id, 'v1', `looked-at:${stems.length}-of-${stems.length}`]);
  }, 120_000);
});
