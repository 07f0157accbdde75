import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config';
import { SectionKeySchema } from '../../../shared/domain/household';
import { STEPS, stepProgress } from '../../../shared/domain/steps';
import { block, aConference } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';

const progress = (c = aConference()) => stepProgress(c, ENGLAND_DEFAULTS);

describe('conference steps', () => {
  it('lists the 14 steps in agenda order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      'introductions',
      'attendance',
      'purpose',
      'reports',
      'agency-information',
      'parents-views',
      'child-views',
      'analysis',
      'agency-views',
      'decision',
      'category',
      'outline-plan',
      'core-group',
      'summary',
    ]);
  });

  it('has exactly one step for every section a person can be excluded from', () => {
    expect(STEPS.map((s) => s.id)).toEqual(SectionKeySchema.options);
  });

  it('marks every step complete for a complete conference, including a sibling group', () => {
    expect(progress().every((s) => s.complete)).toBe(true);
    expect(progress(aSiblingGroup()).every((s) => s.complete)).toBe(true);
  });

  it('marks every step incomplete for an empty record', () => {
    const c = aConference();
    const empty = {
      ...c,
      statements: {
        confidentialityRead: false,
        professionalDifferenceRead: false,
        recordingExplained: false,
      },
      attendance: [],
      reports: [],
      agencyViews: [],
      children: [],
      discussion: {
        ...c.discussion,
        purpose: block(''),
        parentsViews: block(''),
        strengths: block(''),
        chairSummary: block(''),
        agencyInformation: [],
      },
    };
    const incomplete = progress(empty)
      .filter((s) => !s.complete)
      .map((s) => s.id);
    expect(incomplete).toEqual([
      'introductions',
      'attendance',
      'purpose',
      'reports',
      'agency-information',
      'parents-views',
      'child-views',
      'analysis',
      'agency-views',
      'decision',
      'summary',
    ]);
  });

  it('checks categories, plan and core group for children with a plan', () => {
    const c = aConference();
    const child = c.children[0]!;
    const gaps = {
      ...c,
      children: [
        {
          ...child,
          decision: { ...child.decision!, categories: [] },
          plan: { ...child.plan!, actions: [], coreGroup: [] },
        },
      ],
    };
    expect(
      progress(gaps)
        .filter((s) => !s.complete)
        .map((s) => s.id),
    ).toEqual(['category', 'outline-plan', 'core-group']);
  });

  it('uses the Signs of Safety analysis when that is the practice model', () => {
    const c = aConference({ practiceModel: 'signs-of-safety' });
    expect(progress(c).find((s) => s.id === 'analysis')).toEqual({
      id: 'analysis',
      title: 'Analysis (Signs of Safety)',
      complete: false,
    });
    const filled = block('Written.');
    const sos = {
      ...c,
      discussion: {
        ...c.discussion,
        signsOfSafety: {
          harmStatement: filled,
          dangerStatement: filled,
          complicatingFactors: filled,
          existingStrengths: filled,
          existingSafety: filled,
          safetyGoals: filled,
          nextSteps: filled,
          greyAreas: block(''),
        },
      },
    };
    expect(progress(sos).find((s) => s.id === 'analysis')?.complete).toBe(true);
  });
});
