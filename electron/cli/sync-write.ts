// Output of the light front (front.ts): the text written straight to a file descriptor. Node's process.stdout
// loads its stream and socket code first, about 6 ms of `icpc --help` here (cli.help_ms); the front prints only
// help, usage errors and short answers, so it writes them whole and synchronously instead.
import { writeSync } from 'node:fs';

import type { Output } from './process-env';

type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

const errnoCode = (e: unknown): unknown =>
  typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;

/** A short pause, for a pipe that is full (EAGAIN on a non-blocking descriptor). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes all of `text` to `fd`: after a partial write, the rest; on a full pipe (EAGAIN), again after a pause.
 * A reader that has gone away (EPIPE, as in `icpc --help | head -1`) ends the writing quietly, the way a shell
 * command ends on SIGPIPE. Returns whether everything was written. Other errors are thrown.
 */
export function writeAll(
  fd: number,
  text: string,
  write: WriteSync = writeSync,
  wait: (ms: number) => void = pause,
): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += write(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EPIPE') {
        return false;
      }
      if (code !== 'EAGAIN') {
        throw e;
      }
      wait(1);
    }
  }
  return true;
}

/** Standard output and error, written synchronously. */
export const SYNC_OUTPUT: Output = {
  out: (text) => void writeAll(1, text),
  err: (text) => void writeAll(2, text),
};
