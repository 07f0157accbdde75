// The vault's open session and its lifecycle: one writer per data folder, saves run one at a time, the idle and
// manual lock (keys wiped, renderer reset), the audit log, and the rollback position. Getting in (create, unlock,
// passphrase change) is in vault-access.ts. Rule source: docs/reliability.md §2.3, §3.2 K7, §3.3; docs/vault.md.
import { join } from 'node:path';

import { IDLE_LOCK_MINUTES, LIVE_IDLE_LOCK_MINUTES } from '../../../shared/ipc/contracts/vault';
import { AppFailure } from '../../../shared/ipc/result';
import type { Clock, EventSink, Logger } from '../ports';

import type { AuditEntry, AuditInput } from './audit';
import { nextAuditEntry } from './audit';
import { BACKUP_DIR, hasBackupOn, REMOVED_BASE } from './backups';
import { CompactionStopped } from './compaction-job';
import { sweepTemps } from './durable-file';
import type { Sleep } from './durable-file';
import type { parseHeader } from './format';
import type { FsPort } from './fs-port';
import type { KdfPolicy } from './kdf';
import { keysFromDek } from './keys';
import type { HeldLock } from './lock-file';
import { acquireLock } from './lock-file';
import type { LockReason, Timers } from './lock-controller';
import { LockController } from './lock-controller';
import { openVaultFile } from './open-file';
import type { VaultPosition } from './rollback';
import { isOlder, SeenPosition } from './rollback';
import { deepFreeze } from './safe-json';
import { LOCK_FILE } from './phrases';
import { VaultSession } from './session';
import { StateFile } from './state-file';

export const VAULT_FILE = 'vault.icpc';
export { LOCK_FILE };
/** The settings record holding the idle lock minutes. */
export const IDLE_LOCK_SETTING = 'vault.idle-lock';
/** The settings record holding the idle lock minutes while the chair is in live mode. */
export const LIVE_IDLE_LOCK_SETTING = 'vault.live-idle-lock';

type MinutesRange = { min: number; max: number };
const badMinutes = (r: MinutesRange): AppFailure =>
  new AppFailure('BAD_INPUT', `Give a whole number of minutes from ${r.min} to ${r.max}.`);

/** Stored minutes within the range, or null when the vault never set them (or holds something unreadable). */
function storedMinutes(record: unknown, r: MinutesRange): number | null {
  const m = (record as { minutes?: unknown } | undefined)?.minutes;
  return typeof m === 'number' && Number.isInteger(m) ? Math.min(r.max, Math.max(r.min, m)) : null;
}

export type VaultDeps = {
  dataDir: string;
  fs: FsPort;
  kdf: KdfPolicy;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  timers: Timers;
  idleLockMs: number;
  /** The idle lock while the chair is in live mode (default 20 minutes). */
  liveIdleLockMs?: number;
  shell: string;
  sleep?: Sleep;
};

export type VaultState = 'absent' | 'locked' | 'unlocked';
/** `warnings`: plain-English notes for the person unlocking (e.g. the file is older than the one last seen). */
export type UnlockReport = { kdfMs: number; openMs: number; tornBytes: number; warnings: string[] };

export const OLDER_ACCEPTED =
  'You chose to use this older vault file. The choice is in the audit log; saves made after this file was ' +
  'copied are not in it.';

export const unfinishedSaveWarning = (bytes: number): string =>
  `The end of the vault file held an unfinished save (${bytes} bytes) from when the app or computer last stopped ` +
  'during a save. It was never confirmed, so it was left out: check the last change you made before then.';

const locked = (): AppFailure => new AppFailure('LOCKED', 'The vault is locked. Unlock it first.');

export class Vault {
  protected session: VaultSession | null = null;
  private readonly unlockHooks: (() => Promise<void>)[] = [];
  private held: HeldLock | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private compaction: Promise<void> | null = null;
  protected readonly stateFile: StateFile;
  private readonly seen: SeenPosition;
  private readonly idle: LockController;
  readonly path: string;
  readonly backupsDir: string;

  constructor(readonly deps: VaultDeps) {
    this.path = join(deps.dataDir, VAULT_FILE);
    this.backupsDir = join(deps.dataDir, BACKUP_DIR);
    this.stateFile = new StateFile(deps.fs, deps.dataDir);
    this.seen = new SeenPosition(this.stateFile);
    this.idle = new LockController({
      timers: deps.timers,
      idleMs: deps.idleLockMs,
      ...(deps.liveIdleLockMs !== undefined ? { liveIdleMs: deps.liveIdleLockMs } : {}),
      onLock: (reason) => this.lock(reason),
      onWarning: (w) =>
        this.deps.emit('app.lockWarning', {
          ...w,
          live: this.idle.liveMode,
          lockAfterMinutes: this.idle.activeTimeoutMs / 60_000,
        }),
    });
  }

  /** Runs write work one at a time, in order; a failure does not block later work. */
  protected serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when queued work (saves, background compaction) has finished. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const [queue, compaction] = [this.queue, this.compaction];
      await queue;
      await compaction?.catch(() => undefined);
      if (queue === this.queue && compaction === this.compaction) {
        return;
      }
    }
  }

  /**
   * Compacts the open file without holding up saves: only the snapshot and the final switch take the save queue;
   * the new file is written between saves (docs/vault.md, "Compaction"). One at a time: a call while one runs joins
   * it (whose switch also takes in every save made meanwhile).
   */
  protected compactInBackground(s: VaultSession): Promise<void> {
    if (this.compaction) {
      return this.compaction;
    }
    const run = this.runCompaction(s).finally(() => {
      if (this.compaction === run) {
        this.compaction = null;
      }
    });
    this.compaction = run;
    return run;
  }

  private async runCompaction(s: VaultSession): Promise<void> {
    const job = await this.serial(() =>
      Promise.resolve(
        this.session === s ? s.beginCompaction(() => this.queue.then(() => undefined)) : null,
      ),
    );
    if (!job) {
      return;
    }
    let sizes: Map<string, number>;
    try {
      sizes = await s.writeCompaction(job);
    } catch (e) {
      if (e instanceof CompactionStopped) {
        return; // locked, or the file was rewritten another way meanwhile: nothing to do
      }
      throw e;
    }
    if (await this.serial(() => s.finishCompaction(job, sizes))) {
      await s.pruneOldBackups(); // outside the queue: removing an old backup holds up no save
    }
  }

  async state(): Promise<VaultState> {
    if (this.session) {
      return 'unlocked';
    }
    return (await this.deps.fs.lstat(this.path)) ? 'locked' : 'absent';
  }

  get idleLockMs(): number {
    return this.idle.idleTimeoutMs;
  }

  setIdleLockMs(ms: number): void {
    this.idle.setIdleMs(ms);
  }

  get liveIdleLockMs(): number {
    return this.idle.liveIdleTimeoutMs;
  }

  get liveMode(): boolean {
    return this.idle.liveMode;
  }

  /** Sets the idle lock in minutes: kept in the vault's settings, applied now and at every unlock. */
  async setIdleLockMinutes(minutes: number): Promise<void> {
    await this.saveMinutes(IDLE_LOCK_SETTING, IDLE_LOCK_MINUTES, minutes);
    this.idle.setIdleMs(minutes * 60_000);
  }

  /** Sets the idle lock during live mode in minutes, kept beside the normal one; bad values change nothing. */
  async setLiveIdleLockMinutes(minutes: number): Promise<void> {
    await this.saveMinutes(LIVE_IDLE_LOCK_SETTING, LIVE_IDLE_LOCK_MINUTES, minutes);
    this.idle.setLiveIdleMs(minutes * 60_000);
  }

  private async saveMinutes(key: string, range: MinutesRange, minutes: number): Promise<void> {
    if (!Number.isInteger(minutes) || minutes < range.min || minutes > range.max) {
      throw badMinutes(range);
    }
    await this.save(() => {
      const s = this.requireSession();
      s.db.data.settings[key] = deepFreeze({ minutes });
      s.adapter.touch('settings', key);
    });
  }

  /** The renderer says whether the chair is in live mode; the countdown restarts with that mode's timeout. */
  setLiveMode(live: boolean): void {
    this.requireSession();
    this.idle.setLive(live);
  }

  /** "Stay unlocked" on the warning: restarts the countdown (and ends the warning); LOCKED once it has locked. */
  stayUnlocked(): void {
    this.requireSession(); // which restarts the countdown
  }

  /** Restarts the idle countdown (the shells call it on user activity). */
  touch(): void {
    if (this.session) {
      this.idle.touch();
    }
  }

  protected async takeLock(): Promise<void> {
    if (!this.held) {
      await this.deps.fs.mkdir(this.deps.dataDir, 0o700);
      this.held = await acquireLock(this.deps.fs, join(this.deps.dataDir, LOCK_FILE), {
        shell: this.deps.shell,
        now: this.deps.clock.now(),
      });
    }
  }

  protected requireSession(): VaultSession {
    if (!this.session) {
      throw locked();
    }
    this.idle.touch();
    return this.session;
  }

  /** Opens the file, gets the data key from `getDek(header)`, verifies everything; writes nothing on failure. */
  protected async openWith(
    getDek: (header: ReturnType<typeof parseHeader>['header']) => Promise<Buffer>,
    acceptOlder = false,
  ): Promise<UnlockReport> {
    await this.takeLock();
    if (this.session) {
      throw new AppFailure('CONFLICT', 'The vault is already unlocked.');
    }
    await sweepTemps(this.deps.fs, this.deps.dataDir, VAULT_FILE);
    await sweepTemps(this.deps.fs, this.backupsDir, REMOVED_BASE); // a backup a crash left half removed
    const opened = await openVaultFile(this.deps.fs, this.path, 'r+');
    let dek: Buffer;
    const kdfStart = performance.now();
    try {
      dek = await getDek(opened.header.header);
    } catch (e) {
      await opened.fh.close().catch(() => undefined);
      throw e;
    }
    const kdfMs = performance.now() - kdfStart;
    const keys = keysFromDek(dek);
    const openStart = performance.now();
    try {
      // An older generation is refused here; the remembered end of this generation is what the scan must reach.
      const acknowledged = await this.seen.floorFor(opened.header.header, acceptOlder);
      const { session, tornBytes } = await VaultSession.open(
        {
          fs: this.deps.fs,
          path: this.path,
          backupsDir: this.backupsDir,
          clock: this.deps.clock,
          logger: this.deps.logger,
          ...(this.deps.sleep ? { sleep: this.deps.sleep } : {}),
          onRewritten: (p) => this.remember(p),
        },
        opened.fh,
        opened.size,
        opened.header,
        keys,
        acknowledged,
      );
      const warnings: string[] = [];
      if (acceptOlder) {
        await this.acceptPosition(session);
        warnings.push(OLDER_ACCEPTED);
      }
      this.session = session;
      if (tornBytes > 0) {
        this.deps.logger.info(
          'vault',
          `dropped an unfinished save at the end of the file (${tornBytes} bytes)`,
        );
        warnings.push(unfinishedSaveWarning(tornBytes));
      }
      await this.remember(session.position);
      await this.dailyBackup(session);
      // A vault that never set them gets the defaults, not the last vault's.
      const settings = session.db.data.settings;
      const idleMinutes = storedMinutes(settings[IDLE_LOCK_SETTING], IDLE_LOCK_MINUTES);
      this.idle.setIdleMs(idleMinutes !== null ? idleMinutes * 60_000 : this.deps.idleLockMs);
      const liveMinutes = storedMinutes(settings[LIVE_IDLE_LOCK_SETTING], LIVE_IDLE_LOCK_MINUTES);
      this.idle.setLiveIdleMs(
        liveMinutes !== null
          ? liveMinutes * 60_000
          : (this.deps.liveIdleLockMs ?? LIVE_IDLE_LOCK_MINUTES.default * 60_000),
      );
      this.idle.touch();
      return {
        kdfMs,
        openMs: performance.now() - openStart,
        tornBytes,
        warnings,
      };
    } catch (e) {
      keys.dek.fill(0);
      keys.entryKey.fill(0);
      keys.refKey.fill(0);
      await opened.fh.close().catch(() => undefined);
      throw e;
    }
  }

  /**
   * Work for the services to do after every unlock, outside the save queue (so it may save): for example removing
   * files a killed sign-off left. A failing hook is logged and never keeps the vault locked.
   */
  onUnlocked(hook: () => Promise<void>): void {
    this.unlockHooks.push(hook);
  }

  /** Runs the unlock hooks in order, then gives back the unlock's report. */
  protected async afterUnlock<T>(report: T): Promise<T> {
    for (const hook of this.unlockHooks) {
      try {
        await hook();
      } catch (e) {
        this.deps.logger.error('vault.unlocked', e);
      }
    }
    return report;
  }

  /** Locks now: the keys are overwritten, decrypted data dropped, the renderer told to reset ('app.locked'). */
  lock(reason: LockReason): void {
    const s = this.session;
    this.idle.stop();
    if (!s) {
      return;
    }
    this.session = null;
    // After any in-flight save, which finishes with the keys it holds; the position reached is remembered first.
    void this.serial(async () => {
      await this.remember(s.position);
      await s.close();
    });
    this.deps.emit('app.locked', { reason });
  }

  /** Locks and releases the one-writer lock; called on quit. */
  async close(): Promise<void> {
    this.lock('manual');
    await this.whenIdle();
    await this.held?.release();
    this.held = null;
  }

  /** After the typed confirmation: the opened older file becomes the newest seen, and the choice is audited. */
  private async acceptPosition(session: VaultSession): Promise<void> {
    const seen = await this.seen.seen();
    const p = session.position;
    const older = seen !== null && isOlder(p, seen);
    if (older) {
      const mark = (x: VaultPosition) => `g${x.generation}-e${x.seq}-b${x.end}`;
      const audit = session.db.data.audit;
      audit.push(
        deepFreeze(
          nextAuditEntry(
            audit[audit.length - 1],
            { actor: 'person', action: 'vault.older-accepted', ids: [mark(seen), mark(p)] },
            this.deps.clock.now(),
          ),
        ),
      );
      await session.db.write(); // on disk before the position goes down
      await this.seen.replace(session.position);
    }
  }

  /** The first unlock of each day keeps a copy of the file in backups/; a failure is logged, never blocks. */
  private async dailyBackup(session: VaultSession): Promise<void> {
    try {
      if (!(await hasBackupOn(this.deps.fs, this.backupsDir, this.deps.clock.now()))) {
        await session.backupNow();
      }
    } catch (e) {
      this.deps.logger.error('vault.backup', e);
    }
  }

  /**
   * Copies the vault as it stands into backups/ (kept per the rotation): the sign-off service calls it before it
   * signs, so the state before every sign-off can be restored.
   */
  backupNow(): Promise<string> {
    return this.serial(() => this.requireSession().backupNow());
  }

  /** Remembers the newest position of the vault (never lower); a failure is logged, never thrown. */
  protected remember(p: VaultPosition): Promise<void> {
    return this.seen.record(p).catch((e: unknown) => this.deps.logger.error('vault.state', e));
  }

  /** Forgets the remembered position (after a restore: the person chose to go back). */
  protected forgetPosition(): Promise<void> {
    return this.seen.forget().catch((e: unknown) => this.deps.logger.error('vault.state', e));
  }

  /** Applies `change` to the data and persists every changed record in one commit. */
  protected save(change: () => void, stage?: (s: VaultSession) => void): Promise<void> {
    return this.serial(async () => {
      const s = this.requireSession();
      change();
      stage?.(s);
      await s.db.write();
      if (s.shouldCompact && !this.compaction) {
        void this.compactInBackground(s).catch((e: unknown) =>
          this.deps.logger.error('vault.compact', e),
        );
      }
    });
  }

  /** Appends a hash-chained audit entry (ids and codes only) and resolves when it is on disk. */
  async appendAudit(input: AuditInput): Promise<AuditEntry> {
    let entry: AuditEntry | undefined;
    await this.save(() => {
      const audit = this.requireSession().db.data.audit;
      entry = deepFreeze(nextAuditEntry(audit[audit.length - 1], input, this.deps.clock.now()));
      audit.push(entry);
    });
    return entry!;
  }
}
