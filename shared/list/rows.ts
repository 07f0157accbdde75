// The list rows: each active plan with what is due next and whether it is overdue on a given day, and each
// child's plan history. Next core group: the date the latest conference set, or the last core group held plus the
// plan's frequency. Next review: the date the latest conference set, else the due-date rule (first review 3 months
// after an initial conference, later reviews 6 months after a review; for a transfer-in entry with no date given,
// the transfer conference due 15 working days after notification). A plan made from birth at a pre-birth
// conference is reviewed by the post-birth rule chosen for the baby, from the day of birth once it is recorded and
// from the expected delivery date until then; the earlier of that and a date the conference set (docs/domain.md
// §5.2). Rules: docs/domain.md §3.2, §3.3, §5.2, §5.3, §9.3.
import { addDays } from '../domain/calendar';
import { cinCensusCode } from '../domain/categories';
import type { Config } from '../domain/config';
import {
  firstCoreGroupDueDate,
  firstReviewDueDate,
  nextReviewDueDate,
  postBirthReviewDueDate,
  transferInDueDate,
} from '../domain/due-dates';

import { planStartOf } from './derive';
import type { DerivedPlan } from './derive';
import type { ListChild, ListRow, PlanHistory } from './schemas';

// Due dates depend only on the configuration and a date, and many plans share dates: remember them per config.
const memos = new WeakMap<Config, Map<string, string | undefined>>();
function memo(config: Config, key: string, work: () => string | undefined): string | undefined {
  let m = memos.get(config);
  if (!m) {
    m = new Map();
    memos.set(config, m);
  }
  if (!m.has(key)) {
    m.set(key, work());
  }
  return m.get(key);
}

/** When the next core group is due, or undefined when nothing says. */
export function nextCoreGroupDue(plan: DerivedPlan, config: Config): string | undefined {
  const held = plan.lastCoreGroupHeld;
  if (held !== undefined && held >= plan.setOn) {
    return addDays(held, plan.coreGroupFrequencyWeeks * 7);
  }
  if (plan.setCoreGroup !== undefined) {
    return plan.setCoreGroup;
  }
  if (plan.source === 'conference') {
    return memo(config, `cg:${plan.setOn}`, () => firstCoreGroupDueDate(plan.setOn, config).date);
  }
  return undefined;
}

/** When the next review (or, for a transfer-in entry, the transfer conference) is due. */
export function nextReviewDue(plan: DerivedPlan, config: Config): string | undefined {
  const afterBirth = postBirthReviewDue(plan, config);
  if (afterBirth !== undefined) {
    return plan.setReview !== undefined && plan.setReview < afterBirth
      ? plan.setReview
      : afterBirth;
  }
  if (plan.setReview !== undefined) {
    return plan.setReview;
  }
  if (plan.source === 'transfer-in') {
    const notified = plan.transferNotifiedOn;
    return notified === undefined
      ? undefined
      : memo(config, `ti:${notified}`, () => transferInDueDate(notified, config).date);
  }
  return plan.lastConferenceType === 'review'
    ? memo(config, `nr:${plan.setOn}`, () => nextReviewDueDate(plan.setOn, config).date)
    : memo(config, `fr:${plan.setOn}`, () => firstReviewDueDate(plan.setOn, config).date);
}

/**
 * The review after the birth for a plan made from birth whose last conference was the pre-birth one: by the rule
 * chosen for the baby, from the day of birth, or from the expected delivery date while the baby is not yet born.
 * Undefined for every other plan, or when neither date is known.
 */
export function postBirthReviewDue(plan: DerivedPlan, config: Config): string | undefined {
  const birth = plan.bornOn ?? plan.expectedDeliveryDate;
  if (!plan.startsAtBirth || plan.lastConferenceType === 'review' || birth === undefined) {
    return undefined;
  }
  const rule = plan.postBirthReviewRule ?? config.timescales.postBirthReview;
  return memo(
    config,
    `pb:${plan.setOn}:${birth}:${rule}`,
    () =>
      postBirthReviewDueDate(plan.setOn, birth, {
        ...config,
        timescales: { ...config.timescales, postBirthReview: rule },
      }).date,
  );
}

/**
 * The list row of an active plan, with overdue flags against `today`. Built by assignment in a fixed key order
 * rather than by spreading the child and a chain of conditional spreads: it runs once per child when the list is
 * indexed, and adding keys to a spread copy cost about forty times as much (docs/list.md, "Speed"). The keys and
 * their order are those of ListRowSchema; absent values stay absent keys, as before.
 */
export function toRow(plan: DerivedPlan, child: ListChild, config: Config, today: string): ListRow {
  const coreGroup = nextCoreGroupDue(plan, config);
  const review = nextReviewDue(plan, config);
  const cin = cinCensusCode(plan.latestCategories);
  const primary = plan.latestCategories[0];
  const start = planStartOf(plan);
  const row = {
    childId: child.childId,
    name: child.name,
    unborn: child.unborn,
  } as Partial<ListRow> & ListChild;
  if (child.dateOfBirth !== undefined) {
    row.dateOfBirth = child.dateOfBirth;
  }
  if (child.expectedDeliveryDate !== undefined) {
    row.expectedDeliveryDate = child.expectedDeliveryDate;
  }
  row.address = child.address;
  if (child.nhsNumber !== undefined) {
    row.nhsNumber = child.nhsNumber;
  }
  row.planId = plan.planId;
  if (start !== undefined) {
    row.planStart = start;
  }
  row.startsAtBirth = plan.startsAtBirth;
  row.listedOn = plan.startDate;
  row.categories = plan.latestCategories.slice();
  if (primary !== undefined) {
    row.primaryCategory = primary;
  }
  if (cin !== undefined) {
    row.cinCode = cin;
  }
  if (plan.lead) {
    row.leadSocialWorker = { ...plan.lead };
  }
  if (coreGroup !== undefined) {
    row.nextCoreGroupDue = coreGroup;
  }
  if (review !== undefined) {
    row.nextReviewDue = review;
  }
  row.coreGroupOverdue = coreGroup !== undefined && coreGroup < today;
  row.reviewOverdue = review !== undefined && review < today;
  row.reviewsHeld = plan.reviewDates.length;
  row.source = plan.source;
  if (plan.originatingAuthority !== undefined) {
    row.originatingAuthority = plan.originatingAuthority;
  }
  if (plan.lastConferenceId !== undefined) {
    row.lastConferenceId = plan.lastConferenceId;
  }
  return row as ListRow;
}

/** The history entry of any plan, active or ended. */
export function toHistory(plan: DerivedPlan): PlanHistory {
  return {
    planId: plan.planId,
    childId: plan.childId,
    status: plan.status,
    source: plan.source,
    ...(plan.originatingAuthority !== undefined
      ? { originatingAuthority: plan.originatingAuthority }
      : {}),
    ...(planStartOf(plan) !== undefined ? { startDate: planStartOf(plan) } : {}),
    startsAtBirth: plan.startsAtBirth,
    listedOn: plan.startDate,
    ...(plan.endDate !== undefined ? { endDate: plan.endDate } : {}),
    ...(plan.endReason !== undefined ? { endReason: plan.endReason } : {}),
    initialCategories: [...plan.initialCategories],
    latestCategories: [...plan.latestCategories],
    ...(plan.initialConference ? { initialConferenceId: plan.initialConference.id } : {}),
    conferences: plan.conferences.map((c) => ({ ...c, categories: [...c.categories] })),
  };
}
