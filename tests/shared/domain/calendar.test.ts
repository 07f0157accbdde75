import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  ageOn,
  compareDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  toDayNumber,
} from '../../../shared/domain/calendar';

describe('calendar arithmetic on ISO dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('5 January 2026')).toBe(false);
    expect(() => toDayNumber('2026-04-31')).toThrow(RangeError);
  });

  it('numbers days from 1 January 1970 and back again, across centuries', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('knows 5 January 2026 is a Monday and 4 January 2026 a Sunday', () => {
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-01-04')).toBe(7);
  });

  it('adds and subtracts days over month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-05', '2026-04-05')).toBe(90);
  });

  it('clamps calendar months to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 3)).toEqual({ date: '2026-04-30', clamped: true });
    expect(addMonths('2024-11-30', 3)).toEqual({ date: '2025-02-28', clamped: true });
    expect(addMonths('2023-11-29', 3)).toEqual({ date: '2024-02-29', clamped: false });
    expect(addMonths('2026-01-05', 3)).toEqual({ date: '2026-04-05', clamped: false });
    expect(addMonths('2026-03-15', -3)).toEqual({ date: '2025-12-15', clamped: false });
  });

  it('finds the first and last Mondays of a month', () => {
    expect(nthWeekdayOfMonth(2026, 5, 1, 1)).toBe('2026-05-04');
    expect(lastWeekdayOfMonth(2026, 8, 1)).toBe('2026-08-31');
  });

  it('compares dates and works out ages in whole years', () => {
    expect(compareDates('2026-01-05', '2026-01-06')).toBe(-1);
    expect(compareDates('2026-01-06', '2026-01-05')).toBe(1);
    expect(compareDates('2026-01-05', '2026-01-05')).toBe(0);
    expect(ageOn('2008-06-10', '2026-06-09')).toBe(17);
    expect(ageOn('2008-06-10', '2026-06-10')).toBe(18);
  });
});
