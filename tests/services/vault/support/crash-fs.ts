// CrashFs: an in-memory FsPort that models power loss, for faults F2, F3 and F10. Data written to a file becomes
// durable only on fsync of that file; create, rename, link, unlink and mkdir only on fsync of their folder.
// Rule source: docs/reliability.md §2.4 ("Fault-injecting fs shim", ALICE/LazyFS persistence model, SQLite test6.c).
import { basename, dirname } from 'node:path';

import type {
  FileHandlePort,
  FileStat,
  FsPort,
  OpenMode,
} from '../../../../electron/services/vault/fs-port';

import type { CrashState, Dir, DirOp, Entry, FileOp, Inode } from './crash-state';
import { applyDirOp, cloneState, CrashError, crashImage, fail, writeInto } from './crash-state';

export type { CrashState };
export { CrashError };

export class CrashFs implements FsPort {
  private state: CrashState;
  private nextIno = 1;
  private clock = 1;
  private ops = 0;
  private crashAt = -1;
  /** The state captured at the crash point (null until the crash happens). */
  captured: CrashState | null = null;

  constructor(roots: string[], state?: CrashState) {
    this.state = state ?? { dirs: new Map(), inodes: new Map(), roots };
    for (const r of roots) {
      if (!this.state.dirs.has(r)) {
        this.state.dirs.set(r, { live: new Map(), durable: new Map(), pending: [] });
      }
    }
    this.nextIno = Math.max(0, ...this.state.inodes.keys()) + 1;
  }

  /** Crash just before the k-th operation from now (0 = before the next one). */
  arm(k: number): void {
    this.ops = 0;
    this.crashAt = k;
    this.captured = null;
  }

  /** Operations done since arm(); run a workload unarmed-equivalent (arm(-1)) to count them. */
  get count(): number {
    return this.ops;
  }

  get crashed(): boolean {
    return this.captured !== null;
  }

  /** The disk after power loss (see crashImage): a new CrashFs whose every byte and name is durable. */
  static image(state: CrashState, seed?: number): CrashFs {
    const image = crashImage(state, seed);
    return new CrashFs(image.roots, image);
  }

  /** A copy of the current state (e.g. to rebuild the same starting disk many times). */
  snapshot(): CrashState {
    return cloneState(this.state);
  }

  private tick(): void {
    if (this.captured) {
      throw new CrashError();
    }
    if (this.ops === this.crashAt) {
      this.captured = cloneState(this.state);
      throw new CrashError();
    }
    this.ops += 1;
  }

  private dir(path: string): Dir {
    const d = this.state.dirs.get(path);
    if (!d) {
      throw fail('ENOENT', `no such directory, ${path}`);
    }
    return d;
  }

  private lookup(path: string): Entry | undefined {
    if (this.state.dirs.has(path)) {
      return { kind: 'dir' };
    }
    return this.state.dirs.get(dirname(path))?.live.get(basename(path));
  }

  private record(dir: string, o: DirOp): void {
    const d = this.dir(dir);
    applyDirOp(d.live, o);
    d.pending.push(o);
  }

  private inodeOf(path: string): { ino: number; node: Inode } {
    const e = this.lookup(path);
    if (!e) {
      throw fail('ENOENT', `no such file, ${path}`);
    }
    if (e.kind === 'dir') {
      throw fail('EISDIR', `is a directory, ${path}`);
    }
    return { ino: e.ino, node: this.state.inodes.get(e.ino)! };
  }

  private statOf(ino: number, node: Inode): FileStat {
    return {
      size: node.data.length,
      ino,
      mtimeMs: node.mtime,
      ctimeMs: node.ctime,
      mode: 0o100600,
      isFile: true,
      isDirectory: false,
      isSymbolicLink: false,
    };
  }

  private change(node: Inode, o: FileOp): void {
    node.data =
      o.op === 'write' ? writeInto(node.data, o.pos, o.data) : node.data.subarray(0, o.length);
    node.pending.push(o);
    this.clock += 1;
    node.mtime = node.ctime = this.clock;
  }

  async open(path: string, mode: OpenMode): Promise<FileHandlePort> {
    this.tick();
    let ino: number;
    if (mode === 'wx') {
      if (this.lookup(path)) {
        throw fail('EEXIST', `file already exists, ${path}`);
      }
      ino = this.nextIno++;
      this.state.inodes.set(ino, {
        data: Buffer.alloc(0),
        durable: Buffer.alloc(0),
        pending: [],
        mtime: 0,
        ctime: 0,
      });
      this.record(dirname(path), { op: 'set', name: basename(path), entry: { kind: 'file', ino } });
    } else {
      ino = this.inodeOf(path).ino;
    }
    const node = (): Inode => this.state.inodes.get(ino)!;
    const run = async <T>(fn: () => T): Promise<T> => {
      await Promise.resolve();
      this.tick();
      return fn();
    };
    return Promise.resolve<FileHandlePort>({
      read: (position, length) =>
        run(() => Buffer.from(node().data.subarray(position, position + length))),
      write: (data, position) =>
        run(() => {
          if (mode === 'r') {
            throw fail('EBADF', 'bad file descriptor');
          }
          this.change(node(), { op: 'write', pos: position, data: Buffer.from(data) });
        }),
      truncate: (length) => run(() => this.change(node(), { op: 'truncate', length })),
      sync: () =>
        run(() => {
          node().durable = Buffer.from(node().data);
          node().pending = [];
        }),
      stat: () => run(() => this.statOf(ino, node())),
      close: () => run(() => undefined),
    });
  }

  async readFile(path: string): Promise<Buffer> {
    this.tick();
    return Promise.resolve(Buffer.from(this.inodeOf(path).node.data));
  }

  async lstat(path: string): Promise<FileStat | null> {
    this.tick();
    const e = this.lookup(path);
    if (!e) {
      return Promise.resolve(null);
    }
    if (e.kind === 'dir') {
      const s = { size: 0, ino: 0, mtimeMs: 0, ctimeMs: 0, mode: 0o40700 };
      return Promise.resolve({ ...s, isFile: false, isDirectory: true, isSymbolicLink: false });
    }
    return Promise.resolve(this.statOf(e.ino, this.state.inodes.get(e.ino)!));
  }

  async rename(from: string, to: string): Promise<void> {
    this.tick();
    const { ino } = this.inodeOf(from);
    if (dirname(from) === dirname(to)) {
      this.record(dirname(from), { op: 'rename', from: basename(from), to: basename(to), ino });
    } else {
      this.record(dirname(to), { op: 'set', name: basename(to), entry: { kind: 'file', ino } });
      this.record(dirname(from), { op: 'delete', name: basename(from), ino });
    }
    return Promise.resolve();
  }

  async link(existing: string, newPath: string): Promise<void> {
    this.tick();
    const { ino, node } = this.inodeOf(existing);
    if (this.lookup(newPath)) {
      throw fail('EEXIST', `file already exists, ${newPath}`);
    }
    this.record(dirname(newPath), {
      op: 'set',
      name: basename(newPath),
      entry: { kind: 'file', ino },
    });
    this.clock += 1;
    node.ctime = this.clock;
    return Promise.resolve();
  }

  async unlink(path: string): Promise<void> {
    this.tick();
    const { ino } = this.inodeOf(path);
    this.record(dirname(path), { op: 'delete', name: basename(path), ino });
    return Promise.resolve();
  }

  async mkdir(path: string, _mode: number): Promise<void> {
    this.tick();
    if (this.state.dirs.has(path)) {
      return;
    }
    if (this.lookup(path)) {
      throw fail('EEXIST', `file already exists, ${path}`);
    }
    if (!this.state.dirs.has(dirname(path))) {
      throw fail('ENOENT', `no such directory, ${dirname(path)}`); // the data folder itself is a root
    }
    this.state.dirs.set(path, { live: new Map(), durable: new Map(), pending: [] });
    this.record(dirname(path), { op: 'set', name: basename(path), entry: { kind: 'dir' } });
    return Promise.resolve();
  }

  async readdir(path: string): Promise<string[]> {
    this.tick();
    return Promise.resolve([...this.dir(path).live.keys()]);
  }

  async syncDir(path: string): Promise<void> {
    this.tick();
    const d = this.dir(path);
    d.pending.forEach((o) => applyDirOp(d.durable, o));
    d.pending = [];
    return Promise.resolve();
  }
}
