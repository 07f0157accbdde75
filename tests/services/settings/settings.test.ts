// The authority's settings through the real services: defaults before anything is saved; settings.set saves to the
// vault's settings collection (audited without the values) and settings.get reads them back; bad input is refused
// with field issues and changes nothing; the config every service reads follows the saved settings (the same
// object while they stay the same), so signed documents print the saved authority name and protective marking and
// the census export names the authority. Rule source: docs/domain.md §6, §9.4, §9.5; docs/list.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createServices } from '../../../electron/services/create-services';
import type { Services } from '../../../electron/services/create-services';
import { createHandlers } from '../../../electron/services/handlers';
import { AUTHORITY_SETTING } from '../../../electron/services/settings/settings-service';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { dispatch } from '../../../shared/ipc/dispatch';
import { aDocumentConference } from '../../fixtures/documents';
import { recordingLogger } from '../../support/test-services';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

let s: Services;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempDir();
  const clock = fakeClock(Date.parse('2026-01-06T09:30:00Z'));
  s = createServices({
    dataDir: t.dir,
    shell: 'test',
    clock,
    logger: recordingLogger(),
    vault: (emit) => testVault(t.dir, { emit, clock }),
  });
  await s.vault.create(PASS);
  cleanup = async () => {
    await s.close();
    await t.cleanup();
  };
});
afterEach(() => cleanup());

const MEDWAY = {
  authorityName: 'Fictionshire County Council',
  protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL',
  listManagerTitle: 'Designated Manager',
};

const log = recordingLogger();
const call = (channel: 'settings.get' | 'settings.set', input: unknown) =>
  dispatch(channel, input, createHandlers(s), log);

describe('settings.get and settings.set', () => {
  it('gives the England defaults before anything is saved', async () => {
    expect(await call('settings.get', {})).toEqual({
      ok: true,
      value: {
        authorityName: '',
        protectiveMarking: 'OFFICIAL-SENSITIVE',
        listManagerTitle: 'Designated Manager',
      },
    });
    expect(s.settings.config()).toBe(ENGLAND_DEFAULTS);
  });

  it('saves trimmed settings in the vault, reads them back and audits the change without them', async () => {
    const saved = await call('settings.set', {
      ...MEDWAY,
      listManagerTitle: '  Child Protection Manager ',
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        ...MEDWAY,
        listManagerTitle: 'Child Protection Manager',
        savedAt: '2026-01-06T09:30:00.000Z',
      },
    });
    expect(await call('settings.get', {})).toEqual(saved);
    expect(s.vault.get('settings', AUTHORITY_SETTING)).toMatchObject({
      listManagerTitle: 'Child Protection Manager',
    });
    const audit = s.vault.auditLog().filter((e) => e.action === 'settings.changed');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('Fictionshire');
  });

  it('refuses an empty title, a new line or a name too long, by field, and keeps what was saved', async () => {
    await call('settings.set', MEDWAY);
    const bad = await call('settings.set', {
      authorityName: 'x'.repeat(121),
      protectiveMarking: 'OFFICIAL\nSENSITIVE',
      listManagerTitle: '   ',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) {
      return;
    }
    expect(bad.error.code).toBe('BAD_INPUT');
    expect(bad.error.issues?.map((i) => i.path).sort()).toEqual([
      'authorityName',
      'listManagerTitle',
      'protectiveMarking',
    ]);
    expect(await call('settings.get', {})).toMatchObject({ ok: true, value: MEDWAY });
  });

  it('keeps planned minutes per agenda step, and refuses an unknown step or a figure out of range', async () => {
    const saved = await call('settings.set', {
      ...MEDWAY,
      stepMinutes: { reports: 12, summary: 1 },
    });
    expect(saved).toMatchObject({ ok: true, value: { stepMinutes: { reports: 12, summary: 1 } } });
    expect(await call('settings.get', {})).toEqual(saved);
    for (const stepMinutes of [
      { 'no-such-step': 5 },
      { reports: 0 },
      { reports: 181 },
      { reports: 2.5 },
      { reports: '12' },
    ]) {
      const bad = await call('settings.set', { ...MEDWAY, stepMinutes });
      expect(bad.ok, JSON.stringify(stepMinutes)).toBe(false);
      expect(bad.ok ? '' : bad.error.code).toBe('BAD_INPUT');
    }
    expect(await call('settings.get', {})).toEqual(saved);
  });

  it('is refused while the vault is locked, when the services fall back to the defaults', async () => {
    await call('settings.set', MEDWAY);
    await s.lock('manual');
    expect(await call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(s.settings.config()).toBe(ENGLAND_DEFAULTS);
  });
});

describe('the config the services read', () => {
  it('follows the saved settings and stays the same object until they change', async () => {
    const before = s.settings.config();
    await s.settings.set(MEDWAY);
    const after = s.settings.config();
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ ...MEDWAY, timescales: ENGLAND_DEFAULTS.timescales });
    expect(s.settings.config()).toBe(after);
  });

  it('ignores a stored record that no longer parses', async () => {
    await s.vault.put('settings', AUTHORITY_SETTING, { authorityName: 3 });
    expect(s.settings.config()).toBe(ENGLAND_DEFAULTS);
    expect(s.settings.get().listManagerTitle).toBe('Designated Manager');
  });

  it('names the authority in the census export', async () => {
    await s.settings.set(MEDWAY);
    const r = await dispatch('list.exportCensus', { format: 'xml' }, createHandlers(s), log);
    expect(r.ok && (r.value as { text: string }).text).toContain(
      'authority="Fictionshire County Council"',
    );
  });

  it('puts the saved authority name and marking on every page of a signed record', async () => {
    await s.settings.set({ ...MEDWAY, authorityName: 'Imaginary Borough Council' });
    const conference = aDocumentConference();
    await s.vault.put('conferences', conference.id, {
      revision: 3,
      savedAt: '2026-01-06T09:00:00.000Z',
      status: 'awaiting-sign-off',
      conference,
    });
    const signed = await s.signoff.signOff(
      conference.id,
      PASS,
      undefined,
      s.signoff.documentStems(conference.id),
    );
    expect(signed.version).toBe(1);
    const files = s.signoff.listVersions(conference.id).versions[0]!.files;
    const record = files.find((f) => f.fileName === 'conference-record.pdf')!;
    const dir = mkdtempSync(join(tmpdir(), 'icpc-settings-'));
    const pdf = join(dir, 'record.pdf');
    writeFileSync(pdf, Buffer.from((await s.signoff.read(record.id)).base64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('OFFICIAL-SENSITIVE PERSONAL');
      expect(page).toContain('Imaginary Borough Council');
    }
  }, 60_000);
});
