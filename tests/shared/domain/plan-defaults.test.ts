import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { ConferenceSchema } from '../../../shared/domain/conference';
import { applyEdit } from '../../../shared/domain/edits';
import { itemId } from '../../../shared/domain/ids';
import { OutlinePlanSchema } from '../../../shared/domain/outline-plan';
import {
  copySharedPlanParts,
  coreGroupCandidates,
  coreGroupIndex,
  lateDateWarning,
  leadSocialWorkerFrom,
  newAssessment,
  newOutlinePlan,
  newPlanAction,
  newPlanOutcome,
  planDueDates,
} from '../../../shared/domain/plan-defaults';
import { RULES } from '../../../shared/domain/validation';
import { DATES, IDS, aConference, aProfessional, anOutlinePlan } from '../../fixtures/conference';
import { aConferenceWithRestrictionsAndExclusion } from '../../fixtures/conference-scenarios';

describe('newOutlinePlan', () => {
  it('defaults the first core group and review to their latest dates (docs/domain.md §7 worked example)', () => {
    const plan = newOutlinePlan({ date: DATES.icpc, type: 'initial' }, ENGLAND_DEFAULTS);
    expect(OutlinePlanSchema.parse(plan)).toEqual(plan);
    expect(plan.firstCoreGroupDate).toBe(DATES.firstCoreGroup);
    expect(plan.reviewDate).toBe(DATES.firstReview);
    expect(plan.coreGroupFrequencyWeeks).toBe(4);
    // Never assumed: the chair chooses the lead statutory body; rule 16 asks before sign-off.
    expect(plan.leadStatutoryBody).toBeUndefined();
    expect(plan.familyGroupConferenceConsidered).toBeUndefined();
  });

  it('uses the configured review rule and the later-review rule at a review conference', () => {
    const days90 = newOutlinePlan(
      { date: DATES.icpc, type: 'initial' },
      {
        ...ENGLAND_DEFAULTS,
        timescales: { ...ENGLAND_DEFAULTS.timescales, firstReview: '90-calendar-days' },
      },
    );
    // 90 days is Sunday 5 April 2026 and Friday 3 April is Good Friday, so Thursday 2 April.
    expect(days90.reviewDate).toBe('2026-04-02');
    const review = planDueDates({ date: DATES.icpc, type: 'review' }, ENGLAND_DEFAULTS);
    expect(review.review.rule).toMatch(/^6 calendar months after the review conference/);
    expect(
      planDueDates({ date: DATES.icpc, type: 'initial' }, ENGLAND_DEFAULTS).firstCoreGroup.rule,
    ).toBe('10 working days after the conference on 5 January 2026 (day 0)');
  });

  it('satisfies rule 5 on dates, and a new plan can be set on a plan child by an edit', () => {
    const c = aConference();
    const child = c.children[0]!;
    const fresh = { ...c, children: [{ ...child, plan: undefined }] };
    const next = applyEdit(fresh, {
      type: 'set',
      path: ['children', 0, 'plan'],
      value: newOutlinePlan(c, ENGLAND_DEFAULTS),
    });
    const paths = RULES['R5-plan-complete'](next, ENGLAND_DEFAULTS, DATES.icpc).map((f) => f.path);
    expect(paths).not.toContain('children.0.plan.firstCoreGroupDate');
    expect(paths).not.toContain('children.0.plan.reviewDate');
    expect(paths).toContain('children.0.plan.contingencyPlan');
  });
});

describe('new rows', () => {
  it('are blank and parse inside a plan', () => {
    const plan = {
      ...anOutlinePlan(),
      actions: [newPlanAction(itemId('a9'))],
      furtherAssessments: [newAssessment(itemId('s9'))],
      outcomes: [newPlanOutcome(itemId('o9'), 'long')],
    };
    expect(OutlinePlanSchema.parse(plan)).toEqual(plan);
    expect(plan.actions[0]).toEqual({ id: 'a9', what: '', who: '', howWeWillKnow: '' });
  });

  it('takes the lead social worker from a professional', () => {
    expect(leadSocialWorkerFrom(aProfessional())).toEqual({
      personId: IDS.socialWorker,
      name: 'Tom Placeholder',
      team: 'Fictionshire Children’s Services',
      contact: '',
    });
  });
});

describe('coreGroupCandidates', () => {
  it('lists professionals then family, with roles, and notes an excluded family member', () => {
    const c = aConferenceWithRestrictionsAndExclusion();
    const list = coreGroupCandidates(c);
    expect(list[0]?.member).toEqual({
      personId: IDS.socialWorker,
      name: 'Tom Placeholder',
      role: 'Social worker, Fictionshire Children’s Services',
      kind: 'professional',
    });
    const family = list.filter((x) => x.member.kind === 'family');
    expect(family.map((x) => x.member.name)).toEqual(c.household.map((m) => m.name));
    expect(family.some((x) => x.note !== undefined)).toBe(true);
    expect(
      coreGroupCandidates({ ...c, professionals: [aProfessional({ role: '' })] })[0]?.member.role,
    ).toBe('Fictionshire Children’s Services');
  });

  it('finds a member by person id', () => {
    const plan = anOutlinePlan();
    expect(coreGroupIndex(plan.coreGroup, IDS.mother)).toBe(2);
    expect(coreGroupIndex(plan.coreGroup, IDS.police)).toBe(-1);
  });
});

describe('lateDateWarning', () => {
  const due = { date: '2026-01-19', rule: 'rule' };
  it('warns only for a date after the latest', () => {
    expect(lateDateWarning(undefined, due, 'The first core group')).toBeUndefined();
    expect(lateDateWarning('2026-01-19', due, 'The first core group')).toBeUndefined();
    expect(lateDateWarning('2026-01-20', due, 'The first core group')).toBe(
      'The first core group on 20 January 2026 is after the latest date, 19 January 2026. Bring it forward to 19 January 2026 or earlier.',
    );
  });
});

describe('copySharedPlanParts', () => {
  it('copies the family-wide parts with new row ids and keeps the child’s own outcomes', () => {
    let n = 0;
    const newId = () => itemId(`copy-${++n}`);
    const from = anOutlinePlan();
    const to = {
      ...newOutlinePlan({ date: DATES.icpc, type: 'initial' }, ENGLAND_DEFAULTS),
      outcomes: [newPlanOutcome(itemId('mine'), 'short')],
      childInvolvement: 'Noah talks to his advocate.',
    };
    const out = copySharedPlanParts(from, to, newId);
    expect(OutlinePlanSchema.parse(out)).toEqual(out);
    expect(out.outcomes).toEqual(to.outcomes);
    expect(out.childInvolvement).toBe('Noah talks to his advocate.');
    expect(out.contingencyPlan).toBe(from.contingencyPlan);
    expect(out.leadSocialWorker).toEqual(from.leadSocialWorker);
    expect(out.actions.map((a) => a.id)).toEqual(['copy-2']);
    expect(out.furtherAssessments.map((a) => a.id)).toEqual(['copy-1']);
    expect(out.actions[0]?.what).toBe(from.actions[0]?.what);
    expect(out.coreGroup).toEqual(from.coreGroup);
    expect(out.coreGroup[0]).not.toBe(from.coreGroup[0]);
    expect(out.firstCoreGroupTime).toBe('10:00');
  });

  it('drops dates and lead the source does not have', () => {
    const from = { ...anOutlinePlan() };
    delete from.leadSocialWorker;
    delete from.firstCoreGroupDate;
    delete from.firstCoreGroupTime;
    delete from.reviewDate;
    const out = copySharedPlanParts(from, anOutlinePlan(), () => itemId('x'));
    expect(out.leadSocialWorker).toBeUndefined();
    expect(out.firstCoreGroupDate).toBeUndefined();
    expect(out.firstCoreGroupTime).toBeUndefined();
    expect(out.reviewDate).toBeUndefined();
    expect(ConferenceSchema.shape.children.element.shape.plan.parse(out)).toEqual(out);
  });
});
