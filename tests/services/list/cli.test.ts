// The list commands in-process over a real vault (weak test KDF): `list` as a table and JSON with filters,
// `check` (enquirer details required, logged, exit codes) and `export-census` to a file. Rule source: docs/list.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHECK_EXIT } from '../../../electron/cli/commands/check';
import { AUTHORITY_SETTING } from '../../../electron/services/settings/settings-service';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../../shared/domain/settings';
import type { JsonValue } from '../../../electron/services/vault/vault-data';
import { listChild, listConference } from '../../fixtures/list';
import { EXIT, vaultCli } from '../../support/cli-harness';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

let dir: string;
let cleanup: () => Promise<void>;
const clock = fakeClock(Date.parse('2026-01-12T10:00:00Z'));

const cli = vaultCli({ dataDir: () => dir, clock, stdin: `${PASS}\n` });

const ENQUIRER = [
  '--enquirer-name',
  'Rhea Notreal',
  '--enquirer-role',
  'Police officer',
  '--enquirer-agency',
  'Fictionshire Police',
  '--enquirer-phone',
  '01632 960001',
  '--reason',
  'Called to the home tonight.',
];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const vault = testVault(dir, { clock });
  await vault.create(PASS);
  const conference = listConference('icpc-1', '2026-01-05', [
    listChild({
      id: 'mia',
      name: 'Mia Example',
      dateOfBirth: '2021-03-14',
      firstCoreGroupDate: '2026-01-09',
    }),
    listChild({
      id: 'noah',
      name: 'Noah Example',
      dateOfBirth: '2018-05-20',
      categories: ['physical'],
    }),
  ]);
  await vault.put(
    'conferences',
    'icpc-1',
    JSON.parse(
      JSON.stringify({
        revision: 1,
        savedAt: clock.now().toISOString(),
        status: 'signed',
        conference,
      }),
    ) as JsonValue,
  );
  await vault.close();
});
afterAll(() => cleanup());

/** The authority's name in settings: the census file's LA attribute needs it. */
async function nameTheAuthority(): Promise<void> {
  const vault = testVault(dir, { clock });
  await vault.unlock(PASS);
  await vault.put('settings', AUTHORITY_SETTING, {
    ...DEFAULT_AUTHORITY_SETTINGS,
    authorityName: 'Fictionshire County Council',
    savedAt: clock.now().toISOString(),
  });
  await vault.close();
}

describe('icpc list', () => {
  it('prints a table with a summary line, and JSON with filters', async () => {
    const table = await cli(['list', '--passphrase-stdin']);
    expect(table.code).toBe(EXIT.OK);
    expect(table.out).toMatch(/^Name\s+Born \/ due\s+Plan start/);
    expect(table.out).toContain('Mia Example');
    expect(table.out).toContain(
      '2 of 2 children subject to a plan; 0 reviews and 1 core group overdue as of 12 January 2026.',
    );
    const json = await cli([
      'list',
      '--passphrase-stdin',
      '--json',
      '--category',
      'physical',
      '--sort',
      'name:desc',
    ]);
    expect(JSON.parse(json.out)).toMatchObject({ total: 1, rows: [{ name: 'Noah Example' }] });
    const none = await cli(['list', '--passphrase-stdin', '--search', 'Fauxton']);
    expect(none.out).toContain('No child matches.');
  });

  it('refuses bad options with exit code 2', async () => {
    for (const argv of [
      ['list', '--overdue', 'soon'],
      ['list', '--category', 'financial'],
      ['list', '--sort', 'height'],
      ['list', '--sort', 'name:up'],
      ['list', '--due-within', 'ten'],
      ['list', '--today', '12/01/2026'],
    ]) {
      const r = await cli([...argv, '--passphrase-stdin']);
      expect(r.code, argv.join(' ')).toBe(EXIT.USAGE);
    }
  });

  it('exits 3 on a wrong passphrase', async () => {
    expect((await cli(['list', '--passphrase-stdin'], 'not the passphrase\n')).code).toBe(
      EXIT.WRONG_PASSPHRASE,
    );
  });
});

describe('icpc check', () => {
  it('requires every enquirer detail and one detail of the child (exit 2), then answers and logs', async () => {
    const missing = await cli([
      'check',
      '--passphrase-stdin',
      '--name',
      'Mia Example',
      ...ENQUIRER.slice(0, 8),
    ]);
    expect(missing.code).toBe(EXIT.USAGE);
    expect(missing.err).toContain('reason');
    const noChild = await cli(['check', '--passphrase-stdin', ...ENQUIRER]);
    expect(noChild.code).toBe(EXIT.USAGE);
    const yes = await cli([
      'check',
      '--passphrase-stdin',
      ...ENQUIRER,
      '--name',
      'Mia Exampel',
      '--dob',
      '2021-03-14',
    ]);
    expect(yes.code).toBe(CHECK_EXIT['subject-to-plan']);
    expect(yes.out).toContain('Answer: Subject to a child protection plan');
    expect(yes.out).toContain(
      'A child matching these details is subject to a child protection plan.',
    );
    expect(yes.out).toContain(
      '1. STRONG (plan since 5 January 2026): Mia Example, born 14 March 2021',
    );
    expect(yes.out).toMatch(/Logged as enquiry enq-/);
    const json = await cli([
      'check',
      '--passphrase-stdin',
      '--json',
      ...ENQUIRER,
      '--nhs',
      '9990000017',
    ]);
    const parsed = JSON.parse(json.out) as { answer: { code: string }; warnings: string[] };
    expect(json.code).toBe(CHECK_EXIT['no-match']);
    expect(parsed.answer.code).toBe('no-match');
    // A name alone with one letter missing: never "no"; says what to ask for next.
    const maybe = await cli(['check', '--passphrase-stdin', ...ENQUIRER, '--name', 'Mia Exmple']);
    expect(maybe.code).toBe(CHECK_EXIT['cannot-confirm']);
    expect(maybe.out).toContain('Answer: Cannot confirm from these details');
    expect(maybe.out).toContain('Ask next for: the child’s date of birth');
    expect(new Set(Object.values(CHECK_EXIT)).size).toBe(3);
    expect(Object.values(CHECK_EXIT)).not.toContain(EXIT.OK);
    expect(parsed.warnings[0]).toMatch(/check digit/);
    const vault = testVault(dir, { clock });
    await vault.unlock(PASS);
    try {
      expect(Object.keys(vault.list('enquiries'))).toHaveLength(3);
      expect(vault.auditLog().filter((e) => e.action === 'list.check')).toHaveLength(3);
    } finally {
      await vault.close();
    }
  });
});

describe('icpc export-census', () => {
  it('writes CSV or XML, refuses to overwrite without --force, and needs --format and --out', async () => {
    const csv = join(dir, 'census.csv');
    const unnamed = await cli([
      'export-census',
      '--passphrase-stdin',
      '--format',
      'csv',
      '--out',
      csv,
    ]);
    expect(unnamed.code).not.toBe(EXIT.OK);
    expect(unnamed.err).toContain("authority's name");
    await nameTheAuthority();
    const r = await cli(['export-census', '--passphrase-stdin', '--format', 'csv', '--out', csv]);
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('2 plans written');
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe(
      'mia,mia:1,0,2025-12-10,,2026-01-05,2026-01-05,2026-01-05,NEG,NEG,,',
    );
    const again = await cli([
      'export-census',
      '--passphrase-stdin',
      '--format',
      'csv',
      '--out',
      csv,
    ]);
    expect(again.code).toBe(EXIT.FAILED);
    expect(again.err).toContain('--force');
    const xml = join(dir, 'census.xml');
    writeFileSync(xml, 'old');
    const forced = await cli([
      'export-census',
      '--passphrase-stdin',
      '--format',
      'xml',
      '--out',
      xml,
      '--force',
      '--from',
      '2026-01-01',
    ]);
    expect(forced.code).toBe(EXIT.OK);
    expect(readFileSync(xml, 'utf8')).toContain('<CPPstartDate>2026-01-05</CPPstartDate>');
    expect(
      (await cli(['export-census', '--passphrase-stdin', '--format', 'pdf', '--out', csv])).code,
    ).toBe(EXIT.USAGE);
    expect((await cli(['export-census', '--passphrase-stdin', '--format', 'csv'])).code).toBe(
      EXIT.USAGE,
    );
    expect(
      (
        await cli([
          'export-census',
          '--passphrase-stdin',
          '--format',
          'csv',
          '--out',
          join(dir, 'x.csv'),
          '--to',
          'soon',
        ])
      ).code,
    ).toBe(EXIT.USAGE);
  });
});

describe('a vault with a record the list cannot read', () => {
  it('says so on the list and never answers "no match"', async () => {
    const vault = testVault(dir, { clock });
    await vault.unlock(PASS);
    await vault.put('planList', 'broken-entry', { kind: 'not-a-kind' });
    await vault.close();
    const list = await cli(['list', '--passphrase-stdin']);
    expect(list.code).toBe(EXIT.OK);
    expect(list.err).toContain(
      'Warning: 1 record in this vault could not be read and was left out, so this list may be incomplete.',
    );
    const check = await cli([
      'check',
      '--passphrase-stdin',
      ...ENQUIRER,
      '--name',
      'Reuben Fauxton',
      '--dob',
      '2010-10-10',
    ]);
    expect(check.code).toBe(CHECK_EXIT['cannot-confirm']);
    expect(check.out).toContain('Answer: Cannot confirm from these details');
    expect(check.out).toContain(
      'This cannot be confirmed or ruled out: 1 record in this vault could not be read, and the child may be in it.',
    );
    expect(check.out).toMatch(/Note: 1 record in this vault could not be read/);
    expect(check.out).not.toContain('Ask next for');
  });
});
