// The team commands end to end over three vaults: identities, cards exchanged and confirmed by the numbers read
// aloud, a draft sent through the shared folder, a refused bundle, and a minute-taker's sign-off refused.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { aDocumentConference } from '../../fixtures/documents';
import { EXIT, vaultCli } from '../../support/cli-harness';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

import { TEAM_TIME } from './support';

const clock = fakeClock(TEAM_TIME);
const dirs: Record<string, string> = {};
const cleanups: (() => Promise<void>)[] = [];
const cli = (who: string) => vaultCli({ dataDir: () => dirs[who]!, clock, stdin: `${PASS}\n` });
const work = mkdtempSync(join(tmpdir(), 'icpc-team-cli-'));
const shared = mkdtempSync(join(tmpdir(), 'icpc-shared-'));
const conference = aDocumentConference();
const fp: Record<string, string> = {};
const aloud: Record<string, string> = {};

beforeAll(async () => {
  for (const [who, role, name] of [
    ['mt', 'minute-taker', 'Morgan Testwell'],
    ['chair', 'chair', 'Cass Exampleton'],
  ] as const) {
    const t = await tempDir();
    dirs[who] = t.dir;
    cleanups.push(t.cleanup);
    const v = testVault(t.dir, { clock });
    await v.create(PASS);
    await v.close();
    const r = await cli(who)([
      'identity',
      'create',
      '--name',
      name,
      '--role',
      role,
      '--authority',
      'Testshire County Council',
      '--passphrase-stdin',
    ]);
    expect(r.code, r.err).toBe(EXIT.OK);
    aloud[who] = /read aloud to colleagues: ([\d ]+)/.exec(r.out)![1]!;
    const card = join(work, `${who}.icpc-card`);
    expect((await cli(who)(['identity', 'card', '--out', card, '--passphrase-stdin'])).code).toBe(
      EXIT.OK,
    );
    // A card is public: the certificate and who it belongs to, never the key.
    expect(readFileSync(card, 'utf8')).toMatch(/BEGIN CERTIFICATE/);
    expect(readFileSync(card, 'utf8')).not.toMatch(/PRIVATE KEY/);
  }
}, 60_000);

afterAll(async () => {
  for (const c of cleanups) {
    await c();
  }
});

describe('icpc identity, team, send and receive', () => {
  it('adds a card unconfirmed, refuses wrong numbers, and confirms the right ones', async () => {
    const add = await cli('chair')([
      'team',
      'add',
      join(work, 'mt.icpc-card'),
      '--passphrase-stdin',
    ]);
    expect(add.code, add.err).toBe(EXIT.OK);
    expect(add.out).toContain(aloud.mt);
    const short = /icpc team confirm ([0-9a-f]{16})/.exec(add.out)![1]!;
    const wrong = await cli('chair')([
      'team',
      'confirm',
      short,
      '--read-aloud',
      '00000 00000 00000 00000 00000 00000',
      '--passphrase-stdin',
    ]);
    expect(wrong.code).toBe(EXIT.USAGE);
    expect(wrong.err).toMatch(/do not match/);
    const right = await cli('chair')([
      'team',
      'confirm',
      short,
      '--read-aloud',
      aloud.mt!,
      '--passphrase-stdin',
    ]);
    expect(right.code, right.err).toBe(EXIT.OK);
    expect((await cli('chair')(['team', 'list', '--passphrase-stdin'])).out).toMatch(
      /Morgan Testwell \(Minute-taker, Testshire County Council\): confirmed/,
    );
    const back = await cli('mt')([
      'team',
      'add',
      join(work, 'chair.icpc-card'),
      '--passphrase-stdin',
    ]);
    const shortChair = /icpc team confirm ([0-9a-f]{16})/.exec(back.out)![1]!;
    expect(
      (
        await cli('mt')([
          'team',
          'confirm',
          shortChair,
          '--read-aloud',
          aloud.chair!,
          '--passphrase-stdin',
        ])
      ).code,
    ).toBe(EXIT.OK);
    fp.chairShort = shortChair;
  });

  it('sends a draft through the shared folder and the chair receives it; a second receive is refused', async () => {
    const file = join(work, 'conference.json');
    writeFileSync(file, JSON.stringify(conference));
    expect((await cli('mt')(['import', file, '--passphrase-stdin'])).code).toBe(EXIT.OK);
    for (const who of ['mt', 'chair']) {
      expect((await cli(who)(['receive', '--set-folder', shared, '--passphrase-stdin'])).code).toBe(
        EXIT.OK,
      );
    }
    const sent = await cli('mt')([
      'send',
      '--id',
      conference.id,
      '--kind',
      'draft',
      '--to',
      fp.chairShort!,
      '--folder',
      '--passphrase-stdin',
    ]);
    expect(sent.code, sent.err).toBe(EXIT.OK);
    expect(readdirSync(shared).filter((n) => n.endsWith('.icpcx'))).toHaveLength(1);
    const dry = await cli('chair')(['receive', '--folder', '--dry-run', '--passphrase-stdin']);
    expect(dry.out).toMatch(/would receive a new draft conference/);
    const got = await cli('chair')(['receive', '--folder', '--passphrase-stdin']);
    expect(got.code, got.err).toBe(EXIT.OK);
    expect(got.out).toMatch(
      /received a new draft conference .* from Morgan Testwell \(minute-taker\)/,
    );
    const again = await cli('chair')([
      'receive',
      join(shared, readdirSync(shared)[0]!),
      '--passphrase-stdin',
    ]);
    expect(again.code).toBe(EXIT.USAGE);
    expect(again.err).toMatch(/refused\. This bundle was received before/);
    expect((await cli('chair')(['receive', '--folder', '--passphrase-stdin'])).out).toMatch(
      /No new bundles/,
    );
  });

  it('names records it cannot read: team list warns, receive refuses with exit 5 and writes nothing', async () => {
    const bundle = join(shared, readdirSync(shared)[0]!);
    const v = testVault(dirs.chair!, { clock });
    await v.unlock(PASS);
    const receipt = Object.keys(v.list('exchange')).find((k) => k.startsWith('received:'))!;
    const held = v.get('exchange', receipt)!;
    await v.put('exchange', receipt, { ...(held as object), kind: 'a-later-kind' });
    await v.put('team', 'ab'.repeat(32), { card: 'written by a newer version' });
    await v.close();
    const list = await cli('chair')(['team', 'list', '--passphrase-stdin']);
    expect(list.code, list.err).toBe(EXIT.OK);
    expect(list.out).toMatch(/Morgan Testwell/);
    expect(list.err).toContain(
      `Warning: 1 card in your team directory could not be read, so it is not shown (team/${'ab'.repeat(32)}).`,
    );
    const before = readFileSync(join(dirs.chair!, 'vault.icpc'));
    const again = await cli('chair')(['receive', bundle, '--passphrase-stdin']);
    expect(again.code).toBe(EXIT.CORRUPT);
    expect(again.err).toContain(
      `The receipt of this bundle could not be read (vault record exchange/${receipt})`,
    );
    expect(readFileSync(join(dirs.chair!, 'vault.icpc')).equals(before)).toBe(true);
    const fix = testVault(dirs.chair!, { clock });
    await fix.unlock(PASS);
    await fix.put('exchange', receipt, held);
    await fix.remove('team', 'ab'.repeat(32));
    await fix.close();
  });

  it('refuses the minute-taker’s sign-off: only a chair signs', async () => {
    const r = await cli('mt')(['sign', '--id', conference.id, '--passphrase-stdin']);
    expect(r.code).not.toBe(EXIT.OK);
    expect(r.err).toMatch(/Only a conference chair can sign off/);
  });

  it('refuses a file that is not a bundle with a clear message', async () => {
    const junk = join(work, 'junk.icpcx');
    writeFileSync(junk, 'hello');
    const r = await cli('chair')(['receive', junk, '--passphrase-stdin']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toMatch(/junk\.icpcx: refused\. This file is not an exchange bundle/);
  });
});
