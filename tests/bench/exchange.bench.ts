// exchange.pack_ms and exchange.receive_ms: a signed plan notification for a sibling group of four with its signed
// PDFs (record, plans, letter, restricted annex), made by the chair (payload, signature, encryption, the chair's
// thread and audit records) and received by the Designated Manager (decrypted, signature and sender checked,
// every signed PDF checked, stored with its files and audited). exchange.merge_list_ms: 1,000 plan notifications
// (one child each, no files) received one after another into a Designated Manager's vault whose list already holds
// 5,000 children, then the list queried once (6,000 children). Real vaults with a cheap KDF; the sign-off that
// makes the signed documents is not timed. Rule source: docs/exchange.md.
import { randomUUID } from 'node:crypto';

import forge from 'node-forge';

import { sealBundle } from '../../electron/services/exchange/envelope';
import { ownerKeys } from '../../electron/services/exchange/team';
import { listServiceFor } from '../../electron/services/list/for-services';
import type { JsonValue } from '../../electron/services/vault/vault-data';
import type { Conference } from '../../shared/domain/conference';
import { conferenceId } from '../../shared/domain/ids';
import type { BundleHeader, PlanNotificationBody } from '../../shared/exchange/schemas';
import { withChildLinks } from '../fixtures/conference';
import { aLargeSiblingGroup } from '../fixtures/documents';
import { generatedConferences } from '../fixtures/list';
import { PASS, introduce, member } from '../services/exchange/support';
import type { Member } from '../services/exchange/support';

import type { Bench } from './figure';
import { median } from './figure';

const RUNS = 3;
const LIST_SIZE = 5000;
const NOTIFICATIONS = 1000;

/** A notification of `c` sealed by the chair straight from its keys (no sign-off: the merge is what is timed). */
function notificationOf(chair: Member, manager: Member, c: Conference, at: Date): Uint8Array {
  const me = ownerKeys(chair.services.vault);
  const header: BundleHeader = {
    format: 'icpc-bundle',
    version: 1,
    id: randomUUID(),
    kind: 'plan-notification',
    sender: { fingerprint: me.owner.fingerprint, name: me.owner.name, role: me.owner.role },
    recipients: [manager.fingerprint],
    createdAt: at.toISOString(),
    thread: `plan:${c.id}:bench`,
    sequence: 1,
    previousHash: null,
  };
  const body: PlanNotificationBody = {
    conference: c,
    version: 1,
    signedAt: at.toISOString(),
    contentSha256: '0'.repeat(64),
    files: [],
  };
  const card = JSON.parse(manager.services.exchange.card()) as { certificate: string };
  const cert = forge.pki.certificateFromPem(card.certificate);
  return sealBundle(Buffer.from(JSON.stringify({ header, body })), me, [cert], at);
}

async function packAndReceive(chair: Member, manager: Member, report: Parameters<Bench['run']>[0]) {
  const pack: number[] = [];
  const receive: number[] = [];
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    // withChildLinks: the fixture's fourth child has no household links yet, which sign-off requires.
    const c = withChildLinks({ ...aLargeSiblingGroup(), id: conferenceId(`bench-exchange-${i}`) });
    await chair.services.vault.put('conferences', c.id, {
      revision: 0,
      savedAt: '2026-01-06T09:00:00.000Z',
      status: 'awaiting-sign-off',
      conference: c,
    });
    await chair.services.signoff.signOff(
      c.id,
      PASS,
      undefined,
      chair.services.signoff.documentStems(c.id),
    );
    let t0 = performance.now();
    const sent = await chair.services.exchange.send({
      kind: 'plan-notification',
      conferenceId: c.id,
      to: [manager.fingerprint],
    });
    pack.push(performance.now() - t0);
    t0 = performance.now();
    const got = await manager.services.exchange.receive(sent.bytes);
    receive.push(performance.now() - t0);
    if (got.applied !== 'notification' || got.effect.type !== 'notification') {
      throw new Error(`the notification was not applied: ${got.applied}`);
    }
    files = got.effect.files;
    bytes = sent.bytes.byteLength;
  }
  const params = { children: 4, files, bundleBytes: bytes, runs: RUNS };
  report({ name: 'exchange.pack_ms', value: median(pack), unit: 'ms', params });
  report({ name: 'exchange.receive_ms', value: median(receive), unit: 'ms', params });
}

async function mergeList(chair: Member, manager: Member, report: Parameters<Bench['run']>[0]) {
  const { conferences } = generatedConferences(LIST_SIZE + NOTIFICATIONS);
  const v = manager.services.vault;
  await Promise.all(
    conferences.slice(0, LIST_SIZE).map((c) =>
      v.put('conferences', c.id, {
        revision: 0,
        savedAt: '2026-01-06T09:00:00.000Z',
        status: 'signed',
        conference: JSON.parse(JSON.stringify(c)) as JsonValue,
      }),
    ),
  );
  const list = listServiceFor(manager.services);
  const before = list.query({}).totalActive;
  const at = new Date('2026-01-06T09:30:00Z');
  const bundles = conferences.slice(LIST_SIZE).map((c) => notificationOf(chair, manager, c, at));
  const t0 = performance.now();
  for (const b of bundles) {
    await manager.services.exchange.receive(b);
  }
  const after = list.query({}).totalActive;
  const ms = performance.now() - t0;
  // The manager's list already holds the sibling group notified above, so count what the 1,000 added.
  if (before < LIST_SIZE || after - before !== NOTIFICATIONS) {
    throw new Error(
      `expected ${NOTIFICATIONS} more children on the list, got ${before} then ${after}`,
    );
  }
  report({
    name: 'exchange.merge_list_ms',
    value: ms,
    unit: 'ms',
    params: {
      listBefore: before,
      notifications: NOTIFICATIONS,
      perNotificationMs: Math.round((ms / NOTIFICATIONS) * 1000) / 1000,
      includes: 'decrypt, verify, checks, store, audit; one list query after',
    },
  });
}

export const exchangeBench: Bench = {
  name: 'exchange',
  run: async (report) => {
    const team = [await member('chair'), await member('designated-manager')];
    const [chair, manager] = [team[0]!, team[1]!];
    try {
      await introduce(team);
      await packAndReceive(chair, manager, report);
      await mergeList(chair, manager, report);
    } finally {
      for (const m of team) {
        await m.cleanup();
      }
    }
  },
};
