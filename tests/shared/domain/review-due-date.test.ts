// When a review conference is due, from the conference before it: 3 months after the initial conference (or 90
// days), 6 months after a review, the post-birth rule once a baby from a pre-birth conference is born, nothing
// without a recorded previous conference. Rule source: docs/domain.md §3.3, §5.2, §9.3.
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { Conference } from '../../../shared/domain/conference';
import { childId } from '../../../shared/domain/ids';
import { reviewConferenceDueDate } from '../../../shared/domain/review';
import { aChild, aChildDetails, aConference } from '../../fixtures/conference';

const C = ENGLAND_DEFAULTS;

function aReview(previous: Conference['previous'], overrides: Partial<Conference> = {}) {
  return aConference({
    type: 'review',
    date: '2026-04-01',
    strategyDiscussionDate: undefined,
    ...(previous ? { previous } : {}),
    ...overrides,
  });
}

describe('the due date of a review conference', () => {
  it('is 3 calendar months after the initial conference, rolled back past Easter', () => {
    const due = reviewConferenceDueDate(
      aReview({ date: '2026-01-05', type: 'initial', quorate: true }),
      C,
    );
    expect(due?.date).toBe('2026-04-02');
    expect(due?.rule).toMatch(/^3 calendar months after the conference on 5 January 2026/);
  });

  it('is 90 days after it when the authority counts days', () => {
    const days = {
      ...C,
      timescales: { ...C.timescales, firstReview: '90-calendar-days' as const },
    };
    const due = reviewConferenceDueDate(
      aReview({ date: '2026-01-05', type: 'transfer-in-initial', quorate: true }),
      days,
    );
    expect(due?.date).toBe('2026-04-02');
    expect(due?.rule).toMatch(/^90 calendar days/);
  });

  it('is 6 calendar months after the last review', () => {
    const due = reviewConferenceDueDate(
      aReview({ date: '2026-04-02', type: 'review', quorate: true }),
      C,
    );
    expect(due).toMatchObject({ date: '2026-10-02' });
    expect(due?.rule).toMatch(/^6 calendar months after the review conference on 2 April 2026/);
  });

  it('follows the post-birth rule once a baby from a pre-birth conference is born, the earliest first', () => {
    const born = (id: string, dateOfBirth: string, rule?: 'birth-plus-4-weeks') =>
      aChild({
        details: aChildDetails({
          id: childId(id),
          unborn: false,
          dateOfBirth,
          ...(rule ? { postBirthReviewRule: rule } : {}),
        }),
      });
    const previous = { date: '2026-01-05', type: 'pre-birth-initial' as const, quorate: true };
    const one = reviewConferenceDueDate(
      aReview(previous, { children: [born('a', '2026-02-02')] }),
      C,
    );
    expect(one?.date).toBe('2026-03-02');
    expect(one?.rule).toMatch(/^the earlier of/);
    const two = reviewConferenceDueDate(
      aReview(previous, {
        children: [born('a', '2026-02-02'), born('b', '2026-01-30', 'birth-plus-4-weeks')],
      }),
      C,
    );
    expect(two).toMatchObject({ date: '2026-02-27' });
    expect(two?.rule).toMatch(/^4 weeks after the birth/);
    const unborn = aChild({
      details: aChildDetails({
        unborn: true,
        dateOfBirth: undefined,
        expectedDeliveryDate: '2026-05-01',
      }),
    });
    expect(reviewConferenceDueDate(aReview(previous, { children: [unborn] }), C)?.date).toBe(
      '2026-04-02',
    );
  });

  it('is unknown without the conference before it, and for a conference that is not a review', () => {
    expect(reviewConferenceDueDate(aReview(undefined), C)).toBeUndefined();
    expect(reviewConferenceDueDate(aConference(), C)).toBeUndefined();
  });
});
