// The list for chairs' pre-checks on the command line: only the Designated Manager turns sharing on; the manager
// sends the list to a file; the chair receives it and pre-checks a child, told the list's age and who sent it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { aDocumentConference } from '../../fixtures/documents';
import { EXIT, vaultCli } from '../../support/cli-harness';
import { PASS, fakeClock } from '../vault/helpers';

import { TEAM_TIME, introduce, member } from './support';
import type { Member } from './support';

const clock = fakeClock(TEAM_TIME);
let team: (Member & { cleanup: () => Promise<void> })[];
const cli = (m: Member) => vaultCli({ dataDir: () => m.dir, clock, stdin: `${PASS}\n` });
const out = join(mkdtempSync(join(tmpdir(), 'icpc-list-cli-')), 'list.icpcx');

beforeAll(async () => {
  team = [await member('chair', clock), await member('designated-manager', clock)];
  await introduce(team);
  const c = aDocumentConference();
  await team[1]!.services.vault.put('conferences', c.id, {
    revision: 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'signed',
    conference: c,
  });
  for (const m of team) {
    await m.services.close(); // the CLI opens each vault itself
  }
}, 60_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

it('shares, sends, receives and pre-checks the list', async () => {
  const [chair, dm] = [team[0]!, team[1]!];
  const pass = ['--passphrase-stdin'];
  expect((await cli(chair)(['share-list', 'on', ...pass])).code).not.toBe(EXIT.OK);
  expect((await cli(dm)(['share-list', 'maybe', ...pass])).code).toBe(EXIT.USAGE);
  const on = await cli(dm)(['share-list', 'on', ...pass]);
  expect(on.code, on.err).toBe(EXIT.OK);
  const sent = await cli(dm)([
    'send',
    '--kind',
    'list',
    '--to',
    chair.fingerprint.slice(0, 16),
    '--out',
    out,
    ...pass,
  ]);
  expect(sent.code, sent.err).toBe(EXIT.OK);
  const got = await cli(chair)(['receive', out, ...pass]);
  expect(got.code, got.err).toBe(EXIT.OK);
  expect(got.out).toContain('list for pre-checks: 2 children, as of 6 January 2026, from');
  const check = await cli(chair)([
    'precheck',
    '--name',
    'Mia Example',
    '--dob',
    '2021-03-14',
    ...pass,
  ]);
  expect(check.code, check.err).toBe(EXIT.OK);
  expect(check.out).toContain(
    'Subject to a child protection plan (list as of 6 January 2026 (today), from Dana Fictional).',
  );
  expect((await cli(chair)(['precheck', ...pass])).code).toBe(EXIT.USAGE);
});
