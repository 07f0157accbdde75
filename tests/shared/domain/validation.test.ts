import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { Config } from '../../../shared/domain/config';
import type { Conference } from '../../../shared/domain/conference';
import { itemId, personId } from '../../../shared/domain/ids';
import { RULES, canSignOff, validateConference } from '../../../shared/domain/validation';
import type { RuleId } from '../../../shared/domain/validation';
import {
  IDS,
  aChild,
  aChildDetails,
  aConference,
  aPlanDecision,
  anOutlinePlan,
  block,
} from '../../fixtures/conference';
import {
  aConferenceWithRestrictionsAndExclusion,
  aPreBirthConference,
  aSiblingGroup,
  anInquorateConference,
} from '../../fixtures/conference-scenarios';

const TODAY = '2026-01-05';
const run = (id: RuleId, c: Conference, config: Config = ENGLAND_DEFAULTS, today = TODAY) =>
  RULES[id](c, config, today);
const blocks = (id: RuleId, c: Conference, config?: Config) =>
  run(id, c, config).filter((f) => f.severity === 'blocks-sign-off');
const warnings = (id: RuleId, c: Conference, config?: Config) =>
  run(id, c, config).filter((f) => f.severity === 'warning');
const withChild = (c: Conference, patch: Parameters<typeof aChild>[0]): Conference => ({
  ...c,
  children: [aChild(patch)],
});

describe('validateConference', () => {
  it.each([
    ['a single-child initial conference', aConference()],
    ['a sibling group with a recorded dissent', aSiblingGroup()],
    ['a pre-birth conference', aPreBirthConference()],
    ['an inquorate conference with the chair’s reason', anInquorateConference()],
    ['restricted information and an exclusion', aConferenceWithRestrictionsAndExclusion()],
  ])('lets the chair sign off %s', (_name, c) => {
    expect(canSignOff(validateConference(c, ENGLAND_DEFAULTS, TODAY))).toBe(true);
  });

  it('returns findings with a rule id, severity, plain-English message and field path', () => {
    const findings = validateConference(aConference({ children: [] }), ENGLAND_DEFAULTS, TODAY);
    expect(findings).toContainEqual({
      ruleId: 'R4-decision-every-child',
      severity: 'blocks-sign-off',
      message: 'Add the children in the household: the conference must consider every one.',
      path: 'children',
    });
    expect(canSignOff(findings)).toBe(false);
  });
});

describe('rule 1: conference timing', () => {
  it('accepts a conference on its due date', () => {
    expect(run('R1-icpc-timing', aConference())).toEqual([]);
  });
  it('blocks a conference before the strategy discussion', () => {
    expect(blocks('R1-icpc-timing', aConference({ date: '2025-12-09' }))[0]?.path).toBe('date');
  });
  it.each([
    ['the day after the conference', '2026-01-06', 1],
    ['the conference day', '2026-01-05', 0],
    ['before the conference', '2025-12-16', 0],
  ])('with the section 47 enquiry started %s, blocks %i time(s)', (_when, s47, count) => {
    const found = blocks('R1-icpc-timing', aConference({ section47StartDate: s47 }));
    expect(found.filter((f) => f.path === 'section47StartDate')).toHaveLength(count);
    if (count > 0) {
      expect(found[0]!.message).toMatch(/before the section 47 enquiry started \(6 January 2026\)/);
    }
  });
  it('blocks when the strategy discussion date is missing', () => {
    expect(
      blocks('R1-icpc-timing', aConference({ strategyDiscussionDate: undefined })),
    ).toHaveLength(1);
  });
  it('requires a reason and agreement when the conference is late, and accepts them', () => {
    const late = aConference({ date: '2026-01-06' });
    expect(blocks('R1-icpc-timing', late).map((f) => f.path)).toEqual([
      'delay.reason',
      'delay.agreedByManager',
    ]);
    expect(blocks('R1-icpc-timing', late)[0]?.message).toMatch(/due date of 5 January 2026/);
    const agreed = {
      ...late,
      delay: { reason: 'Parent in hospital', agreedByManager: 'Kim Fictive', agreedByChair: true },
    };
    expect(run('R1-icpc-timing', agreed)).toEqual([]);
  });
  it('does not apply to review conferences', () => {
    expect(
      run('R1-icpc-timing', aConference({ type: 'review', strategyDiscussionDate: undefined })),
    ).toEqual([]);
  });
});

describe('rule 2: target dates on working days', () => {
  it('accepts working-day dates', () => {
    expect(run('R2-working-day-targets', aConference())).toEqual([]);
  });
  it('blocks a review date on Good Friday and warns about a conference on a Saturday', () => {
    const c = withChild(aConference({ date: '2026-01-03', strategyDiscussionDate: '2025-12-10' }), {
      plan: anOutlinePlan({ reviewDate: '2026-04-03' }),
    });
    expect(blocks('R2-working-day-targets', c)[0]?.path).toBe('children.0.plan.reviewDate');
    expect(blocks('R2-working-day-targets', c)[0]?.message).toContain('Good Friday');
    expect(warnings('R2-working-day-targets', c)[0]?.path).toBe('date');
  });
});

describe('rule 3: quorum', () => {
  it('is silent when quorate', () => {
    expect(run('R3-quorum', aConference())).toEqual([]);
  });
  it('warns but allows an inquorate conference with the chair’s reason', () => {
    const f = run('R3-quorum', anInquorateConference());
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
  it('blocks an inquorate conference without the chair’s reason and suggests an early review', () => {
    const c = anInquorateConference({
      quorum: { chairReasonToProceed: '', earlyReviewConsidered: false },
    });
    expect(blocks('R3-quorum', c)[0]?.path).toBe('quorum.chairReasonToProceed');
    expect(warnings('R3-quorum', c).map((x) => x.path)).toContain('quorum.earlyReviewConsidered');
  });
  it('warns about two inquorate conferences in a row, except pre-birth', () => {
    const previous = { date: '2025-12-20', type: 'initial' as const, quorate: false };
    expect(warnings('R3-quorum', anInquorateConference({ previous })).map((x) => x.path)).toContain(
      'previous.quorate',
    );
    expect(
      warnings('R3-quorum', anInquorateConference({ previous, type: 'pre-birth-initial' })).map(
        (x) => x.path,
      ),
    ).not.toContain('previous.quorate');
  });
});

describe('rule 4: a decision for every child', () => {
  it('accepts a decision and every professional’s view for every child', () => {
    expect(run('R4-decision-every-child', aSiblingGroup())).toEqual([]);
  });
  it('blocks a child without a decision and warns about missing views', () => {
    const c = aConference({ children: [aChild({ decision: undefined })], agencyViews: [] });
    expect(blocks('R4-decision-every-child', c)[0]?.path).toBe('children.0.decision');
    expect(warnings('R4-decision-every-child', c)).toHaveLength(3);
  });
});

describe('rule 5: a complete child protection plan', () => {
  it('accepts the complete fixture plan', () => {
    expect(run('R5-plan-complete', aSiblingGroup())).toEqual([]);
  });
  it('does not apply to a child in need outcome', () => {
    const c = withChild(aConference(), {
      decision: aPlanDecision({ outcome: 'cin-plan' }),
      plan: undefined,
    });
    expect(run('R5-plan-complete', c)).toEqual([]);
  });
  it('requires a category and exactly one primary', () => {
    const none = withChild(aConference(), { decision: aPlanDecision({ categories: [] }) });
    expect(blocks('R5-plan-complete', none)[0]?.message).toMatch(/at least one category/);
    const two = withChild(aConference(), {
      decision: aPlanDecision({
        categories: [
          { category: 'neglect', primary: true },
          { category: 'physical', primary: true },
        ],
      }),
    });
    expect(blocks('R5-plan-complete', two)[0]?.message).toMatch(/exactly one/);
  });
  it('requires an outline plan', () => {
    expect(blocks('R5-plan-complete', withChild(aConference(), { plan: undefined }))[0]?.path).toBe(
      'children.0.plan',
    );
  });
  it('requires lead social worker, core group, dates, an action and a contingency plan', () => {
    const c = withChild(aConference(), {
      plan: anOutlinePlan({
        leadSocialWorker: undefined,
        coreGroup: [],
        firstCoreGroupDate: '2026-01-20',
        reviewDate: '2026-04-06',
        actions: [],
        contingencyPlan: ' ',
      }),
    });
    expect(blocks('R5-plan-complete', c).map((f) => f.path)).toEqual([
      'children.0.plan.leadSocialWorker',
      'children.0.plan.coreGroup',
      'children.0.plan.coreGroup',
      'children.0.plan.coreGroup',
      'children.0.plan.firstCoreGroupDate',
      'children.0.plan.reviewDate',
      'children.0.plan.actions',
      'children.0.plan.contingencyPlan',
    ]);
  });
  it('requires the dates to be set, and dates a review plan 6 months on', () => {
    const c = withChild(aConference(), {
      plan: anOutlinePlan({ firstCoreGroupDate: undefined, reviewDate: undefined }),
    });
    expect(blocks('R5-plan-complete', c).map((f) => f.message)).toEqual([
      'Set the first core group date (due by 19 January 2026).',
      'Set the review conference date (due by 2 April 2026).',
    ]);
    const review = withChild(aConference({ type: 'review' }), {
      plan: anOutlinePlan({ reviewDate: '2026-07-03' }),
    });
    expect(run('R5-plan-complete', review)).toEqual([]);
  });
});

describe('rule 6: more than one category', () => {
  it('is silent for one category', () => {
    expect(run('R6-multiple-categories', aConference())).toEqual([]);
  });
  it('warns that one category is usual and the CIN code is MUL', () => {
    expect(warnings('R6-multiple-categories', aSiblingGroup())[0]?.message).toMatch(/MUL/);
  });
  it('blocks when the authority allows only one, and is silent when the warning is off', () => {
    expect(
      blocks('R6-multiple-categories', aSiblingGroup(), {
        ...ENGLAND_DEFAULTS,
        multipleCategoriesAllowed: false,
      }),
    ).toHaveLength(1);
    expect(
      run('R6-multiple-categories', aSiblingGroup(), {
        ...ENGLAND_DEFAULTS,
        warnWhenMultipleCategories: false,
      }),
    ).toEqual([]);
  });
});

describe('rule 7: dissent', () => {
  it('accepts a differing view that has a dissent entry', () => {
    expect(run('R7-dissent', aSiblingGroup())).toEqual([]);
  });
  it('blocks a differing view without a dissent entry', () => {
    const s = aSiblingGroup();
    const ava = s.children[2]!;
    const c = {
      ...s,
      children: [
        s.children[0]!,
        s.children[1]!,
        { ...ava, decision: { ...ava.decision!, dissent: [] } },
      ],
    };
    expect(blocks('R7-dissent', c)[0]?.path).toBe('children.2.decision.dissent');
    expect(blocks('R7-dissent', c)[0]?.message).toContain('Priya Sampleton');
  });
  it('blocks a dissent entry with no text', () => {
    const s = aSiblingGroup();
    const ava = s.children[2]!;
    const entry = { ...ava.decision!.dissent[0]!, text: '' };
    const c = {
      ...s,
      children: [
        s.children[0]!,
        s.children[1]!,
        { ...ava, decision: { ...ava.decision!, dissent: [entry] } },
      ],
    };
    expect(blocks('R7-dissent', c)[0]?.path).toBe('children.2.decision.dissent.0.text');
  });
});

describe('rule 8: exclusion', () => {
  it('accepts a fully recorded exclusion with a partial copy', () => {
    expect(run('R8-exclusion', aConferenceWithRestrictionsAndExclusion())).toEqual([]);
  });
  it('blocks missing details, a pending decision, a full copy and unnamed sections; warns on late notice', () => {
    const base = aConferenceWithRestrictionsAndExclusion();
    const liam = base.household[1]!;
    const bad = {
      ...liam,
      copyType: 'full' as const,
      exclusion: {
        ...liam.exclusion!,
        ground: undefined,
        requestedBy: '',
        requestedOn: '2026-01-02',
        sections: [],
      },
    };
    const c = { ...base, household: [base.household[0]!, bad] };
    expect(blocks('R8-exclusion', c).map((f) => f.path)).toEqual([
      'household.1.exclusion.ground',
      'household.1.exclusion.requestedBy',
      'household.1.copyType',
      'household.1.exclusion.sections',
    ]);
    expect(warnings('R8-exclusion', c)[0]?.message).toMatch(/less than 3 working days/);
    const pending = {
      ...base,
      household: [
        base.household[0]!,
        {
          ...liam,
          exclusion: {
            ...liam.exclusion!,
            chairDecision: 'pending' as const,
            requestedOn: undefined,
          },
        },
      ],
    };
    expect(blocks('R8-exclusion', pending).map((f) => f.path)).toEqual([
      'household.1.exclusion.requestedOn',
      'household.1.exclusion.chairDecision',
    ]);
  });
});

describe('rule 9: restricted information', () => {
  it('accepts restricted items with a reason and a professional audience', () => {
    expect(run('R9-restricted-information', aConferenceWithRestrictionsAndExclusion())).toEqual([]);
  });
  it('blocks an empty audience, a family member in the audience, no reason, and "shared with parents"', () => {
    const base = aConferenceWithRestrictionsAndExclusion();
    const police = base.reports[1]!;
    const c = {
      ...base,
      reports: [
        base.reports[0]!,
        {
          ...police,
          sharedWithParents: true,
          restriction: { reason: '', audience: [IDS.mother], thirdParty: true },
        },
      ],
      discussion: {
        ...base.discussion,
        concerns: { text: 'x', restriction: { reason: 'r', audience: [], thirdParty: false } },
      },
    };
    expect(blocks('R9-restricted-information', c).map((f) => f.path)).toEqual([
      'reports.1.restriction.audience',
      'reports.1.restriction.reason',
      'discussion.concerns.restriction.audience',
      'reports.1.sharedWithParents',
    ]);
  });
});

describe('rule 10: unborn child', () => {
  it('accepts the pre-birth fixture', () => {
    expect(run('R10-unborn-child', aPreBirthConference())).toEqual([]);
  });
  it('blocks a date of birth, a missing EDD, the wrong label and no post-birth rule', () => {
    const c = withChild(aConference(), {
      details: aChildDetails({
        unborn: true,
        name: 'Baby Example',
        expectedDeliveryDate: undefined,
      }),
    });
    expect(blocks('R10-unborn-child', c).map((f) => f.path)).toEqual([
      'children.0.details.dateOfBirth',
      'children.0.details.name',
      'children.0.details.postBirthReviewRule',
      'children.0.details.expectedDeliveryDate',
    ]);
  });
  it('warns when the conference is after week 34, and blocks a born child with no date of birth', () => {
    const p = aPreBirthConference();
    const late = {
      ...p,
      children: [
        {
          ...p.children[0]!,
          details: { ...p.children[0]!.details, expectedDeliveryDate: '2026-02-01' },
        },
      ],
    };
    expect(warnings('R10-unborn-child', late)[0]?.message).toMatch(/week 34/);
    const noDob = withChild(aConference(), { details: aChildDetails({ dateOfBirth: undefined }) });
    expect(blocks('R10-unborn-child', noDob)[0]?.path).toBe('children.0.details.dateOfBirth');
  });
});

describe('rule 11: transfer-in', () => {
  const transfer = {
    notifiedOn: '2025-12-10',
    originatingAuthority: 'Imaginary Borough Council',
    originatingPlanStart: '2025-06-01',
    originatingCategories: ['neglect' as const],
    originatingPlanSummary: 'Plan under neglect since June.',
  };
  it('accepts a complete transfer-in held on time', () => {
    expect(
      run('R11-transfer-in', aConference({ type: 'transfer-in-initial', transferIn: transfer })),
    ).toEqual([]);
  });
  it('blocks missing transfer details and a late conference without a reason', () => {
    expect(blocks('R11-transfer-in', aConference({ type: 'transfer-in-initial' }))[0]?.path).toBe(
      'transferIn',
    );
    const partial = {
      ...transfer,
      notifiedOn: undefined,
      originatingAuthority: '',
      originatingPlanSummary: '',
    };
    expect(
      blocks(
        'R11-transfer-in',
        aConference({ type: 'transfer-in-initial', transferIn: partial }),
      ).map((f) => f.path),
    ).toEqual([
      'transferIn.originatingAuthority',
      'transferIn.originatingPlanSummary',
      'transferIn.notifiedOn',
    ]);
    const late = aConference({
      type: 'transfer-in-initial',
      transferIn: transfer,
      date: '2026-01-07',
    });
    expect(blocks('R11-transfer-in', late)[0]?.path).toBe('delay.reason');
  });
});

describe('rule 12: terminology', () => {
  it('accepts current wording', () => {
    expect(run('R12-terminology', aConference())).toEqual([]);
  });
  it('blocks register-era wording in England, naming the field, with the suggestion and the field path', () => {
    const c = aConference();
    const bad = {
      ...c,
      discussion: { ...c.discussion, chairSummary: block('Mia will be placed on the register.') },
    };
    expect(blocks('R12-terminology', bad)).toEqual([
      {
        ruleId: 'R12-terminology',
        severity: 'blocks-sign-off',
        message:
          'Chair\'s summary: "placed on the register" is register-era wording. Say "made subject to a child protection plan" instead, or keep the wording with a reason.',
        path: 'discussion.chairSummary.text',
      },
    ]);
    expect(run('R12-terminology', bad, { ...ENGLAND_DEFAULTS, jurisdiction: 'wales' })).toEqual([]);
  });
  it('ignores the chair’s private notes, which are never printed', () => {
    expect(run('R12-terminology', aConference({ privateNotes: 'old register check' }))).toEqual([]);
  });
});

describe('rule 13: the child’s views', () => {
  it('accepts views with how they were obtained', () => {
    expect(run('R13-child-views', aSiblingGroup())).toEqual([]);
  });
  it('blocks empty views, no method and no reason for not attending', () => {
    const c = withChild(aConference(), {
      views: { block: block(' '), obtainedBy: [], notInvolvedReason: '' },
    });
    expect(blocks('R13-child-views', c).map((f) => f.path)).toEqual([
      'children.0.views.block.text',
      'children.0.views.obtainedBy',
      'children.0.views.notInvolvedReason',
    ]);
  });
});

describe('rule 14: ending a plan at the first review', () => {
  it('is silent when the plan continues', () => {
    expect(
      run('R14-ending-at-first-review', aConference({ type: 'review', reviewNumber: 1 })),
    ).toEqual([]);
  });
  it('warns when the first review ends the plan, but not at a later review', () => {
    const ending = withChild(aConference({ type: 'review', reviewNumber: 1 }), {
      decision: aPlanDecision({ outcome: 'no-further-action', categories: [] }),
    });
    expect(warnings('R14-ending-at-first-review', ending)[0]?.message).toMatch(
      /exceptional circumstances/,
    );
    const implied = {
      ...ending,
      reviewNumber: undefined,
      previous: { date: '2025-10-01', type: 'initial' as const, quorate: true },
    };
    expect(warnings('R14-ending-at-first-review', implied)).toHaveLength(1);
    expect(run('R14-ending-at-first-review', { ...ending, reviewNumber: 2 })).toEqual([]);
  });
});

describe('rule 15: turning 18', () => {
  it('is silent for a young child', () => {
    expect(run('R15-age-18', aConference())).toEqual([]);
  });
  it('warns when the child turns 18 before the review, or is already 18', () => {
    const nearly = withChild(aConference(), {
      details: aChildDetails({ dateOfBirth: '2008-03-01' }),
    });
    expect(warnings('R15-age-18', nearly)[0]?.message).toBe(
      'Mia Example turns 18 on 1 March 2026, before the next review (2 April 2026). Plan a review around the birthday.',
    );
    const adult = withChild(aConference(), {
      details: aChildDetails({ dateOfBirth: '2007-01-01' }),
    });
    expect(warnings('R15-age-18', adult)[0]?.message).toMatch(/already 18/);
  });
  it('uses the computed first review date when the plan has none', () => {
    const c = aConference({
      children: [
        aChild({
          details: aChildDetails({ dateOfBirth: '2008-03-01' }),
          plan: undefined,
          decision: aPlanDecision({ outcome: 'cin-plan' }),
        }),
      ],
    });
    expect(warnings('R15-age-18', c)).toHaveLength(1);
  });
});

describe('ids in fixtures', () => {
  it('brands valid ids and rejects others', () => {
    expect(personId('pro-x')).toBe('pro-x');
    expect(() => itemId('has space')).toThrow();
  });
});
