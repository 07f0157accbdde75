// Every child protection plan of every child, derived from decided conferences and the planList records, with no
// double entry. Identity: a child is the same child across conferences when the ChildId is the same (a review
// opened from the list copies the id; see docs/list.md). Events are taken in date order:
// - a conference with a plan outcome starts a plan, or continues the active one and refreshes it (a review counts);
// - a conference with any other outcome ends the active plan on the conference date;
// - a transfer-in entry starts a plan made by another authority (its start is the originating plan's start); the
//   first conference here about that child ends it ("transfer conference held") and, if it decides a plan, starts
//   this authority's plan on that date (docs/domain.md §5.3: the transfer conference is an ICPC here);
// - a core group held moves the next core group on; a plan ended without a conference ends it (docs/domain.md §3.4);
// - a plan a pre-birth conference makes "from birth" is listed from the conference day (so a check finds the baby
//   under the mother's name) but starts on the day the baby is born: a birth record, or a later conference that
//   records the date of birth, gives that day. Until then the plan has no start date (docs/domain.md §5.2).
// Rules: docs/domain.md §3.1-§3.4, §5.3, §6, §9.1 (list record: plan start, category, review date).
import type { Category } from '../domain/categories';
import type { PostBirthReviewRule } from '../domain/child';
import type { ConferenceType } from '../domain/conference';
import type { Config } from '../domain/config';
import { isPlanOutcome } from '../domain/decision';
import type { Decision } from '../domain/decision';
import type { ChildId, ConferenceId } from '../domain/ids';

import { listChildFromConference, listChildFromTransferIn } from './child-details';
import type { ListConference, ListConferenceChild } from './list-conference';
import type {
  EndReason,
  ListChild,
  ListLead,
  PlanConference,
  PlanListEntry,
  PlanSource,
} from './schemas';

/** The conference that made a plan, as the census export needs it. */
export type InitialConference = {
  id: ConferenceId;
  date: string;
  type: ConferenceType;
  strategyDiscussionDate?: string;
  section47StartDate?: string;
  transferNotifiedOn?: string;
};

/** One plan as derived; the list rows, the history and the census export are views of this. */
export type DerivedPlan = {
  planId: string;
  childId: ChildId;
  status: 'active' | 'ended';
  source: PlanSource;
  originatingAuthority?: string;
  /** The day the plan entered the list: its start, except for a plan made from birth (see bornOn). */
  startDate: string;
  /** A plan made from birth at a pre-birth conference: it starts on bornOn, once the birth is known. */
  startsAtBirth: boolean;
  bornOn?: string;
  /** The rule for the first review after the birth chosen for this baby (docs/domain.md §5.2, §9.3). */
  postBirthReviewRule?: PostBirthReviewRule;
  expectedDeliveryDate?: string;
  endDate?: string;
  endReason?: EndReason;
  initialCategories: Category[];
  latestCategories: Category[];
  lead?: ListLead;
  initialConference?: InitialConference;
  conferences: PlanConference[];
  reviewDates: string[];
  /** Date of the latest conference or entry that set the dates below. */
  setOn: string;
  setCoreGroup?: string;
  setReview?: string;
  coreGroupFrequencyWeeks: number;
  lastCoreGroupHeld?: string;
  lastConferenceId?: ConferenceId;
  lastConferenceType?: ConferenceType;
  transferNotifiedOn?: string;
};

export type DerivedList = {
  plans: DerivedPlan[];
  /** The latest details of every child with at least one plan. */
  children: Map<ChildId, ListChild>;
};

/** Categories of a decision, primary first, otherwise in the order chosen. */
export function categoriesPrimaryFirst(d: Pick<Decision, 'categories'>): Category[] {
  const primary = d.categories.filter((c) => c.primary).map((c) => c.category);
  const rest = d.categories.filter((c) => !c.primary).map((c) => c.category);
  return [...new Set([...primary, ...rest])];
}

type Event =
  | {
      date: string;
      rank: number;
      key: string;
      kind: 'conference';
      c: ListConference;
      child: ListConferenceChild;
    }
  | { date: string; rank: number; key: string; kind: 'entry'; e: PlanListEntry };

const RANK = {
  'transfer-in': 0,
  conference: 1,
  birth: 2,
  'core-group': 3,
  'plan-ended': 4,
} as const;

/** The day a plan started, or undefined while a plan made from birth waits for the birth. */
export function planStartOf(
  plan: Pick<DerivedPlan, 'startDate' | 'startsAtBirth' | 'bornOn'>,
): string | undefined {
  return plan.startsAtBirth ? plan.bornOn : plan.startDate;
}

function events(
  conferences: readonly ListConference[],
  entries: readonly PlanListEntry[],
): Event[] {
  const out: Event[] = [];
  for (const c of conferences) {
    for (const child of c.children) {
      if (child.decision) {
        out.push({ date: c.date, rank: RANK.conference, key: c.id, kind: 'conference', c, child });
      }
    }
  }
  for (const e of entries) {
    const date =
      e.kind === 'transfer-in'
        ? e.entry.notifiedOn
        : e.kind === 'core-group'
          ? e.heldOn
          : e.kind === 'birth'
            ? e.bornOn
            : e.endedOn;
    out.push({ date, rank: RANK[e.kind], key: e.id, kind: 'entry', e });
  }
  return out.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.rank !== b.rank
        ? a.rank - b.rank
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  );
}

function endReasonAt(c: ListConference, child: ListConferenceChild, plan: DerivedPlan): EndReason {
  if (plan.source === 'transfer-in') {
    return 'transfer-conference-held';
  }
  const r = child.review?.discontinueReason;
  if (c.type === 'review') {
    return r === undefined || r === 'other' ? 'no-longer-at-risk' : r;
  }
  return 'other-conference-outcome';
}

function end(plan: DerivedPlan, date: string, reason: EndReason): void {
  plan.status = 'ended';
  plan.endDate = date;
  plan.endReason = reason;
}

type TransferInEntry = Extract<PlanListEntry, { kind: 'transfer-in' }>;

/** The plan a transfer-in entry starts: made by another authority, from the originating plan's start. */
function transferInPlanFields(
  e: TransferInEntry,
  config: Config,
): Omit<DerivedPlan, 'planId' | 'childId'> {
  return {
    status: 'active',
    source: 'transfer-in',
    originatingAuthority: e.entry.originatingAuthority,
    startDate: e.entry.originatingPlanStart,
    startsAtBirth: false,
    initialCategories: [...e.entry.categories],
    latestCategories: [...e.entry.categories],
    ...(e.entry.leadSocialWorker ? { lead: e.entry.leadSocialWorker } : {}),
    conferences: [],
    reviewDates: [],
    setOn: e.entry.notifiedOn,
    ...(e.entry.nextCoreGroupDue ? { setCoreGroup: e.entry.nextCoreGroupDue } : {}),
    ...(e.entry.nextReviewDue ? { setReview: e.entry.nextReviewDue } : {}),
    coreGroupFrequencyWeeks: config.timescales.coreGroupFrequencyWeeks,
    transferNotifiedOn: e.entry.notifiedOn,
  };
}

/**
 * What deriveList makes of a transfer-in entry for a child with no other conference or record: one active plan
 * (the child's first) and the child's details. Lets the list add such a child without deriving everything again;
 * the caller must make sure nothing else mentions the child.
 */
export function deriveLoneTransferIn(
  e: TransferInEntry,
  config: Config,
): { plan: DerivedPlan; child: ListChild } {
  return {
    plan: { planId: `${e.childId}:1`, childId: e.childId, ...transferInPlanFields(e, config) },
    child: listChildFromTransferIn(e.childId, e.entry),
  };
}

/**
 * A plan made from birth starts on the day of birth, given once (by a birth record or a later conference's date of
 * birth; the first wins, as the list's service refuses a second record). The list shows the baby as born from then.
 */
function recordBirth(
  plan: DerivedPlan,
  bornOn: string,
  children: Map<ChildId, ListChild>,
  name?: string,
): void {
  if (!plan.startsAtBirth || plan.bornOn !== undefined || bornOn < plan.startDate) {
    return;
  }
  plan.bornOn = bornOn;
  const held = children.get(plan.childId);
  if (held?.unborn) {
    const { expectedDeliveryDate: _edd, ...rest } = held;
    children.set(plan.childId, {
      ...rest,
      unborn: false,
      dateOfBirth: bornOn,
      ...(name !== undefined ? { name } : {}),
    });
  }
}

/** Derives every plan from decided conferences and planList records (see the header for the rules). */
export function deriveList(
  conferences: readonly ListConference[],
  entries: readonly PlanListEntry[],
  config: Config,
): DerivedList {
  const plans: DerivedPlan[] = [];
  const active = new Map<ChildId, DerivedPlan>();
  const children = new Map<ChildId, ListChild>();
  const count = new Map<ChildId, number>();
  const start = (childId: ChildId, plan: Omit<DerivedPlan, 'planId' | 'childId'>): DerivedPlan => {
    const n = (count.get(childId) ?? 0) + 1;
    count.set(childId, n);
    const made: DerivedPlan = { planId: `${childId}:${n}`, childId, ...plan };
    plans.push(made);
    active.set(childId, made);
    return made;
  };

  for (const ev of events(conferences, entries)) {
    if (ev.kind === 'entry') {
      const e = ev.e;
      const current = active.get(e.childId);
      if (e.kind === 'transfer-in') {
        children.set(e.childId, listChildFromTransferIn(e.childId, e.entry));
        if (current) {
          continue; // already subject to a plan here: the entry adds nothing to derive
        }
        start(e.childId, transferInPlanFields(e, config));
      } else if (current && e.kind === 'birth') {
        recordBirth(current, e.bornOn, children, e.name);
      } else if (current && e.kind === 'core-group' && e.heldOn >= current.startDate) {
        current.lastCoreGroupHeld = e.heldOn;
      } else if (current && e.kind === 'plan-ended' && e.endedOn >= current.startDate) {
        end(current, e.endedOn, e.reason);
        active.delete(e.childId);
      }
      continue;
    }
    const { c, child } = ev;
    const decision = child.decision!;
    const id = child.details.id;
    children.set(id, listChildFromConference(c, child));
    let current = active.get(id);
    const categories = categoriesPrimaryFirst(decision);
    const seen: PlanConference = {
      conferenceId: c.id,
      date: c.date,
      type: c.type,
      outcome: decision.outcome,
      categories,
    };
    if (current && (current.source === 'transfer-in' || !isPlanOutcome(decision.outcome))) {
      current.conferences.push(seen);
      if (c.type === 'review' && current.source === 'conference') {
        current.reviewDates.push(c.date);
      }
      end(current, c.date, endReasonAt(c, child, current));
      active.delete(id);
      current = undefined;
      if (!isPlanOutcome(decision.outcome)) {
        continue;
      }
    }
    if (!isPlanOutcome(decision.outcome)) {
      continue;
    }
    const plan =
      current ??
      start(id, {
        status: 'active',
        source: 'conference',
        ...(c.transferIn?.originatingAuthority
          ? { originatingAuthority: c.transferIn.originatingAuthority }
          : {}),
        startDate: c.date,
        startsAtBirth: decision.outcome === 'cp-plan-from-birth' && child.details.unborn,
        postBirthReviewRule: child.details.postBirthReviewRule ?? config.timescales.postBirthReview,
        ...(child.details.expectedDeliveryDate
          ? { expectedDeliveryDate: child.details.expectedDeliveryDate }
          : {}),
        initialCategories: categories,
        latestCategories: categories,
        initialConference: {
          id: c.id,
          date: c.date,
          type: c.type,
          ...(c.strategyDiscussionDate ? { strategyDiscussionDate: c.strategyDiscussionDate } : {}),
          ...(c.section47StartDate ? { section47StartDate: c.section47StartDate } : {}),
          ...(c.transferIn?.notifiedOn ? { transferNotifiedOn: c.transferIn.notifiedOn } : {}),
        },
        conferences: [],
        reviewDates: [],
        setOn: c.date,
        coreGroupFrequencyWeeks: config.timescales.coreGroupFrequencyWeeks,
      });
    if (!child.details.unborn && child.details.dateOfBirth !== undefined) {
      recordBirth(plan, child.details.dateOfBirth, children);
    }
    plan.conferences.push(seen);
    plan.latestCategories = categories;
    plan.lastConferenceId = c.id;
    plan.lastConferenceType = c.type;
    plan.setOn = c.date;
    if (c.type === 'review' && current) {
      plan.reviewDates.push(c.date);
    }
    const p = child.plan;
    if (p?.leadSocialWorker && p.leadSocialWorker.name.trim() !== '') {
      const { name, team, contact } = p.leadSocialWorker;
      plan.lead = { name, team, contact };
    }
    plan.coreGroupFrequencyWeeks = p?.coreGroupFrequencyWeeks ?? plan.coreGroupFrequencyWeeks;
    if (p?.firstCoreGroupDate) {
      plan.setCoreGroup = p.firstCoreGroupDate;
    } else if (plan.setCoreGroup !== undefined) {
      // Deleting only a key that is there: a delete turns the object into a slow dictionary (docs/list.md, "Speed").
      delete plan.setCoreGroup;
    }
    if (p?.reviewDate) {
      plan.setReview = p.reviewDate;
    } else if (plan.setReview !== undefined) {
      delete plan.setReview;
    }
  }
  return { plans, children };
}
