// The answer given while records are unread (docs/list.md, "Records that cannot be read"): never "no match"; the
// other answers stand with a warning; with nothing unread the answer is exactly what the check gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { answerFor } from '../../../shared/list/disclosure';
import { AnswerSchema } from '../../../shared/list/enquiry-schemas';
import type { CheckMatch } from '../../../shared/list/enquiry-schemas';
import { answerWithUnread, unreadCount, unreadSentence } from '../../../shared/list/unread';

const match = fc.record({
  strength: fc.constantFrom<CheckMatch['strength']>('strong', 'possible', 'weak'),
  planStatus: fc.constantFrom<CheckMatch['planStatus']>('active', 'ended'),
});
const askNext = fc.constantFrom<'name' | 'date-of-birth' | 'address' | 'nhs-number' | 'call-back'>(
  'name',
  'date-of-birth',
  'address',
  'nhs-number',
  'call-back',
);

describe('answerWithUnread', () => {
  it('never answers "no match" while any record is unread, and stays a valid stored answer', () => {
    fc.assert(
      fc.property(
        fc.array(match, { maxLength: 6 }),
        askNext,
        fc.integer({ min: 1, max: 1_000_000 }),
        (ms, next, n) => {
          const given = answerFor(ms, next);
          const { answer, warnings } = answerWithUnread(given, n);
          expect(answer.code).not.toBe('no-match');
          expect(AnswerSchema.safeParse(answer).success).toBe(true);
          expect(warnings).toHaveLength(1);
          expect(warnings[0]).toContain(
            n === 1 ? '1 record in' : `${n.toLocaleString('en-GB')} records in`,
          );
          if (given.code !== 'no-match') {
            expect(answer).toEqual(given);
          }
        },
      ),
    );
  });

  it('changes nothing when every record was read', () => {
    fc.assert(
      fc.property(
        fc.array(match, { maxLength: 6 }),
        askNext,
        fc.integer({ min: -3, max: 0 }),
        (ms, next, n) => {
          const given = answerFor(ms, next);
          expect(answerWithUnread(given, n)).toEqual({ answer: given, warnings: [] });
        },
      ),
    );
  });
});

describe('unreadSentence and unreadCount', () => {
  it.each([
    [0, 'list', ''],
    [
      1,
      'list',
      '1 record in this vault could not be read and was left out, so this list may be incomplete.',
    ],
    [
      2,
      'history',
      '2 records in this vault could not be read and were left out, so this history may be incomplete.',
    ],
    [
      12_345,
      'file',
      '12,345 records in this vault could not be read and were left out, so this file may be incomplete.',
    ],
  ] as const)('%i (%s)', (n, what, start) => {
    expect(unreadSentence(n, what).startsWith(start)).toBe(true);
    if (n > 0) {
      expect(unreadSentence(n, what)).toMatch(/restore the newest backup that reads/);
    }
  });

  it('counts conferences and plan records together', () => {
    expect(unreadCount({ conferences: ['a', 'b'], planRecords: ['c'] })).toBe(3);
  });
});
