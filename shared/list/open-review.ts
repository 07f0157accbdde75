// Prefills a review conference opened from a child's plan, so nothing is typed twice: the children whose plans the
// last conference set (siblings are reviewed together), their details and outline plans, progress rows for every
// action, the household and professionals, and the next review date (+6 months by the due-date rule). For a plan
// that came with a transfer-in entry it prefills the transfer-in conference instead. Rules: docs/domain.md §3.3, §3.4,
// §5.3, §5.4, §9.2 rule 14 (a warning when ending a plan at the first review), §9.3 (later reviews +6 months).
import type { ChildViews } from '../domain/child';
import type { Conference, ConferenceChild } from '../domain/conference';
import type { Config } from '../domain/config';
import { nextReviewDueDate } from '../domain/due-dates';
import { formatDate } from '../domain/format-en-gb';
import { childId as toChildId } from '../domain/ids';
import type { ChildId } from '../domain/ids';
import { emptyBlock } from '../domain/primitives';
import { quorumStatus } from '../domain/quorum';
import type { ChildReview } from '../domain/review';

import { planStartOf } from './derive';
import type { DerivedPlan } from './derive';
import type { TransferInInput } from './schemas';

const noViewsYet = (): ChildViews => ({
  block: emptyBlock(),
  obtainedBy: [],
  notInvolvedReason: '',
});

/** The first-review warning the chair sees when the review is opened (rule 14 repeats it at sign-off). */
export const FIRST_REVIEW_WARNING =
  'This is the first review. Ending a plan at the first review needs exceptional circumstances: if the plan is discontinued, give the evidence in the rationale.';

function reviewChild(
  source: ConferenceChild,
  plan: DerivedPlan,
  date: string,
  config: Config,
): ConferenceChild {
  const outline = source.plan;
  const review: ChildReview = {
    ...(planStartOf(plan) !== undefined ? { planStartDate: planStartOf(plan) } : {}),
    ...(plan.lastConferenceId !== undefined ? { previousConferenceId: plan.lastConferenceId } : {}),
    ...(plan.reviewDates.length > 0
      ? { previousReviewDate: plan.reviewDates[plan.reviewDates.length - 1]! }
      : {}),
    categoriesBefore: [...plan.latestCategories],
    actionProgress: (outline?.actions ?? []).map((a) => ({
      id: a.id,
      what: a.what,
      who: a.who,
      ...(a.byWhen !== undefined ? { byWhen: a.byWhen } : {}),
      progress: 'not-yet-assessed' as const,
      note: '',
    })),
  };
  const next = nextReviewDueDate(date, config).date;
  const child: ConferenceChild = { details: source.details, views: noViewsYet(), review };
  if (outline) {
    const { firstCoreGroupDate: _drop, firstCoreGroupTime: _time, ...rest } = outline;
    child.plan = { ...rest, firstCoreGroupPlace: '', reviewDate: next };
  }
  return child;
}

export type PrefilledReview = { conference: Conference; reviewNumber: number; warnings: string[] };

/**
 * A review conference on `date` from the last conference that set the plans of `childIds` (the child asked for
 * first). `blank` is a new draft conference with the id and defaults already set.
 */
export function prefillReview(args: {
  blank: Conference;
  last: Conference;
  plans: ReadonlyMap<ChildId, DerivedPlan>;
  childIds: readonly ChildId[];
  date: string;
  config: Config;
}): PrefilledReview {
  const { blank, last, plans, date, config } = args;
  const main = plans.get(args.childIds[0]!)!;
  const reviewNumber = main.reviewDates.length + 1;
  const children = args.childIds.flatMap((id) => {
    const source = last.children.find((c) => c.details.id === id);
    const plan = plans.get(id);
    return source && plan ? [reviewChild(source, plan, date, config)] : [];
  });
  const attendedAs = last.attendance.map((a) =>
    a.status === 'left' ? { ...a, status: 'present' as const } : a,
  );
  const warnings: string[] = [];
  if (reviewNumber === 1) {
    warnings.push(FIRST_REVIEW_WARNING);
  }
  const due = main.setReview;
  if (due !== undefined && date > due) {
    warnings.push(
      `This review is later than the date the last conference set (${formatDate(due)}).`,
    );
  }
  const conference: Conference = {
    ...blank,
    type: 'review',
    reviewNumber,
    localAuthority: last.localAuthority || blank.localAuthority,
    venue: last.venue,
    virtual: last.virtual,
    chair: { ...last.chair, independenceConfirmed: false },
    practiceModel: last.practiceModel,
    previous: {
      date: last.date,
      type: last.type,
      quorate: quorumStatus({ ...last, attendance: attendedAs }, config.quorum).quorate,
    },
    children,
    household: last.household.map((m) => {
      const { exclusion: _none, ...rest } = m;
      return rest;
    }),
    professionals: last.professionals.map((p) => {
      const { reportSubmittedOn: _a, reportSharedWithFamilyOn: _b, ...rest } = p;
      return rest;
    }),
  };
  return { conference, reviewNumber, warnings };
}

/** A transfer-in conference for a child on the list from a transfer-in entry (docs/domain.md §5.3). */
export function prefillTransferConference(args: {
  blank: Conference;
  childId: ChildId;
  entry: TransferInInput;
  nhsNumber: string | undefined;
}): Conference {
  const { blank, entry } = args;
  const child: ConferenceChild = {
    details: {
      id: toChildId(args.childId),
      name: entry.name,
      unborn: entry.unborn,
      ...(entry.dateOfBirth !== undefined ? { dateOfBirth: entry.dateOfBirth } : {}),
      ...(entry.expectedDeliveryDate !== undefined
        ? { expectedDeliveryDate: entry.expectedDeliveryDate }
        : {}),
      sexOrGender: '',
      ethnicity: '',
      language: '',
      interpreterNeeded: false,
      disabilityOrCommunicationNeeds: '',
      ...(entry.address.trim() ? { address: entry.address.trim() } : {}),
      legalStatus: 'none',
      lookedAfter: false,
      ...(args.nhsNumber !== undefined ? { nhsNumber: args.nhsNumber } : {}),
      schoolOrSetting: '',
      gp: '',
      healthVisitorOrSchoolNurse: '',
      previousPlans: [],
      notes: '',
    },
    views: noViewsYet(),
  };
  return {
    ...blank,
    type: 'transfer-in-initial',
    transferIn: {
      notifiedOn: entry.notifiedOn,
      originatingAuthority: entry.originatingAuthority,
      originatingPlanStart: entry.originatingPlanStart,
      originatingCategories: [...entry.categories],
      originatingPlanSummary: '',
    },
    children: [child],
  };
}
