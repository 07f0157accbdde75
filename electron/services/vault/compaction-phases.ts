// The file work of a compaction's last two phases (docs/vault.md, "Compaction"; docs/reliability.md §3.3): writing
// the new file from the snapshot outside the save queue, carrying saves made meanwhile into it, and installing it.
// The session keeps the switch of its own state (writer, header, document locations, garbage counters).
import type { Clock, Logger } from '../ports';

import { linkBackup } from './backups';
import { appendCommits, writeCompactedBody } from './compaction';
import type { CompactedBody } from './compaction';
import { recordsOf } from './compaction-job';
import type { CompactionJob } from './compaction-job';
import type { Sleep } from './durable-file';
import type { FsPort } from './fs-port';
import type { WrittenEntry } from './journal-writer';
import type { VaultKeys } from './keys';

/** A compaction carries saves made meanwhile into its new file before the switch while more than this is left. */
const CATCH_UP_BYTES = 64 * 1024;
const CATCH_UP_ROUNDS = 4;

export type PhaseDeps = {
  fs: FsPort;
  path: string;
  backupsDir: string;
  clock: Clock;
  logger: Logger;
  sleep?: Sleep;
  keys: VaultKeys;
  /** A document's plaintext, or a damaged document's stored bytes as they are. */
  readBlob: (id: string) => Promise<Buffer | { kept: { ciphertext: Buffer; tag: Buffer } }>;
};

/**
 * Phase 2: the new file written from the snapshot and synced under a temp name; then, while more than 64 KB of
 * saves made meanwhile is waiting, they are appended to it (up to 4 rounds). Returns each record's size by ref.
 */
export async function writeJob(job: CompactionJob, deps: PhaseDeps): Promise<Map<string, number>> {
  const { records, sizes } = await recordsOf(job.snapshot, deps.keys.refKey, job.pace);
  job.body = await writeCompactedBody({
    fs: deps.fs,
    path: deps.path,
    keys: deps.keys,
    header: job.header,
    blobs: job.blobs,
    readBlob: deps.readBlob,
    records,
    pace: job.pace,
  });
  job.bodyEnd = job.body.state.end;
  for (let round = 0; round < CATCH_UP_ROUNDS && job.tailBytes > CATCH_UP_BYTES; round += 1) {
    job.carried.push(...(await appendCommits(job.body, deps.keys, job.tail.splice(0))));
    await job.body.temp.sync();
    await job.pace();
  }
  return sizes;
}

/**
 * Phase 3's file work, in the save queue: the commits acknowledged since the snapshot appended to the new file in
 * order, then fsync, the old file (`generation`) linked into backups/, rename and folder fsync. Returns what every
 * carried commit wrote, for the session's bookkeeping.
 */
export async function installJob(
  job: CompactionJob,
  body: CompactedBody,
  generation: number,
  deps: PhaseDeps,
): Promise<WrittenEntry[][]> {
  const { fs, path, backupsDir, clock } = deps;
  let tail: WrittenEntry[][];
  try {
    tail = [...job.carried, ...(await appendCommits(body, deps.keys, job.tail))];
  } catch (e) {
    await job.abandon();
    throw e;
  }
  await body.temp.install({
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    beforeRename: async () => {
      try {
        await linkBackup(fs, path, backupsDir, generation, clock.now());
      } catch (e) {
        deps.logger.error('vault.backup', e); // a missing backup must not block a save
      }
    },
  });
  return tail;
}
