// The vault service: create, unlock (passphrase or recovery key), lock, change passphrase, records, documents,
// audit. One writer per data folder. Rule source: reliability.md §2.2, §2.3, §3.1–§3.3; issue 4.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';
import type { Clock, EventSink, Logger } from '../ports';

import { Attempts } from './attempts';
import { SeenPosition } from './rollback';
import { StateFile } from './state-file';
import type { VaultPosition } from './rollback';
import type { AuditEntry, AuditInput } from './audit';
import { nextAuditEntry } from './audit';
import { BACKUP_DIR } from './backups';
import { newRecoveryKey, parseRecoveryKey } from './cipher';
import { replaceDurably, sweepTemps } from './durable-file';
import type { Sleep } from './durable-file';
import { encodeHeader, parseHeader } from './format';
import type { FsPort } from './fs-port';
import { encodeCommit } from './journal-writer';
import type { KdfPolicy } from './kdf';
import { buildHeader, keysFromDek, unlockWithPassphrase, unlockWithRecovery } from './keys';
import type { HeldLock } from './lock-file';
import { acquireLock } from './lock-file';
import type { LockReason, Timers } from './lock-controller';
import { LockController } from './lock-controller';
import { auditEntryOf } from './lowdb-adapter';
import { openVaultFile } from './open-file';
import { deepFreeze } from './safe-json';
import { VaultSession } from './session';

export const VAULT_FILE = 'vault.icpc';
export const LOCK_FILE = 'vault.lock';

export type VaultDeps = {
  dataDir: string;
  fs: FsPort;
  kdf: KdfPolicy;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  timers: Timers;
  idleLockMs: number;
  shell: string;
  sleep?: Sleep;
};

export type VaultState = 'absent' | 'locked' | 'unlocked';
/** `warnings`: plain-English notes for the person unlocking (e.g. the file is older than the one last seen). */
export type UnlockReport = { kdfMs: number; openMs: number; tornBytes: number; warnings: string[] };

const locked = (): AppFailure => new AppFailure('LOCKED', 'The vault is locked. Unlock it first.');

export class Vault {
  protected session: VaultSession | null = null;
  private held: HeldLock | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly attempts: Attempts;
  private readonly seen: SeenPosition;
  private readonly idle: LockController;
  readonly path: string;
  readonly backupsDir: string;

  constructor(readonly deps: VaultDeps) {
    this.path = join(deps.dataDir, VAULT_FILE);
    this.backupsDir = join(deps.dataDir, BACKUP_DIR);
    const stateFile = new StateFile(deps.fs, deps.dataDir);
    this.attempts = new Attempts(stateFile);
    this.seen = new SeenPosition(stateFile);
    this.idle = new LockController(deps.timers, deps.idleLockMs, (reason) => this.lock(reason));
  }

  /** Runs write work one at a time, in order; a failure does not block later work. */
  protected serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when queued work (saves, background compaction) has finished. */
  whenIdle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  async state(): Promise<VaultState> {
    if (this.session) {
      return 'unlocked';
    }
    return (await this.deps.fs.lstat(this.path)) ? 'locked' : 'absent';
  }

  retryAfterMs(): Promise<number> {
    return this.attempts.retryAfterMs(this.deps.clock.now().getTime());
  }

  get idleLockMs(): number {
    return this.idle.idleTimeoutMs;
  }

  setIdleLockMs(ms: number): void {
    this.idle.setIdleMs(ms);
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

  /** Creates a new vault; returns the recovery key, shown once. Refuses if a vault exists. */
  create(passphrase: string): Promise<{ recoveryKey: string; kdfMs: number }> {
    return this.serial(async () => {
      await this.takeLock();
      if (await this.deps.fs.lstat(this.path)) {
        throw new AppFailure('VAULT_EXISTS', 'A vault already exists in this data folder.');
      }
      await sweepTemps(this.deps.fs, this.deps.dataDir, VAULT_FILE);
      const kdf = await this.deps.kdf.calibrate();
      const dek = randomBytes(32);
      const recovery = newRecoveryKey();
      const started = performance.now();
      const header = await buildHeader({
        dek,
        passphrase,
        kdf,
        recoveryKey: recovery.bytes,
        generation: 0,
        createdAt: this.deps.clock.now().toISOString(),
      });
      const kdfMs = performance.now() - started;
      recovery.bytes.fill(0);
      const headerBytes = encodeHeader(header);
      const parsed = parseHeader(headerBytes, headerBytes.length);
      const keys = keysFromDek(dek);
      const first = nextAuditEntry(
        undefined,
        { actor: 'app', action: 'vault.created' },
        this.deps.clock.now(),
      );
      const c = encodeCommit(
        keys,
        parsed.hash,
        { end: headerBytes.length, nextSeq: 0, chainHash: parsed.hash },
        [auditEntryOf(keys.refKey, first)],
      );
      await replaceDurably(this.deps.fs, this.path, async (write) => {
        await write(headerBytes);
        await write(c.bytes);
      });
      await this.openWith(async () => Promise.resolve(Buffer.from(dek)));
      dek.fill(0);
      return { recoveryKey: recovery.text, kdfMs };
    });
  }

  /** Opens the file, gets the data key from `getDek(header)`, verifies everything; writes nothing on failure. */
  protected async openWith(
    getDek: (header: ReturnType<typeof parseHeader>['header']) => Promise<Buffer>,
  ): Promise<UnlockReport> {
    await this.takeLock();
    if (this.session) {
      throw new AppFailure('CONFLICT', 'The vault is already unlocked.');
    }
    await sweepTemps(this.deps.fs, this.deps.dataDir, VAULT_FILE);
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
      );
      this.session = session;
      if (tornBytes > 0) {
        this.deps.logger.info(
          'vault',
          `dropped an unfinished save at the end of the file (${tornBytes} bytes)`,
        );
      }
      const rollback = await this.seen.open(session.position).catch((e: unknown) => {
        this.deps.logger.error('vault.state', e); // the warning is a courtesy: never block an unlock on it
        return null;
      });
      if (rollback) {
        this.deps.logger.info('vault', 'opened a vault file older than the one last seen');
      }
      this.idle.touch();
      return {
        kdfMs,
        openMs: performance.now() - openStart,
        tornBytes,
        warnings: rollback ? [rollback] : [],
      };
    } catch (e) {
      keys.dek.fill(0);
      keys.entryKey.fill(0);
      keys.refKey.fill(0);
      await opened.fh.close().catch(() => undefined);
      throw e;
    }
  }

  /** Unlocks with the passphrase. RATE_LIMITED (before the KDF) after 5 wrong attempts; WRONG_PASSPHRASE; CORRUPT. */
  unlock(passphrase: string): Promise<UnlockReport> {
    return this.serial(async () => {
      const now = () => this.deps.clock.now().getTime();
      await this.attempts.check(now());
      try {
        const report = await this.openWith((h) =>
          unlockWithPassphrase(h, passphrase, this.deps.kdf),
        );
        await this.attempts.reset();
        return report;
      } catch (e) {
        if (e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE') {
          await this.attempts.recordFailure(now());
        }
        throw e;
      }
    });
  }

  /** Unlocks with the printed recovery key and sets a new passphrase (rewrap, recalibrate). */
  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<UnlockReport> {
    const report = await this.serial(async () => {
      const now = this.deps.clock.now().getTime();
      await this.attempts.check(now);
      const key = parseRecoveryKey(recoveryKey);
      try {
        if (!key) {
          throw new AppFailure(
            'WRONG_PASSPHRASE',
            'That is not a recovery key (8 groups of 4 characters).',
          );
        }
        const r = await this.openWith((h) => Promise.resolve(unlockWithRecovery(h, key)));
        await this.attempts.reset();
        return r;
      } catch (e) {
        if (e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE') {
          await this.attempts.recordFailure(now);
        }
        throw e;
      } finally {
        key?.fill(0);
      }
    });
    await this.rewrap(newPassphrase, 'vault.recovered');
    return report;
  }

  /** Checks the current passphrase, then rewraps the data key under the new one with fresh calibration. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const s = this.requireSession();
    const dek = await unlockWithPassphrase(s.header.header, current, this.deps.kdf).catch(
      (e: unknown) => {
        throw e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE'
          ? new AppFailure('WRONG_PASSPHRASE', 'The current passphrase is not right.')
          : e;
      },
    );
    const same = dek.equals(s.keys.dek);
    dek.fill(0);
    if (!same) {
      throw new AppFailure('CORRUPT', 'The vault header does not match the open vault.');
    }
    await this.rewrap(next, 'vault.passphrase-changed');
  }

  private async rewrap(passphrase: string, action: string): Promise<void> {
    await this.appendAudit({ actor: 'app', action });
    await this.serial(async () => {
      const s = this.requireSession();
      const kdf = await this.deps.kdf.calibrate();
      const h = s.header.header;
      const header = await buildHeader({
        dek: s.keys.dek,
        passphrase,
        kdf,
        recoveryKey: Buffer.alloc(0),
        recoveryWrap: h.wraps.recovery,
        fileId: h.fileId,
        generation: h.generation + 1,
        createdAt: h.createdAt,
      });
      await s.compact(s.adapter.persisted, header);
    });
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

  /** Remembers the newest position of the vault (rollback warning); a failure is logged, never thrown. */
  protected remember(p: VaultPosition): Promise<void> {
    return this.seen.record(p).catch((e: unknown) => this.deps.logger.error('vault.state', e));
  }

  /** Forgets the remembered position (after a restore, which goes back on purpose). */
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
      if (s.shouldCompact) {
        void this.serial(() => (this.session === s ? s.compact() : Promise.resolve()));
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
