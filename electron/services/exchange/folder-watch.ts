// Watching the shared folder while the app runs: fs.watch for quick notice, and a poll of the folder's bundle names
// as the fallback (mapped drives, network shares and sync clients often deliver no change events, and fs.watch can
// fail outright). Either one calls `onChange` (debounced) when the set of bundle files changes. Only the local file
// system is read: the app opens no network connection. Rule source: docs/exchange.md (transport).
import { watch as fsWatch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { BUNDLE_NAME } from './shared-folder';

export type WatchPorts = {
  watch: (dir: string, listener: () => void) => Pick<FSWatcher, 'close' | 'on'>;
  /** The folder's bundle files with size and time (a change to either counts). */
  snapshot: (dir: string) => Promise<string>;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** The bundle files of a folder as one comparable string ("" when the folder cannot be read). */
export async function folderSnapshot(dir: string): Promise<string> {
  try {
    const names = (await readdir(dir)).filter((n) => BUNDLE_NAME.test(n)).sort();
    const parts = await Promise.all(
      names.map(async (n) => {
        const s = await stat(join(dir, n)).catch(() => null);
        return s ? `${n}:${s.size}:${s.mtimeMs}` : '';
      }),
    );
    return parts.join('|');
  } catch {
    return '';
  }
}

export const nodeWatchPorts: WatchPorts = {
  watch: (dir, listener) => fsWatch(dir, { persistent: false }, listener),
  snapshot: folderSnapshot,
  setInterval: (fn, ms) => {
    const h = setInterval(fn, ms);
    h.unref();
    return h;
  },
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export type FolderWatch = { stop: () => void; usingEvents: () => boolean };

export const POLL_MS = 15_000;
const DEBOUNCE_MS = 300;
/** How long a changed folder must stay the same before the change is reported (a bundle still being written). */
export const SETTLE_MS = 250;
/** A folder that never settles (a long copy) is reported after this many rounds anyway. */
const MAX_SETTLE_ROUNDS = 20;

/**
 * Watches `dir` and calls `onChange` after its bundle files change. The poll runs every `pollMs` whether or not
 * fs.watch works, and compares the folder's snapshot, so a change is noticed even where events never come.
 */
export function watchFolder(
  dir: string,
  onChange: () => void,
  ports: WatchPorts = nodeWatchPorts,
  pollMs = POLL_MS,
  settleMs = SETTLE_MS,
): FolderWatch {
  let stopped = false;
  let last: string | null = null;
  let debounce: unknown = null;
  let watcher: Pick<FSWatcher, 'close' | 'on'> | null = null;

  // One check at a time: on a busy machine a snapshot can outlast the poll interval, and two overlapping checks
  // finishing out of order would report one change twice (old after new reads as a change back). A check asked for
  // while one runs is done once, after it.
  let running = false;
  let again = false;
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      ports.setTimeout(resolve, ms);
    });
  // A bundle is written in more than one step (created, then filled), and a sync client or a slow share can take
  // longer; reporting each step would tell the windows twice about one bundle. So a change is reported once the
  // folder has read the same across `settleMs`, or after MAX_SETTLE_ROUNDS when it never does.
  const settled = async (first: string): Promise<string | null> => {
    let seen = first;
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
      await pause(settleMs);
      if (stopped) {
        return null;
      }
      const next = await ports.snapshot(dir);
      if (stopped) {
        return null;
      }
      if (next === seen) {
        return seen;
      }
      seen = next;
    }
    return seen;
  };
  const check = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        let now: string | null = await ports.snapshot(dir);
        if (stopped) {
          return;
        }
        if (last !== null && now !== last) {
          now = await settled(now);
          if (now === null) {
            return;
          }
          if (now !== last) {
            onChange();
          }
        }
        last = now;
      } while (again && !stopped);
    } finally {
      running = false;
    }
  };
  const soon = (): void => {
    if (debounce !== null) {
      ports.clearTimeout(debounce);
    }
    debounce = ports.setTimeout(() => {
      debounce = null;
      void check();
    }, DEBOUNCE_MS);
  };
  try {
    watcher = ports.watch(dir, soon);
    watcher.on('error', () => {
      watcher?.close();
      watcher = null; // the poll carries on alone
    });
  } catch {
    watcher = null;
  }
  void check();
  const poll = ports.setInterval(() => void check(), pollMs);
  return {
    stop: () => {
      stopped = true;
      ports.clearInterval(poll);
      if (debounce !== null) {
        ports.clearTimeout(debounce);
      }
      watcher?.close();
      watcher = null;
    },
    usingEvents: () => watcher !== null,
  };
}
