import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, fromDayNumber, toDayNumber } from '../../../shared/domain/calendar';
import {
  addWorkingDays,
  addWorkingDaysExplained,
  isWorkingDay,
  nonWorkingReason,
  onOrBeforeWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from '../../../shared/domain/working-days';

const ENGLAND = workingCalendar();
const dateArb = fc
  .integer({ min: toDayNumber('2008-01-01'), max: toDayNumber('2030-12-31') })
  .map(fromDayNumber);
const RUNS = { seed: 20260105, numRuns: 300 };

describe('working days', () => {
  it('counts 15 working days from Wednesday 10 December 2025 to Monday 5 January 2026', () => {
    expect(addWorkingDaysExplained('2025-12-10', 15, ENGLAND)).toEqual({
      date: '2026-01-05',
      skipped: ['2025-12-25', '2025-12-26', '2026-01-01'],
    });
  });

  it('counts 10 working days past the Easter Monday bank holiday', () => {
    expect(addWorkingDays('2026-03-30', 10, ENGLAND)).toBe('2026-04-15');
  });

  it('treats the start date as day 0 and N = 0 as the date itself', () => {
    expect(addWorkingDays('2026-01-05', 1, ENGLAND)).toBe('2026-01-06');
    expect(addWorkingDays('2026-01-04', 0, ENGLAND)).toBe('2026-01-04');
  });

  it('counts backwards for a negative N', () => {
    expect(addWorkingDays('2026-01-05', -3, ENGLAND)).toBe('2025-12-30');
  });

  it('skips configured local closure days as well as bank holidays', () => {
    const closed = workingCalendar(['2025-12-29', '2025-12-30', '2025-12-31']);
    expect(nonWorkingReason('2025-12-30', closed)).toBe('local closure day');
    expect(addWorkingDays('2025-12-10', 15, closed)).toBe('2026-01-08');
  });

  it('says why a day is not a working day', () => {
    expect(nonWorkingReason('2026-01-03', ENGLAND)).toBe('weekend');
    expect(nonWorkingReason('2026-04-03', ENGLAND)).toBe('bank holiday (Good Friday)');
    expect(nonWorkingReason('2026-04-02', ENGLAND)).toBeUndefined();
  });

  it('rolls a non-working day back to the last working day before it', () => {
    expect(onOrBeforeWorkingDay('2026-04-05', ENGLAND)).toBe('2026-04-02');
    expect(onOrBeforeWorkingDay('2026-04-02', ENGLAND)).toBe('2026-04-02');
  });

  it('refuses a fractional number of working days', () => {
    expect(() => addWorkingDays('2026-01-05', 1.5, ENGLAND)).toThrow(RangeError);
  });

  it('always lands on a working day for N of one or more (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (d, n) => {
        expect(isWorkingDay(addWorkingDays(d, n, ENGLAND), ENGLAND)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never gives an earlier date for a larger N (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (d, n, k) => {
          expect(addWorkingDays(d, n + k, ENGLAND) >= addWorkingDays(d, n, ENGLAND)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('puts the result exactly N working days after the start (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, ENGLAND), ENGLAND)).toBe(n);
      }),
      RUNS,
    );
  });

  it('undoes N working days forward with N working days back, from a working day (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (d0, n) => {
        const d = onOrBeforeWorkingDay(d0, ENGLAND);
        expect(addWorkingDays(addWorkingDays(d, n, ENGLAND), -n, ENGLAND)).toBe(d);
      }),
      RUNS,
    );
  });

  it('counts no working days when the end is not after the start', () => {
    expect(workingDaysBetween('2026-01-05', addDays('2026-01-05', -3), ENGLAND)).toBe(0);
  });
});
