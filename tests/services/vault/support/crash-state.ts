// The state behind CrashFs (durable and pending bytes and names) and how a crash image is built from it.
// Rule source: docs/reliability.md §2.4 (ALICE/LazyFS persistence model; SQLite test6.c sector garbling).
export type Entry = { kind: 'file'; ino: number } | { kind: 'dir' };
export type DirOp =
  | { op: 'set'; name: string; entry: Entry }
  | { op: 'delete'; name: string; ino: number }
  | { op: 'rename'; from: string; to: string; ino: number };
export type FileOp =
  { op: 'write'; pos: number; data: Buffer } | { op: 'truncate'; length: number };
export type Inode = {
  data: Buffer;
  durable: Buffer;
  pending: FileOp[];
  mtime: number;
  ctime: number;
};
export type Dir = { live: Map<string, Entry>; durable: Map<string, Entry>; pending: DirOp[] };

/** Everything the disk and the page cache hold at one instant. */
export type CrashState = { dirs: Map<string, Dir>; inodes: Map<number, Inode>; roots: string[] };

/** Thrown by every operation from the crash point on: the process is gone. */
export class CrashError extends Error {
  constructor() {
    super('simulated power loss');
  }
}

/** Seeded PRNG (mulberry32), so every crash image can be rebuilt from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTOR = 512;
export const fail = (code: string, what: string): Error =>
  Object.assign(new Error(`${code}: ${what}`), { code });

export function cloneState(s: CrashState): CrashState {
  const dirs = new Map<string, Dir>();
  for (const [p, d] of s.dirs) {
    dirs.set(p, { live: new Map(d.live), durable: new Map(d.durable), pending: [...d.pending] });
  }
  const inodes = new Map<number, Inode>();
  for (const [i, n] of s.inodes) {
    inodes.set(i, { ...n, data: Buffer.from(n.data), pending: [...n.pending] });
  }
  return { dirs, inodes, roots: [...s.roots] };
}

export function applyDirOp(entries: Map<string, Entry>, o: DirOp): void {
  const owns = (name: string, ino: number): boolean => {
    const e = entries.get(name);
    return e?.kind === 'file' && e.ino === ino;
  };
  if (o.op === 'set') {
    entries.set(o.name, o.entry);
  } else if (o.op === 'delete') {
    if (owns(o.name, o.ino)) {
      entries.delete(o.name);
    }
  } else {
    if (owns(o.from, o.ino)) {
      entries.delete(o.from);
    }
    entries.set(o.to, { kind: 'file', ino: o.ino });
  }
}

export function writeInto(buf: Buffer, pos: number, data: Buffer): Buffer {
  const out =
    pos + data.length > buf.length
      ? Buffer.concat([buf, Buffer.alloc(pos + data.length - buf.length)])
      : buf;
  data.copy(out, pos);
  return out;
}

/** A file's content after a crash: the durable bytes plus, with `random`, a random subset of pending operations,
 * each written sector applied, dropped (zeros past the old end) or garbled. Bytes outside a write are never
 * touched (powersafe overwrite, as SQLite assumes by default). */
function crashedContent(n: Inode, random?: () => number): Buffer {
  let out: Buffer = Buffer.from(n.durable);
  if (!random) {
    return out;
  }
  for (const o of n.pending) {
    if (random() < 1 / 3) {
      continue; // this operation never reached the disk
    }
    if (o.op === 'truncate') {
      out = out.subarray(0, Math.min(out.length, o.length));
      continue;
    }
    let reached = -1;
    const parts: [number, Buffer][] = [];
    for (let s = o.pos; s < o.pos + o.data.length; s = (Math.floor(s / SECTOR) + 1) * SECTOR) {
      const e = Math.min(o.pos + o.data.length, (Math.floor(s / SECTOR) + 1) * SECTOR);
      const roll = random();
      if (roll < 0.5) {
        parts.push([s, o.data.subarray(s - o.pos, e - o.pos)]);
      } else if (roll < 0.75) {
        parts.push([
          s,
          Buffer.from(Array.from({ length: e - s }, () => Math.floor(random() * 256))),
        ]);
      } else {
        continue; // dropped
      }
      reached = e;
    }
    if (reached > out.length) {
      out = Buffer.concat([out, Buffer.alloc(reached - out.length)]);
    }
    for (const [at, bytes] of parts) {
      out = writeInto(out, at, bytes);
    }
  }
  return out;
}

/**
 * The disk after power loss: durable data only, or with `seed` a random subset of pending directory operations
 * (in order or shuffled) and of pending writes (sector-garbled). Folders whose own entry was not durable vanish.
 */
export function crashImage(state: CrashState, seed?: number): CrashState {
  const random = seed === undefined ? undefined : rng(seed);
  const dirs = new Map<string, Dir>();
  const entriesOf = new Map<string, Map<string, Entry>>();
  for (const [p, d] of state.dirs) {
    const entries = new Map(d.durable);
    if (random) {
      const ops = d.pending.filter(() => random() < 0.5);
      if (random() < 0.5) {
        ops.sort(() => random() - 0.5);
      }
      ops.forEach((o) => applyDirOp(entries, o));
    }
    entriesOf.set(p, entries);
  }
  const inodes = new Map<number, Inode>();
  const visit = (p: string): void => {
    const entries = entriesOf.get(p) ?? new Map<string, Entry>();
    dirs.set(p, { live: new Map(entries), durable: new Map(entries), pending: [] });
    for (const [name, e] of entries) {
      if (e.kind === 'dir') {
        visit(`${p}/${name}`);
      } else if (!inodes.has(e.ino)) {
        const n = state.inodes.get(e.ino)!;
        const data = crashedContent(n, random);
        inodes.set(e.ino, { data, durable: Buffer.from(data), pending: [], mtime: 1, ctime: 1 });
      }
    }
  };
  state.roots.forEach(visit);
  return { dirs, inodes, roots: [...state.roots] };
}
