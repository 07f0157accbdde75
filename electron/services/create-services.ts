// Composition root: builds every service from a data folder, a clock and a logger. Runs in every shell.
import { createConferenceService } from './conferences/conference-service';
import type { ConferenceService } from './conferences/conference-service';
import { createExchangeService } from './exchange/exchange-service';
import { createListService } from './list/list-service';
import type { ExchangeService } from './exchange/exchange-service';
import type { Clock, DialogPort, EventSink, Logger, PrintPort, ShellKind } from './ports';
import { createSettingsService } from './settings/settings-service';
import type { SettingsService } from './settings/settings-service';
import { createMyWordsService } from './spell/my-words-service';
import type { MyWordsService } from './spell/my-words-service';
import { sweepOrphanDocuments } from './signoff/orphans';
import { createSignoffService } from './signoff/signoff-service';
import type { SignoffService } from './signoff/signoff-service';
import { createVault } from './vault/create-vault';
import type { VaultService } from './vault/vault-service';
import { createSaveNow } from './save-now';
import type { SaveNow } from './save-now';

export type ServicesOptions = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit?: EventSink;
  /** The vault; tests inject one built with a weak KDF. Default: the production vault in dataDir. */
  vault?: (emit: EventSink) => VaultService;
  /** Native dialogs (Electron only); without them exports become browser downloads. */
  dialogs?: DialogPort;
  /** How this shell prints a PDF (desktop: system dialog; browser shell: one-time address). */
  printer?: PrintPort;
};

export type LockReason = 'manual' | 'idle' | 'os-lock' | 'suspend';
export type Lockable = { lock: (reason: LockReason) => Promise<void> };

export type Services = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  /** The encrypted vault every feature stores its records and documents in. */
  vault: VaultService;
  /** Conferences stored in the vault. */
  conferences: ConferenceService;
  /** Sign-off, signed versions, amendments, verify and export. */
  signoff: SignoffService;
  /** The authority's settings; its config() is what every service reads (settings.get/set). */
  settings: SettingsService;
  /** The user's own words for the spell-checker (spell.myWords/addWord). */
  myWords: MyWordsService;
  /** The owner's identity, the team directory and exchange bundles (docs/exchange.md). */
  exchange: ExchangeService;
  /** Native dialogs (Electron only); without them files the person keeps become browser downloads. */
  dialogs?: DialogPort;
  /** Locks everything that holds keys or decrypted data (manual lock, idle, OS lock, suspend). */
  lock: (reason: LockReason) => Promise<void>;
  /** Asks the windows to save what they still hold before an OS lock or suspend (app.saveNow / app.savedNow). */
  saveNow: SaveNow;
  /** Services that hold secrets register here so that lock() reaches them. */
  lockables: Lockable[];
  /** Releases locks and drops keys; called on quit. */
  close: () => Promise<void>;
};

/** Builds the services for one shell. Nothing here imports 'electron'. */
export function createServices(options: ServicesOptions): Services {
  const emit: EventSink = options.emit ?? (() => undefined);
  const lockables: Lockable[] = [];
  // However the vault locks (manual, idle, OS lock, suspend), every other service drops its decrypted data too.
  const vaultEmit: EventSink = (event, payload) => {
    if (event === 'app.locked') {
      const reason = (payload as { reason?: LockReason } | null)?.reason ?? 'manual';
      for (const lockable of lockables.slice(1)) {
        void lockable.lock(reason);
      }
    }
    emit(event, payload);
  };
  const vault =
    options.vault?.(vaultEmit) ??
    createVault({
      dataDir: options.dataDir,
      clock: options.clock,
      logger: options.logger,
      emit: vaultEmit,
      shell: options.shell,
    });
  lockables.push({ lock: (reason) => Promise.resolve(vault.lock(reason)) });
  const settings = createSettingsService({ vault, clock: options.clock });
  const conferences = createConferenceService({
    vault,
    clock: options.clock,
    config: () => settings.config(),
  });
  const signoff = createSignoffService({
    vault,
    conferences,
    clock: options.clock,
    config: () => settings.config(),
    emit,
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.printer ? { printer: options.printer } : {}),
  });
  // Bytes waiting to be printed are decrypted data: a lock drops them.
  const printer = options.printer;
  if (printer) {
    lockables.push({ lock: () => Promise.resolve(printer.forget()) });
  }
  // A list service of its own for the list a Designated Manager sends to chairs (built on first use, cleared on
  // lock); the IPC handlers' list service is made from the finished Services object (list/for-services.ts).
  const snapshotList = createListService({
    vault,
    clock: options.clock,
    config: () => settings.config(),
  });
  lockables.push({ lock: () => Promise.resolve(snapshotList.clear()) });
  const exchange = createExchangeService({
    vault,
    clock: options.clock,
    conferences,
    signoff,
    emit,
    listForChairs: () => snapshotList.query({}),
  });
  lockables.push({ lock: () => Promise.resolve(exchange.stopWatching()) });
  // Signed files a killed sign-off left without their version record are removed (and audited) at each unlock.
  vault.onUnlocked(async () => {
    const removed = await sweepOrphanDocuments(vault);
    if (removed.length > 0) {
      options.logger.info(
        'signoff',
        `removed ${removed.length} signed file(s) left by a stopped sign-off`,
      );
    }
  });
  return {
    lockables,
    saveNow: createSaveNow(emit),
    lock: async (reason) => {
      for (const lockable of lockables) {
        await lockable.lock(reason);
      }
    },
    dataDir: options.dataDir,
    shell: options.shell,
    clock: options.clock,
    logger: options.logger,
    emit,
    vault,
    conferences,
    settings,
    myWords: createMyWordsService({ vault }),
    // Only a chair signs off: a vault owned by a minute-taker or another role is refused before anything else.
    signoff: {
      ...signoff,
      signOff: async (...args: Parameters<SignoffService['signOff']>) => {
        exchange.assertMaySignOff();
        return signoff.signOff(...args);
      },
      documentStems: (...args: Parameters<SignoffService['documentStems']>) => {
        exchange.assertMaySignOff();
        return signoff.documentStems(...args);
      },
    },
    exchange,
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    close: () => vault.close(),
  };
}
