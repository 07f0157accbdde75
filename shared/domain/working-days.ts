// Working days: Monday to Friday minus England and Wales bank holidays and local closure days.
// Rules: docs/domain.md §7 (working day; "within N working days of D" counts D as day 0), §9.3 (working-day engine).
import { addDays, isWeekend } from './calendar';
import { bankHolidaysEnglandWales } from './bank-holidays';
import type { BankHoliday } from './bank-holidays';

/** Which days are not working days, beyond weekends and bank holidays. */
export type WorkingCalendar = { readonly localClosureDays: ReadonlySet<string> };

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

function holidaysOf(year: number): ReadonlyMap<string, string> {
  let cached = holidayCache.get(year);
  if (!cached) {
    cached = new Map(bankHolidaysEnglandWales(year).map((h: BankHoliday) => [h.date, h.name]));
    holidayCache.set(year, cached);
  }
  return cached;
}

/** Builds a working calendar from the configured local closure days. */
export function workingCalendar(localClosureDays: readonly string[] = []): WorkingCalendar {
  return { localClosureDays: new Set(localClosureDays) };
}

/** Why a date is not a working day ("Saturday", "Good Friday", "local closure day"), or undefined if it is one. */
export function nonWorkingReason(date: string, calendar: WorkingCalendar): string | undefined {
  if (isWeekend(date)) {
    return 'weekend';
  }
  const holiday = holidaysOf(Number(date.slice(0, 4))).get(date);
  if (holiday !== undefined) {
    return `bank holiday (${holiday})`;
  }
  return calendar.localClosureDays.has(date) ? 'local closure day' : undefined;
}

/** True on a Monday to Friday that is neither a bank holiday nor a local closure day. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return nonWorkingReason(date, calendar) === undefined;
}

/**
 * The date N working days after D, counting D as day 0 (so the day after D is day 1 if it is a working day).
 * A negative N counts backwards ("N working days before D"). N = 0 returns D itself. Also returns the
 * non-working days skipped on the way, for the rule text.
 */
export function addWorkingDaysExplained(
  date: string,
  n: number,
  calendar: WorkingCalendar,
): { date: string; skipped: string[] } {
  if (!Number.isInteger(n)) {
    throw new RangeError(`A number of working days must be a whole number, not ${n}`);
  }
  const step = n < 0 ? -1 : 1;
  let current = date;
  let remaining = Math.abs(n);
  const skipped: string[] = [];
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) {
      remaining -= 1;
    } else if (!isWeekend(current)) {
      skipped.push(current);
    }
  }
  return { date: current, skipped };
}

/** The date N working days after D (D is day 0); negative N counts backwards. */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  return addWorkingDaysExplained(date, n, calendar).date;
}

/** Number of working days after a, up to and including b (0 when b is on or before a). */
export function workingDaysBetween(a: string, b: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) {
      count += 1;
    }
  }
  return count;
}

/** The date itself if it is a working day, otherwise the last working day before it. */
export function onOrBeforeWorkingDay(date: string, calendar: WorkingCalendar): string {
  let d = date;
  while (!isWorkingDay(d, calendar)) {
    d = addDays(d, -1);
  }
  return d;
}
