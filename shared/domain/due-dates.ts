// Due dates for conferences, core groups, reviews and documents, each with the rule text that produced it.
// Rules: docs/domain.md §9.3 (due-date rules, all configurable), §7 (counting convention and worked example).
import { addDays, addMonths } from './calendar';
import type { Config } from './config';
import { formatDate, formatList, plural } from './format-en-gb';
import { addWorkingDaysExplained, onOrBeforeWorkingDay, workingCalendar } from './working-days';
import type { WorkingCalendar } from './working-days';

/** A computed date and the rule, in plain English, that produced it. */
export type DueDate = { date: string; rule: string };

function calendarOf(config: Config): WorkingCalendar {
  return workingCalendar(config.localClosureDays);
}

function skippedText(skipped: readonly string[]): string {
  return skipped.length === 0 ? '' : `; skips ${formatList(skipped.map(formatDate))}`;
}

/** "N working days after <event> on <date> (day 0)", with skipped bank holidays and closures listed. */
export function workingDaysAfter(
  from: string,
  n: number,
  event: string,
  calendar: WorkingCalendar,
): DueDate {
  const r = addWorkingDaysExplained(from, n, calendar);
  return {
    date: r.date,
    rule: `${plural(n, 'working day')} after the ${event} on ${formatDate(from)} (day 0)${skippedText(r.skipped)}`,
  };
}

/** "N working days before <event> on <date>". */
export function workingDaysBefore(
  from: string,
  n: number,
  event: string,
  calendar: WorkingCalendar,
): DueDate {
  const r = addWorkingDaysExplained(from, -n, calendar);
  return {
    date: r.date,
    rule: `${plural(n, 'working day')} before the ${event} on ${formatDate(from)}${skippedText(r.skipped)}`,
  };
}

function rolledBack(target: string, base: string, calendar: WorkingCalendar): DueDate {
  const date = onOrBeforeWorkingDay(target, calendar);
  return {
    date,
    rule:
      date === target
        ? base
        : `${base}, ${formatDate(target)}, is not a working day, so the last working day before it`,
  };
}

/** Calendar months after a date, clamped to the month's end, rolled back to the last working day. */
export function monthsAfter(
  from: string,
  months: number,
  event: string,
  calendar: WorkingCalendar,
): DueDate {
  const r = addMonths(from, months);
  const clampNote = r.clamped ? ' (clamped to the end of the month)' : '';
  return rolledBack(
    r.date,
    `${plural(months, 'calendar month')} after the ${event} on ${formatDate(from)}${clampNote}`,
    calendar,
  );
}

/** ICPC due: strategy discussion that started section 47 enquiries + 15 working days (docs/domain.md §1.2). */
export function icpcDueDate(strategyDiscussion: string, config: Config): DueDate {
  return workingDaysAfter(
    strategyDiscussion,
    config.timescales.icpcWorkingDays,
    'strategy discussion',
    calendarOf(config),
  );
}

/** Transfer-in conference due: notification of the permanent move + 15 working days (docs/domain.md §5.3). */
export function transferInDueDate(notifiedOn: string, config: Config): DueDate {
  return workingDaysAfter(
    notifiedOn,
    config.timescales.transferInWorkingDays,
    'notification of the move',
    calendarOf(config),
  );
}

/** Reconvened conference after an inquorate ICPC: + 10 working days (docs/domain.md §1.5). */
export function reconveneDueDate(inquorateOn: string, config: Config): DueDate {
  return workingDaysAfter(
    inquorateOn,
    config.timescales.reconveneWorkingDays,
    'inquorate conference',
    calendarOf(config),
  );
}

/** First core group: ICPC + 10 working days (docs/domain.md §3.2). */
export function firstCoreGroupDueDate(conferenceDate: string, config: Config): DueDate {
  return workingDaysAfter(
    conferenceDate,
    config.timescales.firstCoreGroupWorkingDays,
    'conference',
    calendarOf(config),
  );
}

/** First review: ICPC + 3 calendar months (or 90 days), rolled back to a working day (docs/domain.md §3.3). */
export function firstReviewDueDate(conferenceDate: string, config: Config): DueDate {
  const calendar = calendarOf(config);
  if (config.timescales.firstReview === '90-calendar-days') {
    return rolledBack(
      addDays(conferenceDate, 90),
      `90 calendar days after the conference on ${formatDate(conferenceDate)}`,
      calendar,
    );
  }
  return monthsAfter(conferenceDate, 3, 'conference', calendar);
}

/** Later reviews: previous review + 6 calendar months, rolled back to a working day (docs/domain.md §3.3). */
export function nextReviewDueDate(previousReview: string, config: Config): DueDate {
  return monthsAfter(
    previousReview,
    config.timescales.laterReviewMonths,
    'review conference',
    calendarOf(config),
  );
}

/** Full minutes: conference + 20 working days by default (options 15, 10, 5; docs/domain.md §4.3). */
export function minutesDueDate(conferenceDate: string, config: Config): DueDate {
  return workingDaysAfter(
    conferenceDate,
    config.timescales.minutesWorkingDays,
    'conference',
    calendarOf(config),
  );
}

/** Decision letter and outline plan: conference + 1 working day (docs/domain.md §4.1). */
export function decisionLetterDueDate(conferenceDate: string, config: Config): DueDate {
  return workingDaysAfter(
    conferenceDate,
    config.timescales.decisionLetterWorkingDays,
    'conference',
    calendarOf(config),
  );
}

/** Latest day a request to exclude a family member should reach the chair (docs/domain.md §1.8). */
export function exclusionRequestDeadline(conferenceDate: string, config: Config): DueDate {
  return workingDaysBefore(
    conferenceDate,
    config.timescales.exclusionNoticeWorkingDays,
    'conference',
    calendarOf(config),
  );
}

/** Reports to the chair: 2 working days before an initial conference, 5 before a review (docs/domain.md §1.4). */
export function reportsDueDate(conferenceDate: string, isReview: boolean, config: Config): DueDate {
  const t = config.timescales;
  return workingDaysBefore(
    conferenceDate,
    isReview ? t.reportsBeforeReviewWorkingDays : t.reportsBeforeInitialWorkingDays,
    isReview ? 'review conference' : 'conference',
    calendarOf(config),
  );
}

/** Latest pre-birth conference: the configured week of pregnancy (default 34), from a 40-week EDD. */
export function preBirthLatestDate(expectedDeliveryDate: string, config: Config): DueDate {
  const week = config.timescales.preBirthLatestWeek;
  return rolledBack(
    addDays(expectedDeliveryDate, -(40 - week) * 7),
    `week ${week} of pregnancy, ${plural(40 - week, 'week')} before the expected delivery date of ${formatDate(expectedDeliveryDate)}`,
    calendarOf(config),
  );
}

/** Review after the birth of a child subject to a plan from birth (docs/domain.md §5.2, §9.3). */
export function postBirthReviewDueDate(
  conferenceDate: string,
  birthDate: string,
  config: Config,
): DueDate {
  const calendar = calendarOf(config);
  if (config.timescales.postBirthReview === 'birth-plus-4-weeks') {
    return rolledBack(
      addDays(birthDate, 28),
      `4 weeks after the birth on ${formatDate(birthDate)}`,
      calendar,
    );
  }
  const byMonths = monthsAfter(conferenceDate, 3, 'conference', calendar);
  const byBirth = workingDaysAfter(birthDate, 20, 'birth', calendar);
  const earlier = byBirth.date < byMonths.date ? byBirth : byMonths;
  return { date: earlier.date, rule: `the earlier of: ${byMonths.rule}; and ${byBirth.rule}` };
}

/** The dates an ICPC sets, from its date. */
export type ConferenceDueDates = {
  firstCoreGroup: DueDate;
  firstReview: DueDate;
  minutes: DueDate;
  decisionLetter: DueDate;
};

/** First core group, first review, minutes and decision letter dates for a conference held on a date. */
export function dueDatesFromConference(conferenceDate: string, config: Config): ConferenceDueDates {
  return {
    firstCoreGroup: firstCoreGroupDueDate(conferenceDate, config),
    firstReview: firstReviewDueDate(conferenceDate, config),
    minutes: minutesDueDate(conferenceDate, config),
    decisionLetter: decisionLetterDueDate(conferenceDate, config),
  };
}
