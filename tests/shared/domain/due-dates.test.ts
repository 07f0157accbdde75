import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fromDayNumber, toDayNumber } from '../../../shared/domain/calendar';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { Config } from '../../../shared/domain/config';
import {
  decisionLetterDueDate,
  dueDatesFromConference,
  exclusionRequestDeadline,
  firstCoreGroupDueDate,
  firstReviewDueDate,
  icpcDueDate,
  minutesDueDate,
  nextReviewDueDate,
  postBirthReviewDueDate,
  preBirthLatestDate,
  reconveneDueDate,
  reportsDueDate,
  transferInDueDate,
} from '../../../shared/domain/due-dates';
import { isWorkingDay, workingCalendar } from '../../../shared/domain/working-days';

const C = ENGLAND_DEFAULTS;
const withTimescales = (t: Partial<Config['timescales']>): Config => ({
  ...C,
  timescales: { ...C.timescales, ...t },
});

describe('the worked example of docs/domain.md §7', () => {
  it('makes an ICPC due on Monday 5 January 2026 for a strategy discussion on 10 December 2025', () => {
    expect(icpcDueDate('2025-12-10', C)).toEqual({
      date: '2026-01-05',
      rule: '15 working days after the strategy discussion on 10 December 2025 (day 0); skips 25 December 2025, 26 December 2025 and 1 January 2026',
    });
  });

  it('sets the first core group by 19 January, minutes by 2 February and the first review on 2 April 2026', () => {
    const d = dueDatesFromConference('2026-01-05', C);
    expect(d.firstCoreGroup.date).toBe('2026-01-19');
    expect(d.minutes.date).toBe('2026-02-02');
    expect(d.decisionLetter.date).toBe('2026-01-06');
    expect(d.firstReview).toEqual({
      date: '2026-04-02',
      rule: '3 calendar months after the conference on 5 January 2026, 5 April 2026, is not a working day, so the last working day before it',
    });
  });
});

describe('due-date rules', () => {
  it('clamps a month-end review date, rolls it back from a Saturday, and says both', () => {
    const r = firstReviewDueDate('2025-11-30', C);
    expect(r.date).toBe('2026-02-27');
    expect(r.rule).toBe(
      '3 calendar months after the conference on 30 November 2025 (clamped to the end of the month), 28 February 2026, is not a working day, so the last working day before it',
    );
  });

  it('offers 90 calendar days for the first review, rolled back to a working day', () => {
    const r = firstReviewDueDate('2026-01-05', withTimescales({ firstReview: '90-calendar-days' }));
    expect(r.date).toBe('2026-04-02');
    expect(r.rule).toMatch(
      /^90 calendar days after the conference on 5 January 2026, 5 April 2026/,
    );
  });

  it('sets later reviews 6 calendar months after the previous review', () => {
    expect(nextReviewDueDate('2026-04-02', C)).toEqual({
      date: '2026-10-02',
      rule: '6 calendar months after the review conference on 2 April 2026',
    });
  });

  it('uses the configured minutes timescale', () => {
    expect(minutesDueDate('2026-01-05', withTimescales({ minutesWorkingDays: 15 })).date).toBe(
      '2026-01-26',
    );
  });

  it('dates transfer-in and reconvened conferences from their own trigger', () => {
    expect(transferInDueDate('2025-12-10', C).rule).toMatch(/notification of the move/);
    expect(transferInDueDate('2025-12-10', C).date).toBe('2026-01-05');
    expect(reconveneDueDate('2026-01-05', C).date).toBe('2026-01-19');
  });

  it('counts exclusion requests and reports backwards from the conference', () => {
    expect(exclusionRequestDeadline('2026-01-05', C)).toEqual({
      date: '2025-12-30',
      rule: '3 working days before the conference on 5 January 2026; skips 1 January 2026',
    });
    expect(reportsDueDate('2026-01-05', false, C).date).toBe('2025-12-31');
    expect(reportsDueDate('2026-04-02', true, C).date).toBe('2026-03-26');
    expect(reportsDueDate('2026-04-02', true, C).rule).toMatch(/review conference/);
  });

  it('dates the latest pre-birth conference at week 34', () => {
    const r = preBirthLatestDate('2026-04-20', C);
    expect(r.date).toBe('2026-03-09');
    expect(r.rule).toMatch(/^week 34 of pregnancy, 6 weeks before/);
  });

  it('takes the earlier of 3 months or birth + 20 working days for the post-birth review', () => {
    expect(postBirthReviewDueDate('2026-01-05', '2026-02-02', C).date).toBe('2026-03-02');
    expect(postBirthReviewDueDate('2026-01-05', '2026-03-20', C).date).toBe('2026-04-02');
    const fourWeeks = withTimescales({ postBirthReview: 'birth-plus-4-weeks' });
    expect(postBirthReviewDueDate('2026-01-05', '2026-02-02', fourWeeks)).toEqual({
      date: '2026-03-02',
      rule: '4 weeks after the birth on 2 February 2026',
    });
  });

  it('says "1 working day" in the singular', () => {
    expect(decisionLetterDueDate('2026-01-05', C).rule).toMatch(/^1 working day after/);
  });

  it('respects local closure days', () => {
    const closed = { ...C, localClosureDays: ['2026-01-06'] };
    expect(firstCoreGroupDueDate('2026-01-05', closed).date).toBe('2026-01-20');
    expect(firstCoreGroupDueDate('2026-01-05', closed).rule).toContain('skips 6 January 2026');
  });

  it('always returns a working day for every rule (property)', () => {
    const cal = workingCalendar();
    fc.assert(
      fc.property(
        fc
          .integer({ min: toDayNumber('2008-01-01'), max: toDayNumber('2030-06-30') })
          .map(fromDayNumber),
        (d) => {
          for (const due of [
            icpcDueDate(d, C),
            ...Object.values(dueDatesFromConference(d, C)),
            nextReviewDueDate(d, C),
            exclusionRequestDeadline(d, C),
          ]) {
            expect(isWorkingDay(due.date, cal)).toBe(true);
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
