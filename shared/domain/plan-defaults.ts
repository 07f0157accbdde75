// A new outline plan with its default dates, new plan rows, and the people who can join the core group.
// Rules: docs/domain.md §3.1 (what the initial conference sets), §3.2 (core group of professionals and family; first
// meeting within 10 working days), §3.3 (first review within 3 months), §9.3 (defaults, rule shown).
import type { Config } from './config';
import type { Conference } from './conference';
import { firstCoreGroupDueDate, firstReviewDueDate, nextReviewDueDate } from './due-dates';
import type { DueDate } from './due-dates';
import { formatDate } from './format-en-gb';
import { isExcluded } from './household';
import type { ItemId, PersonId } from './ids';
import type {
  Assessment,
  CoreGroupMember,
  LeadSocialWorker,
  OutlinePlan,
  PlanAction,
  PlanOutcome,
} from './outline-plan';
import type { Professional } from './professionals';

/** The latest first core group and review dates for a conference, each with the rule that set it. */
export function planDueDates(
  c: Pick<Conference, 'date' | 'type'>,
  config: Config,
): { firstCoreGroup: DueDate; review: DueDate } {
  return {
    firstCoreGroup: firstCoreGroupDueDate(c.date, config),
    review:
      c.type === 'review' ? nextReviewDueDate(c.date, config) : firstReviewDueDate(c.date, config),
  };
}

/**
 * An empty outline plan (the lead statutory body and the family group conference question left unanswered), with the first core group and the review set to their
 * latest dates (the defaults the chair can bring forward) and the configured core group frequency.
 */
export function newOutlinePlan(c: Pick<Conference, 'date' | 'type'>, config: Config): OutlinePlan {
  const due = planDueDates(c, config);
  return {
    furtherAssessments: [],
    rootCauses: '',
    whatNeedsToChange: '',
    outcomes: [],
    actions: [],
    childInvolvement: '',
    safeAndWellDayToDay: '',
    visits: [],
    familyInvolvement: '',
    contingencyPlan: '',
    coreGroup: [],
    firstCoreGroupDate: due.firstCoreGroup.date,
    firstCoreGroupPlace: '',
    coreGroupFrequencyWeeks: config.timescales.coreGroupFrequencyWeeks,
    reviewDate: due.review.date,
    absentPeopleInformedBy: '',
  };
}

/** A blank action row. */
export function newPlanAction(id: ItemId): PlanAction {
  return { id, what: '', who: '', howWeWillKnow: '' };
}

/** A blank further assessment row. */
export function newAssessment(id: ItemId): Assessment {
  return { id, what: '', who: '' };
}

/** A blank child-focused outcome, short or long term. */
export function newPlanOutcome(id: ItemId, term: PlanOutcome['term']): PlanOutcome {
  return { id, term, text: '' };
}

/** The lead social worker taken from a professional on the conference (team from their agency). */
export function leadSocialWorkerFrom(p: Professional): LeadSocialWorker {
  return { personId: p.id, name: p.name, team: p.agency, contact: '' };
}

/** A person who may join the core group, and why they might not (an excluded family member). */
export type CoreGroupCandidate = { member: CoreGroupMember; note?: string };

/** Everyone on the conference who could join the core group: the professionals, then the family. */
export function coreGroupCandidates(c: Conference): CoreGroupCandidate[] {
  const pros = c.professionals.map((p) => ({
    member: {
      personId: p.id,
      name: p.name,
      role: p.role === '' ? p.agency : `${p.role}, ${p.agency}`,
      kind: 'professional' as const,
    },
  }));
  const family = c.household.map((m) => ({
    member: { personId: m.id, name: m.name, role: m.relationship, kind: 'family' as const },
    ...(isExcluded(m) ? { note: 'Excluded from part or all of the conference' } : {}),
  }));
  return [...pros, ...family];
}

/** Index of the person in the core group, or -1. */
export function coreGroupIndex(coreGroup: readonly CoreGroupMember[], personId: PersonId): number {
  return coreGroup.findIndex((m) => m.personId === personId);
}

/** A plain-English warning when a chosen date is later than the latest allowed, else undefined. */
export function lateDateWarning(
  chosen: string | undefined,
  due: DueDate,
  what: string,
): string | undefined {
  if (chosen === undefined || chosen <= due.date) {
    return undefined;
  }
  return `${what} on ${formatDate(chosen)} is after the latest date, ${formatDate(due.date)}. Bring it forward to ${formatDate(due.date)} or earlier.`;
}

/**
 * A sibling's plan with the family-wide parts copied from another child's plan: root causes, what needs to
 * change, further assessments, actions, family involvement, contingency, lead social worker, core group and
 * dates. The child's own outcomes, involvement and day-to-day checks stay as they were (a sibling plan with
 * per-child outcomes, docs/domain.md §9.1). Copied rows get new ids from `newId`.
 */
export function copySharedPlanParts(
  from: OutlinePlan,
  to: OutlinePlan,
  newId: () => ItemId,
): OutlinePlan {
  const { leadSocialWorker, firstCoreGroupDate, firstCoreGroupTime, reviewDate } = from;
  const base: OutlinePlan = { ...to };
  delete base.leadSocialWorker;
  delete base.firstCoreGroupDate;
  delete base.firstCoreGroupTime;
  delete base.reviewDate;
  delete base.leadStatutoryBody;
  delete base.familyGroupConferenceConsidered;
  return {
    ...base,
    ...(from.leadStatutoryBody ? { leadStatutoryBody: from.leadStatutoryBody } : {}),
    ...(leadSocialWorker ? { leadSocialWorker: { ...leadSocialWorker } } : {}),
    rootCauses: from.rootCauses,
    whatNeedsToChange: from.whatNeedsToChange,
    furtherAssessments: from.furtherAssessments.map((a) => ({ ...a, id: newId() })),
    actions: from.actions.map((a) => ({ ...a, id: newId() })),
    familyInvolvement: from.familyInvolvement,
    ...(from.familyGroupConferenceConsidered === undefined
      ? {}
      : { familyGroupConferenceConsidered: from.familyGroupConferenceConsidered }),
    contingencyPlan: from.contingencyPlan,
    coreGroup: from.coreGroup.map((m) => ({ ...m })),
    ...(firstCoreGroupDate ? { firstCoreGroupDate } : {}),
    ...(firstCoreGroupTime ? { firstCoreGroupTime } : {}),
    firstCoreGroupPlace: from.firstCoreGroupPlace,
    coreGroupFrequencyWeeks: from.coreGroupFrequencyWeeks,
    ...(reviewDate ? { reviewDate } : {}),
  };
}
