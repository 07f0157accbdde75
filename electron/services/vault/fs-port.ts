// The only file-system calls the vault makes, behind a small port so tests can inject faults (F2–F7).
// Rule source: docs/reliability.md §2.3 ("What a careful adapter must add") and §2.4 (fault-injecting fs shim).
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';

export type FileStat = {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  mode: number;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
};

export type FileHandlePort = {
  /** Reads up to `length` bytes at `position` into a new buffer; a short result means end of file. */
  read: (position: number, length: number) => Promise<Buffer>;
  /** Writes every byte of `data` at `position`. */
  write: (data: Uint8Array, position: number) => Promise<void>;
  truncate: (length: number) => Promise<void>;
  sync: () => Promise<void>;
  stat: () => Promise<FileStat>;
  close: () => Promise<void>;
};

/** 'r' read only; 'r+' read and write an existing file; 'wx' create exclusively (O_CREAT|O_EXCL), mode 0600. */
export type OpenMode = 'r' | 'r+' | 'wx';

export type FsPort = {
  open: (path: string, mode: OpenMode) => Promise<FileHandlePort>;
  readFile: (path: string) => Promise<Buffer>;
  /** lstat; null when the path does not exist. */
  lstat: (path: string) => Promise<FileStat | null>;
  rename: (from: string, to: string) => Promise<void>;
  link: (existing: string, newPath: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  mkdir: (path: string, mode: number) => Promise<void>;
  readdir: (path: string) => Promise<string[]>;
  /** fsync of a directory, so a create, rename or unlink in it is durable. */
  syncDir: (path: string) => Promise<void>;
};

function toStat(s: Stats): FileStat {
  return {
    size: s.size,
    ino: s.ino,
    mtimeMs: s.mtimeMs,
    ctimeMs: s.ctimeMs,
    mode: s.mode,
    isFile: s.isFile(),
    isDirectory: s.isDirectory(),
    isSymbolicLink: s.isSymbolicLink(),
  };
}

const OPEN_FLAGS: Record<OpenMode, number> = {
  r: constants.O_RDONLY,
  'r+': constants.O_RDWR,
  // O_NOFOLLOW: a symlink planted at a temp name is refused, never followed (docs/reliability.md §3.4).
  wx: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
};

/** The real file system (node:fs/promises). */
export const nodeFs: FsPort = {
  open: async (path, mode) => {
    const fh = await fsp.open(path, OPEN_FLAGS[mode], 0o600);
    return {
      read: async (position, length) => {
        const buffer = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await fh.read(buffer, done, length - done, position + done);
          if (bytesRead === 0) {
            break;
          }
          done += bytesRead;
        }
        return done === length ? buffer : buffer.subarray(0, done);
      },
      write: async (data, position) => {
        let done = 0;
        while (done < data.byteLength) {
          const { bytesWritten } = await fh.write(
            data,
            done,
            data.byteLength - done,
            position + done,
          );
          done += bytesWritten;
        }
      },
      truncate: (length) => fh.truncate(length),
      sync: () => fh.sync(),
      stat: async () => toStat(await fh.stat()),
      close: () => fh.close(),
    };
  },
  readFile: (path) => fsp.readFile(path),
  lstat: async (path) => {
    try {
      return toStat(await fsp.lstat(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        return null;
      }
      throw e;
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path, mode) => {
    await fsp.mkdir(path, { recursive: true, mode });
  },
  readdir: (path) => fsp.readdir(path),
  syncDir: async (path) => {
    if (process.platform === 'win32') {
      return; // Windows cannot fsync a directory (EPERM); documented residual risk in docs/vault.md.
    }
    const fh = await fsp.open(path, constants.O_RDONLY);
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
};
