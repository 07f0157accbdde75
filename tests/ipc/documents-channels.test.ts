// The documents.* channels through dispatch() with the real handlers and a real vault (weak test KDF): every output
// matches its contract, failures arrive as typed codes (WRONG_PASSPHRASE, BLOCKED with issues, SIGNED_LOCKED,
// BAD_INPUT), and the sign-off → amend → sign-off cycle works over the boundary. Rule source: docs/architecture.md §3.4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServices } from '../../electron/services/create-services';
import type { Services } from '../../electron/services/create-services';
import { createHandlers } from '../../electron/services/handlers';
import type { Channel } from '../../shared/ipc/channels';
import type { Handlers, Input, Output } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import { aDocumentConference } from '../fixtures/documents';
import { SIGN_TIME } from '../services/signoff/support';
import { PASS, fakeClock, tempDir, testVault } from '../services/vault/helpers';
import { recordingLogger } from '../support/test-services';

let services: Services;
let handlers: Handlers;
let cleanup: () => Promise<void>;
const logger = recordingLogger();
const conferenceId = 'conf-1';

const call = <C extends Channel>(channel: C, input: Input<C>) =>
  dispatch(channel, input, handlers, logger) as Promise<Result<Output<C>>>;

async function value<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await call(channel, input);
  if (!r.ok) {
    throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  }
  return r.value;
}

const codeOf = async <C extends Channel>(channel: C, input: Input<C>) => {
  const r = await call(channel, input);
  return r.ok ? 'ok' : r.error.code;
};

beforeAll(async () => {
  const t = await tempDir();
  const clock = fakeClock(SIGN_TIME);
  services = createServices({
    dataDir: t.dir,
    shell: 'test',
    clock,
    logger,
    vault: (emit) => testVault(t.dir, { emit, clock }),
  });
  handlers = createHandlers(services);
  cleanup = async () => {
    await services.close();
    await t.cleanup();
  };
  await value('vault.create', { passphrase: PASS });
  const store = (c: ReturnType<typeof aDocumentConference>) =>
    services.vault.put('conferences', c.id, {
      revision: 0,
      savedAt: clock.now().toISOString(),
      status: 'awaiting-sign-off',
      conference: c,
    });
  await store(aDocumentConference());
  const base = aDocumentConference();
  await store({ ...base, id: 'conf-blocked' as typeof base.id, children: [] });
}, 60_000);
afterAll(() => cleanup());

/** Every document a sign-off would produce now, as the sign-off screen lists them for the chair to look at. */
const stemsOf = async (id: string): Promise<string[]> =>
  (await value('documents.preview', { conferenceId: id })).documents.map((d) => d.stem);

describe('documents channels', () => {
  it('previews, refuses blockers with each one as an issue, and a wrong passphrase', async () => {
    const preview = await value('documents.preview', { conferenceId });
    expect(preview.documents.length).toBeGreaterThan(4);
    const blocked = await call('documents.signOff', {
      conferenceId: 'conf-blocked',
      passphrase: PASS,
      lookedAt: await stemsOf('conf-blocked'),
    });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.error.code).toBe('BLOCKED');
      expect(blocked.error.issues?.length).toBeGreaterThan(0);
    }
    expect(
      await codeOf('documents.signOff', {
        conferenceId,
        passphrase: 'wrong one',
        lookedAt: await stemsOf(conferenceId),
      }),
    ).toBe('WRONG_PASSPHRASE');
  });

  it('signs off, lists the version, reads and verifies a file, refuses edits, amends and signs again', async () => {
    const signed = await value('documents.signOff', {
      conferenceId,
      passphrase: PASS,
      role: 'Chair',
      lookedAt: await stemsOf(conferenceId),
    });
    expect(signed.version).toBe(1);
    const list = await value('documents.listVersions', { conferenceId });
    expect(list.status).toBe('signed');
    const pdf = list.versions[0]!.files.find((f) => f.fileName === 'conference-record.pdf')!;
    const file = await value('documents.read', { documentId: pdf.id });
    const verdict = await value('documents.verify', {
      fileName: file.fileName,
      base64: file.base64,
    });
    expect(verdict).toMatchObject({ verdict: 'intact', version: 1, thisAppsCertificate: true });
    const { revision } = await value('conference.get', { conferenceId });
    expect(
      await codeOf('conference.applyEdit', {
        conferenceId,
        baseRevision: revision,
        edit: { type: 'set', path: ['venue'], value: 'Room 3' },
      }),
    ).toBe('SIGNED_LOCKED');
    const amended = await value('documents.amend', { conferenceId, reason: 'A date was wrong.' });
    expect(amended).toEqual({ version: 2, previousRecordSha256: signed.recordSha256 });
    expect(
      (
        await value('documents.signOff', {
          conferenceId,
          passphrase: PASS,
          lookedAt: await stemsOf(conferenceId),
        })
      ).version,
    ).toBe(2);
    const exported = await value('documents.export', { documentIds: [pdf.id] });
    expect(exported.kind).toBe('download');
    expect(logger.errors).toEqual([]);
  });

  it('refuses a file that is not a certificate, and an empty reason', async () => {
    expect(await codeOf('documents.importCertificate', { base64: 'aGVsbG8=', password: 'x' })).toBe(
      'BAD_INPUT',
    );
    expect(await codeOf('documents.amend', { conferenceId, reason: '   ' })).toBe('BAD_INPUT');
  });
});
