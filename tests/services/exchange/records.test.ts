// The one rule every exchange read follows (docs/exchange.md, "Records that cannot be read"): absent is undefined,
// a record that passes its check is returned as read, and one that fails refuses with CORRUPT naming its vault key,
// never what it holds. Properties over any JSON a record could hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  UnreadableRecord,
  readAll,
  readRecord,
  unreadableRecords,
} from '../../../electron/services/exchange/records';
import { PendingMergeSchema, ThreadSchema } from '../../../electron/services/exchange/threads';
import type { JsonValue } from '../../../electron/services/vault/vault-data';
import type { VaultRecords } from '../../../electron/services/vault/vault-records';

type Reader = Pick<VaultRecords, 'get' | 'list'>;
const vaultOf = (records: Record<string, unknown>): Reader =>
  ({
    get: (_c: string, id: string) => (Object.hasOwn(records, id) ? records[id] : undefined),
    list: () => records,
  }) as unknown as Reader;
const threadLike = fc.record({
  thread: fc.string(),
  sequence: fc.integer({ min: 1, max: 1000 }),
  head: fc.stringMatching(/^[0-9a-f]{64}$/),
});
const anyRecord = fc.oneof(fc.jsonValue({ maxDepth: 3 }), threadLike);

describe('readRecord', () => {
  it('is undefined only when absent', () => {
    expect(readRecord(vaultOf({}), 'exchange', 'thread:x', ThreadSchema)).toBeUndefined();
  });

  it('returns what reads and refuses what does not, naming the key and nothing it holds', () => {
    let passed = 0;
    fc.assert(
      fc.property(anyRecord, fc.boolean(), fc.string({ minLength: 12 }), (value, add, secret) => {
        // A newer app's field holding text of its own (a strict schema refuses it).
        const stored = (
          add && typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { ...value, note: secret }
            : value
        ) as JsonValue;
        passed += ThreadSchema.safeParse(stored).success ? 1 : 0;
        const vault = vaultOf({ 'thread:t1': stored });
        const ok = ThreadSchema.safeParse(stored);
        if (ok.success) {
          expect(readRecord(vault, 'exchange', 'thread:t1', ThreadSchema)).toEqual(ok.data);
          return;
        }
        let thrown: unknown;
        try {
          readRecord(vault, 'exchange', 'thread:t1', ThreadSchema);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(UnreadableRecord);
        const e = thrown as UnreadableRecord;
        expect(e.code).toBe('CORRUPT');
        expect(e.key).toBe('exchange/thread:t1');
        expect(e.message).toContain('vault record exchange/thread:t1');
        expect(e.message).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
    expect(passed).toBeGreaterThan(0); // both branches were exercised
  });

  it('says what the record is for, by its kind', () => {
    const cases = [
      ['exchange', 'thread:a', 'The record of the last bundle in this conversation'],
      ['exchange', 'received:b', 'The receipt of this bundle'],
      ['exchange', 'sent:c', 'The record of a bundle sent from here'],
      ['exchange', 'merge:d', 'The merge waiting for this conference'],
      ['exchange', 'notified:e', 'The record of the plan notification for this conference'],
      ['exchange', 'list-snapshot', 'The Designated Manager’s list held for pre-checks'],
      ['conferences', 'f', 'The conference record'],
      ['planList', 'g', 'A record on the list of children subject to a plan'],
      ['team', 'h', 'A card in your team directory'],
    ] as const;
    for (const [collection, id, words] of cases) {
      expect(new UnreadableRecord(collection, id).message.startsWith(words)).toBe(true);
    }
  });
});

describe('readAll', () => {
  it('splits a collection into what reads and the keys of what does not, losing none', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^merge:[a-z0-9]{1,8}$/), fc.jsonValue({ maxDepth: 2 })),
        (records) => {
          const r = readAll(vaultOf(records), 'exchange', PendingMergeSchema, 'merge:');
          expect(r.read.length + r.unreadable.length).toBe(Object.keys(records).length);
          expect(r.unreadable).toEqual(
            Object.keys(records)
              .filter((k) => !PendingMergeSchema.safeParse(records[k]).success)
              .map((k) => `exchange/${k}`)
              .sort(),
          );
        },
      ),
    );
  });

  it('names at most three records and counts the rest', () => {
    expect(unreadableRecords(['a/1', 'a/2', 'a/3', 'a/4'], 'so nothing was sent').message).toMatch(
      /^4 records in this vault could not be read \(a\/1, a\/2, a\/3 and 1 more\), so nothing was sent\. Nothing was changed\./,
    );
  });
});
