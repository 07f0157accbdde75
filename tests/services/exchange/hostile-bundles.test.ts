// Hostile and unlucky bundles: each is refused with a clear message and the receiving vault's file is byte for byte
// what it was (SHA-256 before and after). FICTIONAL people only.
import { join } from 'node:path';

import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { envelope } from '../../../electron/services/exchange/cms-enveloped';
import { newExchangeIdentity, sealBundle } from '../../../electron/services/exchange/envelope';
import type { KeyHolder } from '../../../electron/services/exchange/envelope';
import { ownerKeys } from '../../../electron/services/exchange/team';
import { threadOf } from '../../../electron/services/exchange/threads';
import type { Conference } from '../../../shared/domain/conference';
import { aDocumentConference } from '../../fixtures/documents';
import { sha256File } from '../vault/helpers';

import { PASS, TEAM_TIME, introduce, member } from './support';
import type { Member } from './support';

type M = Member & { cleanup: () => Promise<void> };
let mt: M;
let chair: M;
let dm: M;
let stranger: M;
let conference: Conference;
/** Bundles made once, used by the cases. */
const made: Record<string, Uint8Array> = {};

const keysOf = (m: Member): KeyHolder => ownerKeys(m.services.vault);
const enc = (v: unknown): Buffer => Buffer.from(JSON.stringify(v), 'utf8');

function header(over: Record<string, unknown> = {}) {
  return {
    format: 'icpc-bundle',
    version: 1,
    id: '6f1c2a9e-0d7b-4c1e-9a55-3b2f8d4e7c10',
    kind: 'draft-conference',
    sender: { fingerprint: mt.fingerprint, name: 'Morgan Testwell', role: 'minute-taker' },
    recipients: [chair.fingerprint],
    createdAt: new Date(TEAM_TIME).toISOString(),
    thread: threadOf('draft-conference', conference.id, [mt.fingerprint, chair.fingerprint]),
    sequence: 1,
    previousHash: null,
    ...over,
  };
}
const draftBody = () => ({ status: 'awaiting-sign-off', conference });
const seal = (payload: Buffer, from: KeyHolder, to: readonly Member[]): Uint8Array =>
  sealBundle(
    payload,
    from,
    to.map((m) => keysOf(m).certificate),
    new Date(TEAM_TIME),
  );
const flip = (b: Uint8Array, at: number): Uint8Array => {
  const c = Buffer.from(b);
  const i = at < 0 ? c.length + at : at;
  c[i] = c[i]! ^ 0x04;
  return c;
};

beforeAll(async () => {
  [mt, chair, dm, stranger] = [
    await member('minute-taker'),
    await member('chair'),
    await member('designated-manager'),
    await member('chair'),
  ];
  await introduce([mt, chair, dm]);
  conference = aDocumentConference();
  await mt.services.vault.put('conferences', conference.id, {
    revision: 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'awaiting-sign-off',
    conference,
  });
  // Two drafts in one thread, a bundle for someone else, and signed-only / encrypted-only structures.
  made.first = (
    await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
    })
  ).bytes;
  made.second = (
    await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
    })
  ).bytes;
  const unknown = newExchangeIdentity(
    { name: 'Morgan Testwell', role: 'minute-taker', authority: 'Elsewhere' },
    new Date(TEAM_TIME),
  );
  made.unknownKey = seal(
    enc({ header: header(), body: draftBody() }),
    {
      key: forge.pki.privateKeyFromPem(unknown.keyPem),
      certificate: forge.pki.certificateFromPem(unknown.certificatePem),
    },
    [chair],
  );
  // The chair revokes the stranger-chair's card after adding it (unconfirmed and revoked cases).
  await chair.services.exchange.addCard(stranger.services.exchange.card());
  await stranger.services.exchange.addCard(chair.services.exchange.card());
  await stranger.services.exchange.confirmCard(chair.fingerprint, chair.readAloud);
  made.unconfirmed = await (async () => {
    await stranger.services.vault.put('conferences', conference.id, {
      revision: 1,
      savedAt: '2026-01-06T09:00:00.000Z',
      status: 'draft',
      conference,
    });
    return (
      await stranger.services.exchange.send({
        kind: 'draft-conference',
        conferenceId: conference.id,
        to: [chair.fingerprint],
      })
    ).bytes;
  })();
}, 120_000);

afterAll(async () => {
  for (const m of [mt, chair, dm, stranger]) {
    await m.cleanup();
  }
});

/** The code and message a promise rejects with; a bundle that is accepted fails the test. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    return { code: code ?? 'thrown', message: message ?? '' };
  }
  throw new Error('The bundle was accepted');
}

type Case = {
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  to?: () => Member;
  message: RegExp;
};

const cases: Case[] = [
  { name: 'an empty file', bytes: () => new Uint8Array(0), message: /empty or too large/ },
  {
    name: 'random bytes',
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256)),
    message: /not an exchange bundle/,
  },
  {
    name: 'a team card instead of a bundle',
    bytes: () => Buffer.from(mt.services.exchange.card()),
    message: /not an exchange bundle/,
  },
  {
    name: 'cut to half its length',
    bytes: () => made.first!.slice(0, made.first!.length >> 1),
    message: /not an exchange bundle|damaged/,
  },
  {
    name: 'cut by one byte',
    bytes: () => made.first!.slice(0, -1),
    message: /not an exchange bundle|damaged/,
  },
  {
    name: 'a flipped bit in the recipient info',
    bytes: () => flip(made.first!, 300),
    message: /damaged|not addressed|not an exchange/,
  },
  {
    name: 'a flipped bit in the middle of the ciphertext',
    bytes: () => flip(made.first!, made.first!.length >> 1),
    message: /damaged|changed|signature/,
  },
  {
    name: 'a flipped bit in the last byte',
    bytes: () => flip(made.first!, -1),
    message: /damaged|changed|signature/,
  },
  {
    name: 'a bundle encrypted for someone else',
    bytes: () => made.first!,
    to: () => dm,
    message: /not addressed to you/,
  },
  {
    name: 'a later bundle before the earlier one (out of order)',
    bytes: () => made.second!,
    message: /earlier bundle .* has not been received/,
  },
  {
    name: 'signed by a key not in the team directory, claiming a known name',
    bytes: () => made.unknownKey!,
    message: /not in your team directory/,
  },
  {
    name: 'from a card not yet confirmed aloud',
    bytes: () => made.unconfirmed!,
    message: /not confirmed yet/,
  },
  {
    name: 'signed by the minute-taker but claiming the chair as sender',
    bytes: () =>
      seal(
        enc({
          header: header({
            sender: { fingerprint: chair.fingerprint, name: 'Cass Exampleton', role: 'chair' },
          }),
          body: draftBody(),
        }),
        keysOf(mt),
        [chair],
      ),
    message: /different sender/,
  },
  {
    name: 're-addressed: encrypted to the manager but naming only the chair',
    bytes: () =>
      seal(enc({ header: header({ kind: 'plan-notification' }), body: draftBody() }), keysOf(mt), [
        dm,
      ]),
    to: () => dm,
    message: /not valid|not name you/,
  },
  {
    name: 'forwarded: the payload names the chair but was encrypted to the manager',
    bytes: () => seal(enc({ header: header(), body: draftBody() }), keysOf(mt), [dm]),
    to: () => dm,
    message: /does not name you/,
  },
  {
    name: 'a draft sent to the Designated Manager',
    bytes: () =>
      seal(
        enc({ header: header({ recipients: [dm.fingerprint] }), body: draftBody() }),
        keysOf(mt),
        [dm],
      ),
    to: () => dm,
    message: /cannot go to a designated manager/,
  },
  {
    name: 'a plan notification from a minute-taker',
    bytes: () =>
      seal(
        enc({
          header: header({ kind: 'plan-notification', recipients: [dm.fingerprint] }),
          body: {
            conference,
            version: 1,
            signedAt: new Date(TEAM_TIME).toISOString(),
            contentSha256: 'a'.repeat(64),
            files: [],
          },
        }),
        keysOf(mt),
        [dm],
      ),
    to: () => dm,
    message: /minute-taker cannot send/,
  },
  {
    name: 'dated a day in the future',
    bytes: () =>
      seal(
        enc({
          header: header({ createdAt: new Date(TEAM_TIME + 86_400_000).toISOString() }),
          body: draftBody(),
        }),
        keysOf(mt),
        [chair],
      ),
    message: /in the future/,
  },
  {
    name: 'a payload that is not JSON',
    bytes: () => seal(Buffer.from('not json at all'), keysOf(mt), [chair]),
    message: /not readable/,
  },
  {
    name: 'a payload that is not UTF-8',
    bytes: () => seal(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), keysOf(mt), [chair]),
    message: /not readable/,
  },
  {
    name: 'a payload without its body',
    bytes: () => seal(enc({ header: header() }), keysOf(mt), [chair]),
    message: /not valid/,
  },
  {
    name: 'a conference that does not fit the record format',
    bytes: () =>
      seal(
        enc({
          header: header(),
          body: { status: 'draft', conference: { ...conference, children: 'none' } },
        }),
        keysOf(mt),
        [chair],
      ),
    message: /not valid/,
  },
  {
    name: 'a draft claiming to be signed',
    bytes: () =>
      seal(enc({ header: header(), body: { status: 'signed', conference } }), keysOf(mt), [chair]),
    message: /not valid/,
  },
  {
    name: 'a card name with a right-to-left override in the header',
    bytes: () =>
      seal(
        enc({
          header: header({
            sender: {
              fingerprint: mt.fingerprint,
              name: 'Morgan \u202eTestwell',
              role: 'minute-taker',
            },
          }),
          body: draftBody(),
        }),
        keysOf(mt),
        [chair],
      ),
    message: /not valid/,
  },
  {
    name: 'signed only, not encrypted',
    bytes: () => {
      const p7 = forge.pkcs7.createSignedData();
      p7.content = forge.util.createBuffer('{}');
      return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'latin1');
    },
    message: /not an exchange bundle/,
  },
  {
    name: 'encrypted but not signed',
    bytes: () =>
      envelope(enc({ header: header(), body: draftBody() }), [keysOf(chair).certificate]),
    message: /signed part .* damaged/,
  },
  {
    name: 'a key wrapped with RSA PKCS#1 v1.5 (an old method the app refuses)',
    bytes: () => {
      const env = forge.pkcs7.createEnvelopedData();
      env.addRecipient(keysOf(chair).certificate);
      env.content = forge.util.createBuffer(
        enc({ header: header(), body: draftBody() }).toString('latin1'),
      );
      env.encrypt(undefined, forge.pki.oids['aes256-CBC']);
      return Buffer.from(forge.asn1.toDer(env.toAsn1()).getBytes(), 'latin1');
    },
    message: /only RSA-OAEP/,
  },
];

describe('hostile bundles are refused and the vault is unchanged', () => {
  it.each(cases)('$name', async (c) => {
    const to = c.to?.() ?? chair;
    const bytes = await c.bytes();
    const file = join(to.dir, 'vault.icpc');
    const before = await sha256File(file);
    const conferencesBefore = Object.keys(to.services.vault.list('conferences')).length;
    const r = await refusal(to.services.exchange.receive(bytes));
    expect(r.code).toBe('BAD_INPUT');
    expect(r.message).toMatch(c.message);
    expect(await sha256File(file)).toBe(before);
    expect(Object.keys(to.services.vault.list('conferences'))).toHaveLength(conferencesBefore);
  });

  it('a replayed bundle is refused the second time, with nothing changed', async () => {
    const got = await chair.services.exchange.receive(made.first!);
    expect(got.applied).toBe('new-draft');
    const file = join(chair.dir, 'vault.icpc');
    const before = await sha256File(file);
    expect((await refusal(chair.services.exchange.receive(made.first!))).message).toMatch(
      /received before/,
    );
    expect(await sha256File(file)).toBe(before);
  });

  it('a revoked sender is refused', async () => {
    await chair.services.exchange.revokeCard(mt.fingerprint);
    const file = join(chair.dir, 'vault.icpc');
    const before = await sha256File(file);
    expect((await refusal(chair.services.exchange.receive(made.second!))).message).toMatch(
      /revoked/,
    );
    expect(await sha256File(file)).toBe(before);
  });

  it('has at least 20 hostile cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(PASS).toBeTruthy();
  });
});
