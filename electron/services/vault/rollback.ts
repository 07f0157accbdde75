// Rolled-back file detection: the newest vault position this app has seen (file id, compaction generation, number
// of committed entries) is kept in vault-state.json; opening an older position of the same vault warns, since an
// older copy may have replaced the file (a backup or sync program). Detection only: whoever can replace both files
// is not stopped. Rule source: reliability.md §3.1 C1 (monotonic counter), §3.4 ("a rolled-back older valid file").
import type { StateFile } from './state-file';

export type VaultPosition = { fileId: string; generation: number; seq: number };

export const ROLLBACK_WARNING =
  'This vault file is older than the one this app last opened: it holds fewer saves. An older copy may have ' +
  'replaced it (for example a backup or sync program). Check that your recent work is here before you carry on; ' +
  'if it is not, close the app and look for the newer file.';

function parse(v: unknown): VaultPosition | null {
  const p = v as Partial<VaultPosition> | null;
  return typeof p === 'object' &&
    p !== null &&
    typeof p.fileId === 'string' &&
    Number.isSafeInteger(p.generation) &&
    Number.isSafeInteger(p.seq)
    ? { fileId: p.fileId, generation: p.generation!, seq: p.seq! }
    : null;
}

/** True when `p` is an earlier state of the same vault than `seen`. */
export function isOlder(p: VaultPosition, seen: VaultPosition): boolean {
  return (
    p.fileId === seen.fileId &&
    (p.generation < seen.generation || (p.generation === seen.generation && p.seq < seen.seq))
  );
}

export class SeenPosition {
  constructor(private readonly state: StateFile) {}

  /** The warning to show for opening `p`, or null; then remembers `p` as the newest seen. */
  async open(p: VaultPosition): Promise<string | null> {
    const seen = parse((await this.state.read()).seen);
    await this.record(p, seen);
    return seen && isOlder(p, seen) ? ROLLBACK_WARNING : null;
  }

  /** Remembers `p` (after saves and compactions); writes only when it changed. */
  async record(p: VaultPosition, known?: VaultPosition | null): Promise<void> {
    const seen = known === undefined ? parse((await this.state.read()).seen) : known;
    if (
      !seen ||
      seen.fileId !== p.fileId ||
      seen.generation !== p.generation ||
      seen.seq !== p.seq
    ) {
      await this.state.update({ seen: p });
    }
  }

  /** Forgets the position: a restored backup is older on purpose. */
  forget(): Promise<void> {
    return this.state.update({ seen: null });
  }
}
