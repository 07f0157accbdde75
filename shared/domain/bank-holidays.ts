// England and Wales bank holidays computed by rule, plus the one-off changes since 2008.
// Rules: docs/domain.md §7 (Banking and Financial Dealings Act 1971, proclamations, substitute days, one-off changes).
import { addDays, isoDate, isoWeekday, lastWeekdayOfMonth, nthWeekdayOfMonth } from './calendar';

/** One bank holiday: its date and its name. */
export type BankHoliday = { date: string; name: string };

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** One-off changes by proclamation (docs/domain.md §7): days moved away from their usual date, and extra days. */
const MOVED: Readonly<Record<string, { from: string; to: string }>> = {
  // 2012 spring holiday moved for the Diamond Jubilee.
  '2012-spring': { from: '2012-05-28', to: '2012-06-04' },
  // 2020 early May holiday moved to Friday 8 May for the 75th anniversary of VE Day.
  '2020-early-may': { from: '2020-05-04', to: '2020-05-08' },
  // 2022 spring holiday moved to Thursday 2 June for the Platinum Jubilee.
  '2022-spring': { from: '2022-05-30', to: '2022-06-02' },
};

const EXTRA: readonly BankHoliday[] = [
  { date: '2011-04-29', name: 'Royal wedding' },
  { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
  { date: '2022-06-03', name: 'Queen’s Platinum Jubilee' },
  { date: '2022-09-19', name: 'State funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Coronation of King Charles III' },
];

function moved(year: number, key: string, usual: string): string {
  const change = MOVED[`${year}-${key}`];
  return change !== undefined && change.from === usual ? change.to : usual;
}

/** New Year's Day, or the next Monday when 1 January is at a weekend. */
function newYear(year: number): string {
  const jan1 = isoDate(year, 1, 1);
  const wd = isoWeekday(jan1);
  return wd === 6 ? addDays(jan1, 2) : wd === 7 ? addDays(jan1, 1) : jan1;
}

/**
 * Christmas Day and Boxing Day with substitute days: Christmas on Saturday gives Mon 27 and Tue 28; Christmas
 * on Sunday gives Mon 26 (Boxing Day) and Tue 27 (substitute); Boxing Day on Saturday gives Mon 28.
 */
function christmas(year: number): BankHoliday[] {
  const wd = isoWeekday(isoDate(year, 12, 25));
  if (wd === 6) {
    return [
      { date: isoDate(year, 12, 27), name: 'Christmas Day (substitute day)' },
      { date: isoDate(year, 12, 28), name: 'Boxing Day (substitute day)' },
    ];
  }
  if (wd === 7) {
    return [
      { date: isoDate(year, 12, 27), name: 'Christmas Day (substitute day)' },
      { date: isoDate(year, 12, 26), name: 'Boxing Day' },
    ];
  }
  if (wd === 5) {
    return [
      { date: isoDate(year, 12, 25), name: 'Christmas Day' },
      { date: isoDate(year, 12, 28), name: 'Boxing Day (substitute day)' },
    ];
  }
  return [
    { date: isoDate(year, 12, 25), name: 'Christmas Day' },
    { date: isoDate(year, 12, 26), name: 'Boxing Day' },
  ];
}

/** Every England and Wales bank holiday of a year, sorted by date. */
export function bankHolidaysEnglandWales(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const ny = newYear(year);
  const list: BankHoliday[] = [
    { date: ny, name: ny.endsWith('-01') ? 'New Year’s Day' : 'New Year’s Day (substitute day)' },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    {
      date: moved(year, 'early-may', nthWeekdayOfMonth(year, 5, 1, 1)),
      name: 'Early May bank holiday',
    },
    { date: moved(year, 'spring', lastWeekdayOfMonth(year, 5, 1)), name: 'Spring bank holiday' },
    { date: lastWeekdayOfMonth(year, 8, 1), name: 'Summer bank holiday' },
    ...christmas(year),
    ...EXTRA.filter((h) => h.date.startsWith(`${year}-`)),
  ];
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The dates of every England and Wales bank holiday from one year to another, inclusive. */
export function bankHolidayDates(fromYear: number, toYear: number): string[] {
  const dates: string[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    dates.push(...bankHolidaysEnglandWales(y).map((h) => h.date));
  }
  return dates;
}
