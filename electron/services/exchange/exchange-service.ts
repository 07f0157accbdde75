// The team and exchange service behind the exchange.* channels and the identity, team, send and receive commands:
// the vault owner's identity, the team directory, sending and receiving bundles, pending merges and the shared
// folder. The app never opens a network connection: a bundle is a file (saved, or written to a shared folder the
// organisation syncs). Rule source: docs/exchange.md.
import type { Role } from '../../../shared/exchange/roles';
import { signOffRoleProblem } from '../../../shared/exchange/roles';
import type { PendingMergeView } from '../../../shared/ipc/contracts/exchange';
import { AppFailure } from '../../../shared/ipc/result';
import type { CheckCriteria } from '../../../shared/list/enquiry-schemas';
import type { ListRow } from '../../../shared/list/schemas';
import type { ConferenceService } from '../conferences/conference-service';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { SignoffService } from '../signoff/signoff-service';
import type { Clock, EventSink } from '../ports';
import type { VaultRecords } from '../vault/vault-records';

import { applyBundle, inspectBundle, pendingMerge, resolveMerge } from './receive';
import type { Inspection } from './receive';
import { sendBundle } from './send';
import type { SendInput } from './send';
import { watchFolder } from './folder-watch';
import { LIST_SHARING_SETTING, listSharing, precheck } from './list-share';
import type { FolderWatch, WatchPorts } from './folder-watch';
import { listFolder, readFromFolder, writeToFolder } from './shared-folder';
import {
  addMember,
  confirmMember,
  createOwner,
  myCard,
  ownerInfo,
  revokeMember,
  teamMembers,
  teamUnreadable,
} from './team';
import { UnreadableRecord, readRecord } from './records';
import { inboxEntry, mergeView, pendingMergeIds } from './views';

export type ExchangeVault = Pick<
  VaultRecords,
  'get' | 'put' | 'putAll' | 'list' | 'remove' | 'appendAudit' | 'putDocument' | 'commit'
>;

export type ExchangeServiceDeps = {
  vault: ExchangeVault;
  clock: Clock;
  conferences: Pick<ConferenceService, 'get'>;
  signoff: Pick<SignoffService, 'listVersions' | 'read'>;
  /** Tells the windows how many new bundles the shared folder holds ('exchange.inbox-changed'). */
  emit?: EventSink;
  /** The file-system watch and timers (tests give fakes). */
  watchPorts?: WatchPorts;
  /** This vault's list rows (a Designated Manager's list sent to chairs for pre-checks). */
  /** The manager's list now, with how many records could not be read (docs/list.md). */
  listForChairs?: () => { rows: readonly ListRow[]; unreadRecords: number };
};

export const FOLDER_SETTING = 'exchange-folder';

const ukToday = (d: Date): string => d.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

export type ExchangeService = ReturnType<typeof createExchangeService>;

export function createExchangeService(deps: ExchangeServiceDeps) {
  const now = (): Date => deps.clock.now();
  const folder = (): string | null => {
    const raw = deps.vault.get('settings', FOLDER_SETTING) as { path?: unknown } | undefined;
    return typeof raw?.path === 'string' ? raw.path : null;
  };
  /** The shared folder's bundles for the inbox screen: what each would do, or why not; never their bytes. */
  const inboxEntries = async () => {
    const dir = folder();
    if (!dir) {
      return [];
    }
    return (await listFolder(dir)).map((f) =>
      inboxEntry(deps.vault, f.fileName, () => inspectBundle(deps, f.bytes)),
    );
  };
  // The shared folder is watched while the vault is open (started by folderStatus or setFolder, stopped on lock);
  // each change recounts the bundles that are new for this vault and tells the windows.
  let watching: { dir: string; watch: FolderWatch } | null = null;
  let newBundles = 0;
  const recount = async (): Promise<number> => {
    try {
      newBundles = (await inboxEntries()).filter((e) => e.state === 'new').length;
    } catch {
      newBundles = 0; // locked, or the folder is unreachable: the inbox says why when opened
    }
    deps.emit?.('exchange.inbox-changed', { newBundles });
    return newBundles;
  };
  const stopWatching = (): void => {
    watching?.watch.stop();
    watching = null;
  };
  const ensureWatching = (): void => {
    const dir = folder();
    if (watching?.dir === dir) {
      return;
    }
    stopWatching();
    if (dir) {
      watching = { dir, watch: watchFolder(dir, () => void recount(), deps.watchPorts) };
    }
  };
  const receive = async (bytes: Uint8Array): Promise<Inspection & { applied: string }> => {
    const inspection = inspectBundle(deps, bytes);
    const applied = await applyBundle(deps, inspection);
    if (watching) {
      void recount(); // one fewer new bundle in the folder
    }
    return { ...inspection, applied };
  };
  return {
    identity: () => ownerInfo(deps.vault),
    createIdentity: (input: { name: string; role: Role; authority: string }) =>
      createOwner(deps.vault, input, now()),
    /** The owner's card as the text of a .icpc-card file. */
    card: () => `${JSON.stringify(myCard(deps.vault), null, 2)}\n`,
    team: () => teamMembers(deps.vault),
    /** The directory's cards that cannot be read, by vault key (the Team screen names them). */
    teamUnreadable: () => teamUnreadable(deps.vault),
    addCard: (text: string) => addMember(deps.vault, text, now()),
    confirmCard: (fingerprint: string, readAloudTyped: string) =>
      confirmMember(deps.vault, fingerprint, readAloudTyped, now()),
    revokeCard: (fingerprint: string) => revokeMember(deps.vault, fingerprint, now()),

    /** Refuses sign-off from a vault whose owner is not a chair. */
    assertMaySignOff(): void {
      const problem = signOffRoleProblem(ownerInfo(deps.vault)?.role);
      if (problem) {
        throw new AppFailure('BLOCKED', problem);
      }
    },

    send: (input: SendInput) =>
      sendBundle(
        {
          vault: deps.vault,
          clock: deps.clock,
          // Named by vault key when it cannot be read (the conference service says only that it cannot).
          conference: (id) => {
            readRecord(deps.vault, 'conferences', id, StoredConferenceSchema);
            return deps.conferences.get(id as never);
          },
          signoff: deps.signoff,
          ...(deps.listForChairs ? { listForChairs: deps.listForChairs } : {}),
        },
        input,
      ),
    /** What a bundle would change, without writing anything (the inbox shows this before receiving). */
    inspect: (bytes: Uint8Array) => inspectBundle(deps, bytes),
    receive,
    pendingMerge: (conferenceId: string) => pendingMerge(deps.vault, conferenceId),
    /**
     * The merges waiting for choices (one conference, or all), as the merge screen shows them. One conference's
     * merge that cannot be read refuses (CORRUPT); the list of all names the unreadable ones instead of dropping
     * them (docs/exchange.md, "Records that cannot be read").
     */
    pendingMergeViews(conferenceId?: string): {
      merges: PendingMergeView[];
      unreadable: string[];
    } {
      const ids = conferenceId === undefined ? pendingMergeIds(deps.vault) : [conferenceId];
      const merges: PendingMergeView[] = [];
      const unreadable: string[] = [];
      for (const id of ids) {
        try {
          const found = pendingMerge(deps.vault, id);
          if (found) {
            merges.push(mergeView(found, deps.conferences.get(id as never).conference));
          }
        } catch (e) {
          if (conferenceId !== undefined || !(e instanceof UnreadableRecord)) {
            throw e;
          }
          unreadable.push(e.key);
        }
      }
      return { merges, unreadable: unreadable.sort() };
    },
    resolveMerge: (
      conferenceId: string,
      choices: Readonly<Record<string, 'mine' | 'theirs'>>,
      rest?: 'mine' | 'theirs',
    ) => resolveMerge(deps, conferenceId, choices, rest),

    folder,
    async setFolder(path: string | null): Promise<void> {
      await deps.vault.commit({
        put: [{ collection: 'settings', id: FOLDER_SETTING, value: { path } }],
        audit: [{ actor: 'user', action: 'exchange.folder-set', ids: [] }],
      });
      ensureWatching();
    },
    /** The shared folder, how many of its bundles are new here, and how it is watched (starts the watch). */
    async folderStatus(): Promise<{
      folder: string | null;
      newBundles: number;
      watch: 'events-and-poll' | 'poll' | 'none';
    }> {
      ensureWatching();
      const count = await recount();
      return {
        folder: folder(),
        newBundles: count,
        watch: !watching ? 'none' : watching.watch.usingEvents() ? 'events-and-poll' : 'poll',
      };
    },
    /** Whether this (Designated Manager's) vault shares its list with chairs for pre-checks. */
    listSharing: () => listSharing(deps.vault),
    async setListSharing(share: boolean): Promise<void> {
      if (ownerInfo(deps.vault)?.role !== 'designated-manager') {
        throw new AppFailure('BLOCKED', 'Only the Designated Manager shares the list with chairs.');
      }
      await deps.vault.commit({
        put: [{ collection: 'settings', id: LIST_SHARING_SETTING, value: { share } }],
        audit: [
          {
            actor: 'user',
            action: share ? 'exchange.list-sharing-on' : 'exchange.list-sharing-off',
            ids: [],
          },
        ],
      });
    },
    /** A chair's pre-check of a child against the Designated Manager's list, with the list's age. */
    precheck: (criteria: CheckCriteria) =>
      precheck(deps.vault, criteria, ukToday(deps.clock.now())),
    /** Stops watching the shared folder (on lock: nothing is read while the vault is closed). */
    stopWatching,
    /** Sends and writes the bundle into the shared folder. */
    async sendToFolder(input: SendInput) {
      const dir = folder();
      if (!dir) {
        throw new AppFailure(
          'BLOCKED',
          'Choose a shared folder first, or save the bundle to a file.',
        );
      }
      const sent = await this.send(input);
      await writeToFolder(dir, sent.fileName, sent.bytes);
      return sent;
    },
    inboxEntries,
    /** Receives one bundle of the shared folder, by file name. */
    async receiveFromFolder(fileName: string) {
      const dir = folder();
      if (!dir) {
        throw new AppFailure('BLOCKED', 'No shared folder is set. Choose one first.');
      }
      return receive(await readFromFolder(dir, fileName));
    },
    /** The shared folder's bundles with what each would do, or why it cannot be received. */
    async inbox() {
      const dir = folder();
      if (!dir) {
        return [];
      }
      return (await listFolder(dir)).map((f) => {
        try {
          const i = inspectBundle(deps, f.bytes);
          return { fileName: f.fileName, bytes: f.bytes, ok: true as const, inspection: i };
        } catch (e) {
          return {
            fileName: f.fileName,
            bytes: f.bytes,
            ok: false as const,
            why: e instanceof Error ? e.message : String(e),
          };
        }
      });
    },
  };
}
