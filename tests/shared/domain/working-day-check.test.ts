import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, fromDayNumber, toDayNumber } from '../../../shared/domain/calendar';
import { checkWorkingDay } from '../../../shared/domain/working-day-check';
import { isWorkingDay, workingCalendar } from '../../../shared/domain/working-days';

const cal = workingCalendar(['2026-07-15']);

describe('checkWorkingDay', () => {
  it.each([
    ['2026-01-10', 'a Saturday', '2026-01-12'],
    ['2026-01-11', 'a Sunday', '2026-01-12'],
    ['2025-12-25', 'a bank holiday (Christmas Day)', '2025-12-29'],
    ['2026-04-03', 'a bank holiday (Good Friday)', '2026-04-07'],
    ['2026-07-15', 'a local closure day', '2026-07-16'],
  ])('%s is %s; the next working day is %s', (date, reason, next) => {
    const check = checkWorkingDay(date, cal, 'The review conference');
    expect(check?.reason).toBe(reason);
    expect(check?.next).toBe(next);
    expect(check?.earlier).toBeUndefined();
    expect(check?.message).toContain('not a working day');
  });

  it('says nothing about a working day', () => {
    expect(checkWorkingDay('2026-01-12', cal, 'The first core group')).toBeUndefined();
  });

  it('offers the working day before when the next one is after the latest date', () => {
    const check = checkWorkingDay('2025-12-25', cal, 'The first core group', '2025-12-26');
    expect(check?.next).toBe('2025-12-29');
    expect(check?.earlier).toBe('2025-12-24');
    expect(check?.message).toBe(
      'The first core group on 25 December 2025 is on a bank holiday (Christmas Day), not a working day. ' +
        'The next working day, 29 December 2025, is after the latest date, so choose 24 December 2025.',
    );
  });

  it('always offers a working day after the date, with only non-working days between', () => {
    const day = fc
      .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2035-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, (date) => {
        const check = checkWorkingDay(date, cal, 'The review conference');
        if (isWorkingDay(date, cal)) {
          return check === undefined;
        }
        if (!check || check.next <= date || !isWorkingDay(check.next, cal)) {
          return false;
        }
        for (let d = addDays(date, 1); d < check.next; d = addDays(d, 1)) {
          if (isWorkingDay(d, cal)) {
            return false;
          }
        }
        return true;
      }),
    );
  });
});
