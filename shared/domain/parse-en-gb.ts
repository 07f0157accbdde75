// Reads a date as a British user types it (5/1/2026, 05-01-2026, 5 January 2026, 5 Jan 2026, 2026-01-05) and
// returns the ISO 'YYYY-MM-DD' the record stores, or a plain-English reason it is not a date. Day first, always:
// en-GB order (docs/architecture.md §3.6). No Date objects and no Intl, so the answer never depends on the machine's locale.
import { daysInMonth, isoDate } from './calendar';

/** The result of reading a typed date: the ISO date, or a message saying what to fix. */
export type ParsedDate = { ok: true; date: string } | { ok: false; message: string };

/** Earliest and latest years accepted: a child's birth, a conference or a plan date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+/;
const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d+)$/;

const fail = (message: string): ParsedDate => ({ ok: false, message });

/** The month (1-12) named by a full name or an abbreviation of at least three letters ("Jan", "Sept"). */
function monthFromName(word: string): number | undefined {
  if (word.length < 3) {
    return undefined;
  }
  const index = MONTH_NAMES.findIndex(
    (m) => m.startsWith(word) || (word === 'sept' && m === 'september'),
  );
  return index < 0 ? undefined : index + 1;
}

/** Checks the numbers make a real calendar date and builds the ISO form. */
function checked(day: number, month: number, yearText: string): ParsedDate {
  if (yearText.length !== 4) {
    return fail('Write the year in full, for example 2026.');
  }
  const year = Number(yearText);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`);
  }
  if (month < 1 || month > 12) {
    return fail('The month must be between 1 and 12.');
  }
  const name = MONTH_NAMES[month - 1] ?? '';
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const monthName = name.charAt(0).toUpperCase() + name.slice(1);
    return fail(`${monthName} ${year} has ${days} days, so day ${day} does not exist.`);
  }
  return { ok: true, date: isoDate(year, month, day) };
}

/**
 * Reads a date typed day first: "5/1/2026", "05-01-2026", "5.1.2026", "5 January 2026", "5 Jan 2026",
 * "5th of January 2026", "Monday 5 January 2026" or ISO "2026-01-05". Never throws; text that is not a real
 * date gives `{ ok: false, message }` with what to fix ("February 2026 has 28 days, so day 31 does not exist.").
 */
export function parseDateEnGb(input: string): ParsedDate {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  if (text === '') {
    return fail('Enter a date, for example 5 January 2026 or 5/1/2026.');
  }
  const iso = ISO.exec(text);
  if (iso) {
    return checked(Number(iso[3]), Number(iso[2]), iso[1] ?? '');
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    return checked(Number(numeric[1]), Number(numeric[2]), numeric[3] ?? '');
  }
  const words = WORDS.exec(text);
  if (words) {
    const month = monthFromName(words[2] ?? '');
    if (month === undefined) {
      return fail(`"${words[2] ?? ''}" is not a month. Write it like 5 January 2026.`);
    }
    return checked(Number(words[1]), month, words[3] ?? '');
  }
  return fail('Enter the date as day, month and year, for example 5 January 2026 or 5/1/2026.');
}
