// British English formatting for documents and prompts: dates ("5 January 2026"), times, lists and names.
// Style source: docs/architecture.md §3.6 (domain words in en-GB). No Intl, so output never depends on the machine's locale.
import { isoWeekday, parseIsoDate } from './calendar';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** "5 January 2026" from '2026-01-05'. Throws RangeError for text that is not a calendar date. */
export function formatDate(date: string): string {
  const parts = parseIsoDate(date);
  if (!parts) {
    throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${date}"`);
  }
  return `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

/** The weekday name of a date, e.g. "Monday". */
export function weekdayName(date: string): string {
  return WEEKDAYS[isoWeekday(date) - 1] ?? '';
}

/** "Monday 5 January 2026". */
export function formatDateWithWeekday(date: string): string {
  return `${weekdayName(date)} ${formatDate(date)}`;
}

/** "2:30pm" from '14:30', "12 noon" from '12:00', "12 midnight" from '00:00'. Throws for a bad time. */
export function formatTime(time: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) {
    throw new RangeError(`Not a 24-hour time in the form HH:MM: "${time}"`);
  }
  const h = Number(m[1]);
  const min = m[2] ?? '00';
  if (min === '00' && h === 12) {
    return '12 noon';
  }
  if (min === '00' && h === 0) {
    return '12 midnight';
  }
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min === '00' ? '' : `:${min}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "a", "a and b", "a, b and c" (no Oxford comma, as British style guides prefer). */
export function formatList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) {
    return items[0] ?? '';
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** "1 working day", "3 working days": a count with a correctly pluralised noun. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
