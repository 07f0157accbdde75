// A chosen meeting date that is not a working day (a weekend, an England bank holiday, a local closure day), said
// in plain English with the next working day offered as the fix, and the working day before when the next one
// would be after the latest date the rules allow. Rules: docs/domain.md §7 (working day), §9.3 (working-day
// engine: core group within 10 working days, review within 3 months).
import { addWorkingDays, nonWorkingReason, onOrBeforeWorkingDay } from './working-days';
import type { WorkingCalendar } from './working-days';
import { formatDate, weekdayName } from './format-en-gb';

export type WorkingDayCheck = {
  /** Why the date is not a working day, e.g. "a Saturday", "a bank holiday (Christmas Day)". */
  reason: string;
  /** The first working day after the date. */
  next: string;
  /** The last working day before the date, offered only when `next` is after `latest`. */
  earlier?: string;
  /** One sentence for the screen. */
  message: string;
};

/** Undefined when `date` is a working day; otherwise why not and which working day to choose instead. */
export function checkWorkingDay(
  date: string,
  calendar: WorkingCalendar,
  what: string,
  latest?: string,
): WorkingDayCheck | undefined {
  const why = nonWorkingReason(date, calendar);
  if (why === undefined) {
    return undefined;
  }
  const reason = why === 'weekend' ? `a ${weekdayName(date)}` : `a ${why}`;
  const next = addWorkingDays(date, 1, calendar);
  const earlier =
    latest !== undefined && next > latest ? onOrBeforeWorkingDay(date, calendar) : undefined;
  const message =
    `${what} on ${formatDate(date)} is on ${reason}, not a working day. ` +
    (earlier
      ? `The next working day, ${formatDate(next)}, is after the latest date, so choose ${formatDate(earlier)}.`
      : `The next working day is ${formatDate(next)}.`);
  return { reason, next, ...(earlier ? { earlier } : {}), message };
}
