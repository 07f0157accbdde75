// writeAll, the light front's output: every byte written in order across partial writes and full pipes; a reader
// that has gone away ends it quietly; other errors surface.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { writeAll } from '../../electron/cli/sync-write';

const failure = (code: string) => Object.assign(new Error(code), { code });

/** A fake descriptor that takes at most the next size of `sizes` per call, or throws the next error. */
function fakeFd(steps: (number | string)[]) {
  const written: number[] = [];
  let waits = 0;
  const write = (_fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    const step = steps.shift() ?? length;
    if (typeof step === 'string') {
      throw failure(step);
    }
    const n = Math.min(step, length);
    written.push(...buffer.subarray(offset, offset + n));
    return n;
  };
  return {
    write,
    wait: () => {
      waits += 1;
    },
    text: () => Buffer.from(written).toString('utf8'),
    waits: () => waits,
  };
}

describe('writeAll', () => {
  it.each([
    ['one write', [], true, 0],
    ['partial writes', [1, 2, 3], true, 0],
    ['a full pipe, then room', ['EAGAIN', 'EAGAIN', 4], true, 2],
    ['the reader gone', [2, 'EPIPE'], false, 0],
  ] as const)('%s', (_name, steps, complete, waits) => {
    const fd = fakeFd([...steps]);
    const done = writeAll(1, 'Jade Example — 5 January 2026\n', fd.write, fd.wait);
    expect(done).toBe(complete);
    expect(fd.waits()).toBe(waits);
    if (complete) {
      expect(fd.text()).toBe('Jade Example — 5 January 2026\n');
    }
  });

  it('throws any other error', () => {
    const fd = fakeFd(['EBADF']);
    expect(() => writeAll(9, 'x', fd.write, fd.wait)).toThrow('EBADF');
  });

  it('writes every byte in order for any text and any partial writes (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant('EAGAIN')), {
          maxLength: 60,
        }),
        (text, steps) => {
          const fd = fakeFd(steps);
          expect(writeAll(1, text, fd.write, fd.wait)).toBe(true);
          expect(fd.text()).toBe(text);
        },
      ),
    );
  });
});
