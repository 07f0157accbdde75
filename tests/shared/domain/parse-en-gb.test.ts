import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fromDayNumber, toDayNumber } from '../../../shared/domain/calendar';
import { formatDate, formatDateWithWeekday } from '../../../shared/domain/format-en-gb';
import { MAX_YEAR, MIN_YEAR, parseDateEnGb } from '../../../shared/domain/parse-en-gb';

const ok = (date: string) => ({ ok: true, date });

describe('reading a date typed the British way', () => {
  it.each([
    '5/1/2026',
    '05/01/2026',
    '05-01-2026',
    '5.1.2026',
    ' 5 / 1 / 2026 ',
    '5 January 2026',
    '5 january 2026',
    '5 Jan 2026',
    '5 Jan. 2026',
    '5th January 2026',
    '5th of January 2026',
    'Monday 5 January 2026',
    'Mon, 5 Jan 2026',
    '2026-01-05',
    '2026-1-5',
  ])('reads "%s" as 5 January 2026', (typed) => {
    expect(parseDateEnGb(typed)).toEqual(ok('2026-01-05'));
  });

  it('puts the day first, never the month', () => {
    expect(parseDateEnGb('1/5/2026')).toEqual(ok('2026-05-01'));
    expect(parseDateEnGb('12/11/2026')).toEqual(ok('2026-11-12'));
  });

  it('knows abbreviated months including "Sept"', () => {
    expect(parseDateEnGb('30 Sept 2026')).toEqual(ok('2026-09-30'));
    expect(parseDateEnGb('30 Sep 2026')).toEqual(ok('2026-09-30'));
    expect(parseDateEnGb('1 DEC 2030')).toEqual(ok('2030-12-01'));
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseDateEnGb('29/02/2024')).toEqual(ok('2024-02-29'));
    expect(parseDateEnGb('29/02/2026')).toEqual({
      ok: false,
      message: 'February 2026 has 28 days, so day 29 does not exist.',
    });
  });

  it.each([
    ['31/02/2026', 'February 2026 has 28 days, so day 31 does not exist.'],
    ['31 April 2026', 'April 2026 has 30 days, so day 31 does not exist.'],
    ['0/1/2026', 'January 2026 has 31 days, so day 0 does not exist.'],
    ['13/13/2026', 'The month must be between 1 and 12.'],
    ['2026-13-01', 'The month must be between 1 and 12.'],
    ['5/1/26', 'Write the year in full, for example 2026.'],
    ['5/1/1850', `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`],
    ['5 Foo 2026', '"foo" is not a month. Write it like 5 January 2026.'],
    ['5 Ja 2026', '"ja" is not a month. Write it like 5 January 2026.'],
    ['', 'Enter a date, for example 5 January 2026 or 5/1/2026.'],
    ['   ', 'Enter a date, for example 5 January 2026 or 5/1/2026.'],
    [
      'next Tuesday',
      'Enter the date as day, month and year, for example 5 January 2026 or 5/1/2026.',
    ],
    ['5/1', 'Enter the date as day, month and year, for example 5 January 2026 or 5/1/2026.'],
  ])('refuses "%s" with a clear reason', (typed, message) => {
    expect(parseDateEnGb(typed)).toEqual({ ok: false, message });
  });

  const anyDate = fc
    .integer({ min: toDayNumber(`${MIN_YEAR}-01-01`), max: toDayNumber(`${MAX_YEAR}-12-31`) })
    .map(fromDayNumber);

  it('reads back every date it prints, in every form it prints (round trip)', () => {
    fc.assert(
      fc.property(anyDate, (iso) => {
        const [y, m, d] = iso.split('-');
        const forms = [
          iso,
          formatDate(iso),
          formatDateWithWeekday(iso),
          `${Number(d)}/${Number(m)}/${y}`,
          `${d}-${m}-${y}`,
          formatDate(iso).replace(/ (\w{3})\w* /, ' $1 '),
        ];
        for (const form of forms) {
          expect(parseDateEnGb(form)).toEqual(ok(iso));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseDateEnGb(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
