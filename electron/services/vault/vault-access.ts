// Getting into the vault: create (recovery key shown once), unlock with the passphrase (escalating delay after
// wrong attempts) or the recovery key, and change the passphrase (rewrap under a recalibrated key). Rule source:
// docs/reliability.md §2.2, §3.1 C2–C4, §3.2 K1–K5; docs/vault.md.
import { randomBytes } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

import { Attempts } from './attempts';
import { nextAuditEntry } from './audit';
import { newRecoveryKey, parseRecoveryKey } from './cipher';
import { replaceDurably, sweepTemps } from './durable-file';
import { commitSpan, encodeHeader, parseHeader } from './format';
import { encodeCommit } from './journal-writer';
import { buildHeader, keysFromDek, unlockWithPassphrase, unlockWithRecovery } from './keys';
import { auditEntryOf } from './lowdb-adapter';
import { ACCEPT_OLDER_PHRASE } from './rollback';
import type { UnlockReport, VaultDeps } from './vault';
import { Vault, VAULT_FILE } from './vault';

export class VaultAccess extends Vault {
  private readonly attempts: Attempts;

  constructor(deps: VaultDeps) {
    super(deps);
    this.attempts = new Attempts(this.stateFile);
  }

  /** Milliseconds before another passphrase may be tried (0 = now). */
  retryAfterMs(): Promise<number> {
    return this.attempts.retryAfterMs(this.deps.clock.now().getTime());
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
      const keys = keysFromDek(dek);
      const first = nextAuditEntry(
        undefined,
        { actor: 'app', action: 'vault.created' },
        this.deps.clock.now(),
      );
      const firstEntry = auditEntryOf(keys.refKey, first);
      header.base = { bytes: commitSpan([firstEntry.plaintext.byteLength]), entries: 1 };
      const headerBytes = encodeHeader(header);
      const parsed = parseHeader(headerBytes, headerBytes.length);
      const c = encodeCommit(
        keys,
        parsed.hash,
        { end: headerBytes.length, nextSeq: 0, chainHash: parsed.hash },
        [firstEntry],
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

  /** Unlocks with the passphrase. RATE_LIMITED (before the KDF) after 5 wrong attempts; WRONG_PASSPHRASE; CORRUPT. */
  unlock(passphrase: string): Promise<UnlockReport> {
    return this.unlockOnce(passphrase).then((r) => this.afterUnlock(r));
  }

  private unlockOnce(passphrase: string): Promise<UnlockReport> {
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

  /**
   * Opens a file older than the one this app last saved, after the person typed the confirmation phrase; the
   * choice is written to the audit log and the older file becomes the newest seen.
   */
  acceptOlderFile(passphrase: string, confirmation: string): Promise<UnlockReport> {
    if (confirmation.trim().toLowerCase() !== ACCEPT_OLDER_PHRASE) {
      return Promise.reject(
        new AppFailure(
          'BAD_INPUT',
          `Type "${ACCEPT_OLDER_PHRASE}" to confirm that you want to use the older file.`,
        ),
      );
    }
    return this.serial(async () => {
      const now = () => this.deps.clock.now().getTime();
      await this.attempts.check(now());
      try {
        const report = await this.openWith(
          (h) => unlockWithPassphrase(h, passphrase, this.deps.kdf),
          true,
        );
        await this.attempts.reset();
        return report;
      } catch (e) {
        if (e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE') {
          await this.attempts.recordFailure(now());
        }
        throw e;
      }
    }).then((r) => this.afterUnlock(r));
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
    return this.afterUnlock(report);
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
}
