// Rolled-back file refusal: the newest vault position this app has seen (file id, compaction generation, number of
// committed entries and committed bytes) is kept in vault-state.json. An older position of the same vault is
// refused until the person chooses (restore the newest backup, or accept the older file, typed and audited); the
// remembered position never goes down otherwise. Whoever can replace both files is not stopped. Rule source:
// docs/reliability.md §3.1 C1 (monotonic counter), §3.4 ("a rolled-back older valid file"); docs/vault.md.
import { AppFailure } from '../../../shared/ipc/result';

import type { VaultHeader } from './format';
import { ACCEPT_OLDER_PHRASE } from './phrases';
import type { StateFile } from './state-file';

/** `end`: bytes of the file up to its last commit (0 when an older app version remembered no length). */
export type VaultPosition = { fileId: string; generation: number; seq: number; end: number };

/** What the scan must find at least for this file: the remembered position of its generation. */
export type Acknowledged = { end: number; seq: number };

export { ACCEPT_OLDER_PHRASE };

export const ROLLBACK_MESSAGE =
  'This vault file is older than the one this app last saved: it holds fewer saves. It was cut short, or an ' +
  'older copy replaced it (for example a backup or sync program). Nothing was opened or changed. Restore a ' +
  'backup, look for the newer file, or, only if you are sure, accept the older file ' +
  `(type "${ACCEPT_OLDER_PHRASE}"); that choice is recorded in the audit log.`;

export const rolledBack = (): AppFailure => new AppFailure('ROLLED_BACK', ROLLBACK_MESSAGE);

function parse(v: unknown): VaultPosition | null {
  const p = v as Partial<VaultPosition> | null;
  return typeof p === 'object' &&
    p !== null &&
    typeof p.fileId === 'string' &&
    Number.isSafeInteger(p.generation) &&
    Number.isSafeInteger(p.seq)
    ? {
        fileId: p.fileId,
        generation: p.generation!,
        seq: p.seq!,
        end: Number.isSafeInteger(p.end) ? p.end! : 0,
      }
    : null;
}

/** True when `p` is an earlier state of the same vault than `seen`. */
export function isOlder(p: VaultPosition, seen: VaultPosition): boolean {
  return (
    p.fileId === seen.fileId &&
    (p.generation < seen.generation ||
      (p.generation === seen.generation && (p.seq < seen.seq || p.end < seen.end)))
  );
}

export class SeenPosition {
  constructor(private readonly state: StateFile) {}

  async seen(): Promise<VaultPosition | null> {
    return parse((await this.state.read()).seen);
  }

  /**
   * Before the file is scanned: ROLLED_BACK for an older generation of the same vault (unless `acceptOlder`), else
   * the position the scan must reach for this generation (null: nothing remembered for it).
   */
  async floorFor(header: VaultHeader, acceptOlder: boolean): Promise<Acknowledged | null> {
    const seen = await this.seen();
    if (!seen || acceptOlder || seen.fileId !== header.fileId) {
      return null;
    }
    if (header.generation < seen.generation) {
      throw rolledBack();
    }
    return header.generation === seen.generation ? { end: seen.end, seq: seen.seq } : null;
  }

  /** Remembers `p` if it is newer than (or another vault than) what was seen; never goes down. */
  async record(p: VaultPosition): Promise<void> {
    const seen = await this.seen();
    if (seen && (isOlder(p, seen) || same(p, seen))) {
      return;
    }
    await this.state.update({ seen: p });
  }

  /** The person chose this older position (typed confirmation, audited by the caller). */
  async replace(p: VaultPosition): Promise<void> {
    await this.state.update({ seen: p });
  }

  /** Forgets the position: the person restored a backup, which is older on purpose. */
  forget(): Promise<void> {
    return this.state.update({ seen: null });
  }
}

const same = (a: VaultPosition, b: VaultPosition): boolean =>
  a.fileId === b.fileId && a.generation === b.generation && a.seq === b.seq && a.end === b.end;
