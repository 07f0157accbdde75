// Handlers of the exchange.* channels: thin calls into the exchange service, turning its results into what the
// screens show (a bundle's effect in counts, the inbox without bytes, conflicts in words). Rule source: docs/architecture.md
// §3.4; docs/exchange.md.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';
import { fileStem, saveOrDownload } from '../exchange/save-file';
import { bundleSummary } from '../exchange/views';
import type { SendInput } from '../exchange/send';
import type { Member } from '../exchange/team';
import { ANSWER_CLASS } from '../../../shared/list/disclosure';

type ExchangeChannel = Extract<keyof Handlers, `exchange.${string}`>;

const memberView = (m: Member) => ({
  name: m.card.name,
  role: m.card.role,
  authority: m.card.authority,
  status: m.status,
  fingerprint: m.fingerprint,
  readAloud: m.readAloud,
  importedAt: m.importedAt,
  ...(m.confirmedAt ? { confirmedAt: m.confirmedAt } : {}),
  ...(m.revokedAt ? { revokedAt: m.revokedAt } : {}),
});

const BUNDLE_TYPE = 'application/vnd.icpc-companion.bundle';

export function createExchangeHandlers(s: Services): Pick<Handlers, ExchangeChannel> {
  const x = s.exchange;
  const received = async (r: ReturnType<typeof x.receive>) => {
    const done = await r;
    return {
      bundle: bundleSummary(done),
      applied: done.applied as
        | 'new-draft'
        | 'update-draft'
        | 'notification'
        | 'plan-update'
        | 'list-snapshot'
        | 'conflicts',
    };
  };
  /** Makes the bundle and puts it in the shared folder, or saves / downloads it as a file. */
  const sendTo = async (destination: 'file' | 'folder', what: SendInput) => {
    if (destination === 'folder') {
      const sent = await x.sendToFolder(what);
      return { id: sent.id, sha256: sent.sha256, folderFileName: sent.fileName };
    }
    const sent = await x.send(what);
    const file = await saveOrDownload(
      s.dialogs,
      { fileName: sent.fileName, mediaType: BUNDLE_TYPE, bytes: sent.bytes },
      'Save the bundle',
    );
    return { id: sent.id, sha256: sent.sha256, file };
  };
  return {
    'exchange.identity': () => Promise.resolve({ identity: x.identity(), folder: x.folder() }),
    'exchange.createIdentity': (input) => x.createIdentity(input),
    'exchange.card': async () => {
      const me = x.identity();
      const text = x.card();
      return saveOrDownload(
        s.dialogs,
        {
          fileName: `${fileStem(me?.name ?? '')}.icpc-card`,
          mediaType: 'application/json',
          bytes: Buffer.from(text, 'utf8'),
        },
        'Save my card',
      );
    },
    'exchange.team': () =>
      Promise.resolve({ members: x.team().map(memberView), unreadable: x.teamUnreadable() }),
    'exchange.addCard': async ({ text }) => memberView(await x.addCard(text)),
    'exchange.confirmCard': async ({ fingerprint, readAloud }) =>
      memberView(await x.confirmCard(fingerprint, readAloud)),
    'exchange.revokeCard': async ({ fingerprint }) => memberView(await x.revokeCard(fingerprint)),
    'exchange.send': ({ destination, ...input }) =>
      sendTo(destination, {
        kind: input.kind,
        conferenceId: input.conferenceId,
        to: input.to,
        ...(input.note !== undefined && input.note.trim() !== '' ? { note: input.note } : {}),
      }),
    'exchange.sendList': ({ destination, to }) =>
      sendTo(destination, { kind: 'list-snapshot', conferenceId: '', to }),
    'exchange.listSharing': async ({ share }) => {
      if (share !== undefined) {
        await x.setListSharing(share);
      }
      return { share: x.listSharing() };
    },
    'exchange.precheck': (criteria) => {
      const r = x.precheck(criteria);
      return Promise.resolve({
        answerClass: ANSWER_CLASS[r.answer.code],
        headline: r.answer.headline,
        mayTell: r.answer.mayTell,
        age: r.age,
        fromName: r.fromName,
        matches: r.matches.map((m) => ({
          name: m.name,
          strength: m.strength,
          planStart: m.planStart,
          ...(m.lead ? { lead: m.lead } : {}),
        })),
      });
    },
    'exchange.inspect': ({ base64 }) =>
      Promise.resolve(bundleSummary(x.inspect(Buffer.from(base64, 'base64')))),
    'exchange.receive': ({ base64 }) => received(x.receive(Buffer.from(base64, 'base64'))),
    'exchange.inbox': async () => ({ folder: x.folder(), entries: await x.inboxEntries() }),
    'exchange.receiveFromFolder': ({ fileName }) => received(x.receiveFromFolder(fileName)),
    'exchange.pendingMerge': ({ conferenceId }) =>
      Promise.resolve(x.pendingMergeViews(conferenceId)),
    'exchange.resolveMerge': async ({ conferenceId, choices }) => {
      const merged = await x.resolveMerge(conferenceId, choices);
      return { conferenceId: merged.id };
    },
    'exchange.folderStatus': () => x.folderStatus(),
    'exchange.setFolder': async ({ path }) => {
      await x.setFolder(path === '' ? null : path);
      return { folder: x.folder() };
    },
  };
}
