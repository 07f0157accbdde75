// Contract of the vault.* channels: create, unlock (passphrase or recovery key), lock, change passphrase, backups.
// Rule source: docs/architecture.md §3.4; docs/reliability.md §3.2 (K4 length, K5 delay). Passphrases are never logged or echoed.
import { z } from 'zod';

import { MIN_PASSPHRASE_LENGTH } from '../../security/passphrase-strength';

/** The idle lock can be set between 1 minute and 1 hour (default 5: docs/reliability.md §3.2 K7). */
export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
/** While the chair is in live mode the idle lock waits longer: 1 minute to 2 hours, default 20 (docs/vault.md). */
export const LIVE_IDLE_LOCK_MINUTES = { min: 1, max: 120, default: 20 } as const;

const minutesIn = (r: { min: number; max: number }) =>
  z
    .number()
    .int('Give a whole number of minutes.')
    .min(r.min, `Give at least ${r.min} minute.`)
    .max(r.max, `Give at most ${r.max} minutes.`);

/** At least 12 characters (docs/reliability.md §3.2 K4); 1,024 at most. */
export const NewPassphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  .max(1024);
const PassphraseSchema = z.string().min(1).max(1024);
const UnlockReportSchema = z.strictObject({
  kdfMs: z.number(),
  openMs: z.number(),
  /** Bytes of an unfinished save dropped from the end of the file (0 normally). */
  tornBytes: z.number().int().min(0),
  /** Plain-English notes to show before carrying on, e.g. that the file is older than the one last opened. */
  warnings: z.array(z.string().max(1000)).max(10),
});
const BackupSchema = z.strictObject({
  id: z.string(),
  generation: z.number().int(),
  createdAt: z.string(),
  size: z.number().int(),
});

export const vaultContract = {
  'vault.status': {
    input: z.strictObject({}),
    output: z.strictObject({
      state: z.enum(['absent', 'locked', 'unlocked']),
      idleLockMinutes: z.number(),
      liveIdleLockMinutes: z.number(),
      retryAfterSeconds: z.number().int().min(0),
    }),
  },
  'vault.create': {
    input: z.strictObject({ passphrase: NewPassphraseSchema }),
    /** The recovery key is returned here once and never again. */
    output: z.strictObject({ recoveryKey: z.string(), kdfMs: z.number() }),
  },
  'vault.unlock': {
    input: z.strictObject({ passphrase: PassphraseSchema }),
    output: UnlockReportSchema,
  },
  'vault.unlockWithRecoveryKey': {
    input: z.strictObject({
      recoveryKey: z.string().min(1).max(200),
      newPassphrase: NewPassphraseSchema,
    }),
    output: UnlockReportSchema,
  },
  /** Opens a file older than the one last saved: the person typed the confirmation phrase; audited. */
  'vault.acceptOlder': {
    input: z.strictObject({ passphrase: PassphraseSchema, confirmation: z.string().max(100) }),
    output: UnlockReportSchema,
  },
  'vault.lock': {
    input: z.strictObject({}),
    output: z.strictObject({ state: z.literal('locked') }),
  },
  'vault.changePassphrase': {
    input: z.strictObject({ current: PassphraseSchema, next: NewPassphraseSchema }),
    output: z.strictObject({ changed: z.literal(true) }),
  },
  'vault.backups': {
    input: z.strictObject({}),
    output: z.strictObject({ backups: z.array(BackupSchema) }),
  },
  'vault.restoreBackup': {
    input: z.strictObject({ passphrase: PassphraseSchema, id: z.string().max(100).optional() }),
    output: z.strictObject({ restored: BackupSchema }),
  },
  /** Minutes without use before the vault locks itself; kept in the vault, so it needs the vault unlocked. */
  'vault.setIdleLock': {
    input: z.strictObject({ minutes: minutesIn(IDLE_LOCK_MINUTES) }),
    output: z.strictObject({ idleLockMinutes: z.number() }),
  },
  /** The same while the chair is in live mode (kept beside it in the vault). */
  'vault.setLiveIdleLock': {
    input: z.strictObject({ minutes: minutesIn(LIVE_IDLE_LOCK_MINUTES) }),
    output: z.strictObject({ liveIdleLockMinutes: z.number() }),
  },
  /** The renderer tells main when the chair enters (true) or leaves (false) live mode; the countdown restarts. */
  'vault.setLiveMode': {
    input: z.strictObject({ live: z.boolean() }),
    output: z.strictObject({ live: z.boolean(), lockAfterMinutes: z.number() }),
  },
  /** "Stay unlocked" on the lock warning: the idle countdown starts again. */
  'vault.stayUnlocked': {
    input: z.strictObject({}),
    output: z.strictObject({ lockAfterMinutes: z.number() }),
  },
  /**
   * Reads and authenticates every stored document; each damaged one with its conference (in words) and the newest
   * backup that has it intact (docs/vault.md, "One damaged document").
   */
  'vault.damagedDocuments': {
    input: z.strictObject({}),
    output: z.strictObject({
      checked: z.number().int().min(0),
      damaged: z.array(
        z.strictObject({
          documentId: z.string(),
          conference: z.string().nullable(),
          intactBackup: BackupSchema.nullable(),
        }),
      ),
    }),
  },
} as const;
