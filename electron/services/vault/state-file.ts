// vault-state.json, the small unencrypted file beside the vault: the wrong-passphrase count (K5) and the newest
// vault position this app has seen (rollback warning). Counts, times and random ids only, never personal data.
// Written durably and merged, so each user of it keeps the other's fields. Rule source: docs/reliability.md §3.2 K5, §3.4.
import { join } from 'node:path';

import { replaceDurably } from './durable-file';
import type { FsPort } from './fs-port';

export const STATE_FILE = 'vault-state.json';

export class StateFile {
  constructor(
    private readonly fs: FsPort,
    private readonly dataDir: string,
  ) {}

  get path(): string {
    return join(this.dataDir, STATE_FILE);
  }

  /** The fields in the file; an absent or unreadable file reads as empty (it holds nothing that must survive). */
  async read(): Promise<Record<string, unknown>> {
    try {
      const v: unknown = JSON.parse((await this.fs.readFile(this.path)).toString('utf8'));
      return typeof v === 'object' && v !== null && !Array.isArray(v)
        ? (v as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }

  /** Replaces the given fields, keeping the others. */
  async update(patch: Record<string, unknown>): Promise<void> {
    const next = { ...(await this.read()), ...patch };
    await replaceDurably(this.fs, this.path, (write) =>
      write(Buffer.from(JSON.stringify(next), 'utf8')),
    );
  }
}
