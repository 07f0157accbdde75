// Calendar arithmetic on plain 'YYYY-MM-DD' strings, with no Date objects and so no timezone traps.
// Day numbers count days since 1970-01-01 (proleptic Gregorian). Used by working-days.ts and due-dates.ts.

/** The days of the week, Monday first, as ISO 8601 numbers them (1 = Monday ... 7 = Sunday). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a valid ISO date into numbers; undefined when the text is not a real calendar date. */
export function parseIsoDate(
  text: string,
): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) {
    return undefined;
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/** True when the text is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function requireDate(text: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(text);
  if (!parts) {
    throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${text}"`);
  }
  return parts;
}

/** Builds 'YYYY-MM-DD' from numbers (month 1-12). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days.
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of an ISO date (days since 1970-01-01). Throws RangeError for an invalid date. */
export function toDayNumber(date: string): number {
  const { year, month, day } = requireDate(date);
  return daysFromCivil(year, month, day);
}

/** ISO date of a day number (days since 1970-01-01). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

/** Adds (or with a negative n, subtracts) calendar days. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  const n = toDayNumber(date);
  return (((((n + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/**
 * Adds calendar months, clamping to the last day of a shorter month (31 January + 1 month = 28 or 29 February).
 * Returns the date and whether clamping happened.
 */
export function addMonths(date: string, months: number): { date: string; clamped: boolean } {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  return { date: isoDate(y, m, Math.min(day, last)), clamped: day > last };
}

/** Compares ISO dates as strings sort them: negative when a is earlier. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Date of the nth (1-based) given weekday of a month. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  n: number,
): string {
  const first = isoDate(year, month, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** Date of the last given weekday of a month. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday): string {
  const last = isoDate(year, month, daysInMonth(year, month));
  const back = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -back);
}

/** Age in whole years on a date. */
export function ageOn(dateOfBirth: string, on: string): number {
  const b = requireDate(dateOfBirth);
  const d = requireDate(on);
  const before = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (before ? 1 : 0);
}

/** The UK calendar day (YYYY-MM-DD) of an ISO time: 23:30 UTC on 30 June is 1 July in London. */
export const ukDayOf = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
