// Exclusions are stated in the record and left out of the excluded person's copy under the section's own heading
// (docs/domain.md §1.8, §4.3); an unborn baby's plan starts at birth and the review after the birth is printed
// (§5.2); the record prints the due-date rules beside the dates (§1.2, §3.2, §3.3).
import { describe, expect, it } from 'vitest';

import { redactForFamily, LEFT_OUT_NOTE } from '../../../shared/documents/family-copy';
import { buildDecisionLetter } from '../../../shared/documents/decision-letter';
import { buildMinutes } from '../../../shared/documents/minutes';
import { buildOutlinePlans } from '../../../shared/documents/outline-plan';
import { postBirthReviewDueDate } from '../../../shared/domain/due-dates';
import { formatDate } from '../../../shared/domain/format-en-gb';
import type { Conference } from '../../../shared/domain/conference';
import { IDS } from '../../fixtures/conference';
import {
  aConferenceWithRestrictionsAndExclusion,
  aPreBirthConference,
} from '../../fixtures/conference-scenarios';
import { DOC_CONFIG } from '../../fixtures/documents';
import { readableText } from '../../support/document-text';

function excludedAt(from?: string, to?: string): Conference {
  const c = aConferenceWithRestrictionsAndExclusion();
  return {
    ...c,
    household: c.household.map((m) =>
      m.exclusion
        ? {
            ...m,
            exclusion: {
              ...m.exclusion,
              ...(from ? { fromTime: from } : {}),
              ...(to ? { toTime: to } : {}),
            },
          }
        : m,
    ),
  };
}

describe('exclusions in the record', () => {
  it('states who, which parts, the ground, when and how their views were put', () => {
    const text = readableText(buildMinutes(excludedAt('10:15', '11:05'), DOC_CONFIG));
    expect(text).not.toContain('No one was excluded');
    for (const line of [
      'Excluded: Liam Example (Father)',
      'Parts of the conference: Reports and Information from each agency',
      'Ground: Conflict between family members',
      'When: From 10:15am to 11:05am; Agency information and reports only; Liam joined for the decision.',
      'Asked for by: Tom Placeholder (social worker)',
      'Decided by the chair on: 23 December 2025',
      'How their views were heard: Liam met the chair beforehand; the chair read out his views.',
    ]) {
      expect(text).toContain(line);
    }
  });

  it.each([
    ['10:15', undefined, 'When: From 10:15am;'],
    [undefined, '11:05', 'When: Until 11:05am;'],
  ])('prints only the times recorded (from %s to %s)', (from, to, expected) => {
    expect(readableText(buildMinutes(excludedAt(from, to), DOC_CONFIG))).toContain(expected);
  });

  it("puts the notice under the excluded section's own heading in the excluded person's copy", () => {
    const minutes = buildMinutes(aConferenceWithRestrictionsAndExclusion(), DOC_CONFIG);
    const copy = readableText(
      redactForFamily(minutes, { personId: IDS.father, name: 'Liam Example' }),
    );
    expect(copy).toContain(`Reports received\n${LEFT_OUT_NOTE}`);
    expect(copy).toContain(`Information from agencies\n${LEFT_OUT_NOTE}`);
    expect(copy).not.toContain(`Background\n${LEFT_OUT_NOTE}`);
    expect(copy).not.toContain('Section 47 enquiry found repeated neglect');
    // Jade was not excluded: her copy has both sections.
    const jade = readableText(
      redactForFamily(minutes, { personId: IDS.mother, name: 'Jade Example' }),
    );
    expect(jade).not.toContain(LEFT_OUT_NOTE);
    expect(jade).toContain('Section 47 enquiry found repeated neglect');
  });

  it('keeps the leaving and returning history in the attendance table', () => {
    const c = aConferenceWithRestrictionsAndExclusion({
      attendance: [
        {
          personId: IDS.father,
          status: 'present',
          arrivedAt: '09:52',
          movements: [
            { kind: 'left', at: '10:15' },
            { kind: 'returned', at: '11:05' },
          ],
        },
        { personId: IDS.mother, status: 'left', leftAt: '11:30' },
      ],
    });
    const text = readableText(buildMinutes(c, DOC_CONFIG));
    expect(text).toContain(
      'Liam Example | Father | Family | Present (left at 10:15am, came back at 11:05am)',
    );
    expect(text).toContain('Jade Example | Mother | Family | Left at 11:30am');
  });
});

describe('an unborn baby made subject to a plan', () => {
  const c = aPreBirthConference();
  const unborn = c.children.find((ch) => ch.details.unborn)!;
  const edd = unborn.details.expectedDeliveryDate!;
  const due = postBirthReviewDueDate(c.date, edd, DOC_CONFIG);

  it('starts the plan at birth in the record, the plan and the letter, with the review after the birth', () => {
    const record = readableText(buildMinutes(c, DOC_CONFIG));
    const plan = buildOutlinePlans(c, DOC_CONFIG).map(readableText).join('\n');
    const letter = readableText(buildDecisionLetter(c, DOC_CONFIG));
    const start = `At birth (the baby is expected on ${formatDate(edd)})`;
    expect(record).toContain(`Plan starts: ${start}`);
    expect(plan).toContain(`Plan start date: ${start}`);
    expect(letter).toContain('The plan starts when the baby is born.');
    const review = `that is by ${formatDate(due.date)} (${due.rule})`;
    for (const text of [record, plan, letter]) {
      expect(text).toContain(
        'within 3 months of this conference or within 20 working days of the birth',
      );
      expect(text).toContain(review);
    }
  });

  it('follows the rule chosen for the child (4 weeks after the birth)', () => {
    const four = {
      ...c,
      children: c.children.map((ch) =>
        ch.details.unborn
          ? {
              ...ch,
              details: { ...ch.details, postBirthReviewRule: 'birth-plus-4-weeks' as const },
            }
          : ch,
      ),
    };
    expect(readableText(buildMinutes(four, DOC_CONFIG))).toContain(
      'The first review after the birth is held within 4 weeks of the birth.',
    );
  });
});

describe('due-date rules beside the dates', () => {
  it('prints the 15 working days, 10 working days and 3 months rules in the record', () => {
    const text = readableText(buildMinutes(aConferenceWithRestrictionsAndExclusion(), DOC_CONFIG));
    expect(text).toMatch(
      /Conference due by: .+ \(15 working days after the strategy discussion on 10 December 2025/,
    );
    expect(text).toContain(
      'First core group: 19 January 2026 (due by 19 January 2026: 10 working days after the conference on 5 January 2026 (day 0)',
    );
    expect(text).toMatch(
      /Review conference: 2 April 2026 \(due by .+: 3 calendar months after the conference on 5 January 2026/,
    );
  });
});
