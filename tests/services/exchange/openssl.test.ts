// The bundle format is standard CMS: OpenSSL, which shares no code with the app, decrypts a bundle with the
// recipient's key and verifies the sender's signature over the payload. FICTIONAL people only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { OWNER_SETTING } from '../../../electron/services/exchange/team';
import { aDocumentConference } from '../../fixtures/documents';
import { run, tempDir } from '../documents/tools';

import { introduce, member } from './support';
import type { Member } from './support';

type M = Member & { cleanup: () => Promise<void> };
let mt: M;
let chair: M;
let dm: M;

beforeAll(async () => {
  [mt, chair, dm] = [
    await member('minute-taker'),
    await member('chair'),
    await member('designated-manager'),
  ];
  await introduce([mt, chair]);
}, 60_000);

afterAll(async () => {
  for (const m of [mt, chair, dm]) {
    await m.cleanup();
  }
});

const owner = (m: Member) =>
  m.services.vault.get<{ keyPem: string; certificatePem: string }>('settings', OWNER_SETTING)!;

it('openssl cms decrypts a bundle with the recipient key and verifies the sender signature', async () => {
  const conference = aDocumentConference();
  await mt.services.vault.put('conferences', conference.id, {
    revision: 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'draft',
    conference,
  });
  const sent = await mt.services.exchange.send({
    kind: 'draft-conference',
    conferenceId: conference.id,
    to: [chair.fingerprint],
  });
  const dir = tempDir('cms');
  const f = (n: string) => join(dir, n);
  writeFileSync(f('bundle.icpcx'), sent.bytes);
  writeFileSync(f('chair-key.pem'), owner(chair).keyPem, { mode: 0o600 });
  writeFileSync(f('chair-cert.pem'), owner(chair).certificatePem);
  writeFileSync(f('dm-key.pem'), owner(dm).keyPem, { mode: 0o600 });
  writeFileSync(f('dm-cert.pem'), owner(dm).certificatePem);
  writeFileSync(f('mt-cert.pem'), owner(mt).certificatePem);

  const decrypted = run('openssl', [
    'cms',
    '-decrypt',
    '-inform',
    'DER',
    '-in',
    f('bundle.icpcx'),
    '-recip',
    f('chair-cert.pem'),
    '-inkey',
    f('chair-key.pem'),
    '-out',
    f('signed.der'),
  ]);
  expect(decrypted.code, decrypted.out).toBe(0);
  const verified = run('openssl', [
    'cms',
    '-verify',
    '-inform',
    'DER',
    '-in',
    f('signed.der'),
    '-CAfile',
    f('mt-cert.pem'),
    '-out',
    f('payload.json'),
  ]);
  expect(verified.code, verified.out).toBe(0);
  expect(verified.out).toMatch(/Verification successful/);
  const payload = JSON.parse(readFileSync(f('payload.json'), 'utf8')) as {
    header: { id: string; sender: { fingerprint: string }; recipients: string[] };
    body: { conference: { id: string } };
  };
  expect(payload.header).toMatchObject({
    id: sent.id,
    sender: { fingerprint: mt.fingerprint },
    recipients: [chair.fingerprint],
  });
  expect(payload.body.conference.id).toBe(conference.id);

  // Someone else's key cannot open it, and a signature checked against the wrong signer fails.
  const wrongKey = run('openssl', [
    'cms',
    '-decrypt',
    '-inform',
    'DER',
    '-in',
    f('bundle.icpcx'),
    '-recip',
    f('dm-cert.pem'),
    '-inkey',
    f('dm-key.pem'),
    '-out',
    f('x.der'),
  ]);
  expect(wrongKey.code).not.toBe(0);
  const wrongSigner = run('openssl', [
    'cms',
    '-verify',
    '-inform',
    'DER',
    '-in',
    f('signed.der'),
    '-CAfile',
    f('chair-cert.pem'),
    '-out',
    f('y.json'),
  ]);
  expect(wrongSigner.code).not.toBe(0);
}, 60_000);
