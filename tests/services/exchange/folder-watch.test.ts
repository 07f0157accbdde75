// Watching the shared folder (docs/exchange.md, transport): the poll notices a change where no file-system event
// comes (fs.watch failing, or silent on a network share), fs.watch notices it without waiting for the poll, nothing
// is reported when nothing changed or after stop; and the exchange service counts the folder's new bundles for this
// vault, tells the windows ('exchange.inbox-changed') and stops watching on lock.
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  folderSnapshot,
  nodeWatchPorts,
  watchFolder,
} from '../../../electron/services/exchange/folder-watch';
import type { WatchPorts } from '../../../electron/services/exchange/folder-watch';
import { aDocumentConference } from '../../fixtures/documents';

import { introduce, member } from './support';

const dirs: string[] = [];
const newDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'icpc-watch-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) {
    await rm(d, { recursive: true, force: true });
  }
});

const BUNDLE = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000.icpcx`;

/** Ports whose watch always fails: only the poll can notice a change. */
const pollOnly: WatchPorts = {
  ...nodeWatchPorts,
  watch: () => {
    throw new Error('watch not supported here');
  },
};

describe('watchFolder', () => {
  it('falls back to the poll when fs.watch fails, and reports each change once', async () => {
    const dir = await newDir();
    const onChange = vi.fn();
    const w = watchFolder(dir, onChange, pollOnly, 40);
    expect(w.usingEvents()).toBe(false);
    await new Promise((r) => setTimeout(r, 120));
    expect(onChange).not.toHaveBeenCalled();
    await writeFile(join(dir, BUNDLE(1)), 'x');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 150));
    expect(onChange).toHaveBeenCalledTimes(1);
    await writeFile(join(dir, 'notes.txt'), 'not a bundle');
    await new Promise((r) => setTimeout(r, 150));
    expect(onChange).toHaveBeenCalledTimes(1);
    w.stop();
    await writeFile(join(dir, BUNDLE(2)), 'y');
    await new Promise((r) => setTimeout(r, 150));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a bundle written in steps once, when it has settled', async () => {
    // writeToFolder creates the file and then fills it; a poll between the two used to report the bundle twice.
    const dir = await newDir();
    const onChange = vi.fn();
    const w = watchFolder(dir, onChange, pollOnly, 20, 200);
    await new Promise((r) => setTimeout(r, 60));
    const handle = await open(join(dir, BUNDLE(5)), 'wx');
    await new Promise((r) => setTimeout(r, 80)); // several polls see it empty
    await handle.writeFile('first part');
    await new Promise((r) => setTimeout(r, 80));
    await handle.writeFile(' and the rest');
    await handle.close();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 400));
    expect(onChange).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it('reports a change once when a slow snapshot is overtaken by the next poll', async () => {
    // Snapshots resolve only when the test says: the first (the folder before) is held back while the poll asks
    // again, so a second check would read the new folder first and the old one after it.
    const pending: ((value: string) => void)[] = [];
    let tick: () => void = () => undefined;
    const ports: WatchPorts = {
      ...pollOnly,
      snapshot: () => new Promise<string>((resolve) => pending.push(resolve)),
      setInterval: (fn) => {
        tick = fn;
        return 1;
      },
      clearInterval: () => undefined,
    };
    const onChange = vi.fn();
    const w = watchFolder('/fictional/folder', onChange, ports, 40);
    pending.shift()!('before'); // the first check: the folder as it was
    await Promise.resolve();
    tick(); // a poll: its snapshot is slow…
    tick(); // …and another poll asks while it runs
    expect(pending).toHaveLength(1); // one check at a time
    pending.shift()!('after');
    await vi.waitFor(() => expect(pending).toHaveLength(1)); // the check asked for meanwhile runs next
    pending.shift()!('after');
    await new Promise((r) => setTimeout(r, 10));
    expect(onChange).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it('notices a new bundle through fs.watch long before the poll would', async () => {
    const dir = await newDir();
    const onChange = vi.fn();
    const w = watchFolder(dir, onChange, nodeWatchPorts, 60_000);
    expect(w.usingEvents()).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(join(dir, BUNDLE(3)), 'z');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 3000 });
    w.stop();
  });

  it('reads an unreachable folder as empty rather than failing', async () => {
    expect(await folderSnapshot(join(tmpdir(), 'no-such-folder-icpc'))).toBe('');
  });
});

describe('the exchange service watches the shared folder', () => {
  it('counts the new bundles for this vault, says so, and stops on lock', async () => {
    const events: unknown[] = [];
    const mt = await member('minute-taker');
    const chair = await member('chair', undefined, (event, payload) => {
      if (event === 'exchange.inbox-changed') {
        events.push(payload);
      }
    });
    try {
      await introduce([mt, chair]);
      const folder = await newDir();
      for (const m of [mt, chair]) {
        await m.services.exchange.setFolder(folder);
      }
      expect(await chair.services.exchange.folderStatus()).toEqual({
        folder,
        newBundles: 0,
        watch: 'events-and-poll',
      });
      const c = aDocumentConference();
      await mt.services.vault.put('conferences', c.id, {
        revision: 1,
        savedAt: '2026-01-06T09:00:00.000Z',
        status: 'awaiting-sign-off',
        conference: c,
      });
      const sent = await mt.services.exchange.sendToFolder({
        kind: 'draft-conference',
        conferenceId: c.id,
        to: [chair.fingerprint],
      });
      await vi.waitFor(() => expect(events.at(-1)).toEqual({ newBundles: 1 }), { timeout: 5000 });
      // The minute-taker's own bundle is not new for them.
      expect((await mt.services.exchange.folderStatus()).newBundles).toBe(0);
      await chair.services.exchange.receiveFromFolder(sent.fileName);
      await vi.waitFor(() => expect(events.at(-1)).toEqual({ newBundles: 0 }), { timeout: 5000 });
      await chair.services.lock('manual');
      const seen = events.length;
      await writeFile(join(folder, BUNDLE(4)), 'after lock');
      await new Promise((r) => setTimeout(r, 800));
      expect(events.length).toBe(seen);
    } finally {
      await mt.cleanup();
      await chair.cleanup();
    }
  });
});
