import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { SectionKeySchema } from '../../../shared/domain/household';
import { STEPS, stepProgress } from '../../../shared/domain/steps';
import { aChild, anOutlinePlan, block, aConference } from '../../fixtures/conference';
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
    // Every one of the 14 steps (their ids and order are pinned by the first test).
    expect(incomplete).toEqual(SectionKeySchema.options);
  });

  const decisionSteps = (c: ReturnType<typeof aConference>) =>
    progress(c)
      .filter((s) => ['decision', 'category', 'outline-plan', 'core-group'].includes(s.id))
      .map((s) => [s.id, s.complete]);

  it('leaves category, plan and core group not done until every child has a decision', () => {
    const group = aSiblingGroup();
    const [first, second, ...rest] = group.children;
    const { decision: _d1, plan: _p1, ...undecided1 } = first!;
    const { decision: _d2, plan: _p2, ...undecided2 } = second!;
    expect(decisionSteps({ ...group, children: [undecided1, undecided2, ...rest] })).toEqual([
      ['decision', false],
      ['category', false],
      ['outline-plan', false],
      ['core-group', false],
    ]);
    // One child still undecided: the others' complete plans do not make the steps done.
    expect(decisionSteps({ ...group, children: [first!, undecided2, ...rest] })).toEqual([
      ['decision', false],
      ['category', false],
      ['outline-plan', false],
      ['core-group', false],
    ]);
  });

  it('marks category, plan and core group done when every child is decided and none needs a plan', () => {
    const c = aConference();
    const child = c.children[0]!;
    const { plan: _plan, ...rest } = child;
    const cin = {
      ...c,
      children: [
        {
          ...rest,
          decision: { ...child.decision!, outcome: 'cin-plan' as const, categories: [] },
        },
      ],
    };
    expect(decisionSteps(cin)).toEqual([
      ['decision', true],
      ['category', true],
      ['outline-plan', true],
      ['core-group', true],
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

  it('leaves a plan step not done while rule 2 or 5 finds something missing on its fields', () => {
    const withPlan = (plan: ReturnType<typeof anOutlinePlan>) =>
      aConference({ children: [aChild({ plan })] });
    const full = anOutlinePlan();
    const [lead] = full.coreGroup;
    // Only the lead in the core group: no other professional and no parent.
    expect(decisionSteps(withPlan({ ...full, coreGroup: [lead!] }))).toEqual([
      ['decision', true],
      ['category', true],
      ['outline-plan', true],
      ['core-group', false],
    ]);
    // The first core group on a Saturday (rule 2), and later than 10 working days (rule 5).
    expect(decisionSteps(withPlan({ ...full, firstCoreGroupDate: '2026-01-17' }))).toContainEqual([
      'core-group',
      false,
    ]);
    expect(decisionSteps(withPlan({ ...full, firstCoreGroupDate: '2026-01-20' }))).toContainEqual([
      'core-group',
      false,
    ]);
    // An action with no one named to do it does not count (rule 5).
    const [action] = full.actions;
    expect(decisionSteps(withPlan({ ...full, actions: [{ ...action!, who: '' }] }))).toEqual([
      ['decision', true],
      ['category', true],
      ['outline-plan', false],
      ['core-group', true],
    ]);
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
