// Plan status derived from conferences: for each child, each child protection plan with its start, end,
// categories, lead social worker, next core group and next review. Rules: docs/domain.md §3.4 (ending a plan),
// §6 (the list of children subject to a plan), §9.1 (list record: plan start date, category, review date).
import type { Category } from './categories';
import type { Conference } from './conference';
import { isPlanOutcome, primaryCategory } from './decision';
import type { ChildId, ConferenceId } from './ids';

/** One child protection plan of one child, as the conferences so far describe it. */
export type PlanRecord = {
  childId: ChildId;
  childName: string;
  status: 'active' | 'discontinued';
  startDate: string;
  endDate?: string;
  categories: Category[];
  primaryCategory?: Category;
  leadSocialWorker?: string;
  nextCoreGroup?: string;
  nextReview?: string;
  /** The conference that last changed this plan. */
  lastConferenceId: ConferenceId;
};

/**
 * Every plan of every child, from conferences in date order: a plan outcome starts a plan (or continues the
 * active one and refreshes its details); any other decision at a later conference discontinues it.
 * Conferences without a decision for a child leave that child's plan alone.
 */
export function derivePlans(conferences: readonly Conference[]): PlanRecord[] {
  const ordered = [...conferences].sort((a, b) =>
    a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1,
  );
  const plans: PlanRecord[] = [];
  const active = new Map<ChildId, PlanRecord>();
  for (const c of ordered) {
    for (const child of c.children) {
      const d = child.decision;
      if (!d) {
        continue;
      }
      const id = child.details.id;
      const current = active.get(id);
      if (!isPlanOutcome(d.outcome)) {
        if (current) {
          current.status = 'discontinued';
          current.endDate = c.date;
          current.lastConferenceId = c.id;
          delete current.nextCoreGroup;
          delete current.nextReview;
          active.delete(id);
        }
        continue;
      }
      const record: PlanRecord = current ?? {
        childId: id,
        childName: child.details.name,
        status: 'active',
        startDate: c.date,
        categories: [],
        lastConferenceId: c.id,
      };
      record.childName = child.details.name;
      record.categories = d.categories.map((x) => x.category);
      const primary = primaryCategory(d);
      if (primary === undefined) {
        delete record.primaryCategory;
      } else {
        record.primaryCategory = primary;
      }
      record.lastConferenceId = c.id;
      const plan = child.plan;
      if (plan?.leadSocialWorker !== undefined) {
        record.leadSocialWorker = plan.leadSocialWorker.name;
      }
      if (plan?.firstCoreGroupDate !== undefined) {
        record.nextCoreGroup = plan.firstCoreGroupDate;
      }
      if (plan?.reviewDate !== undefined) {
        record.nextReview = plan.reviewDate;
      }
      if (!current) {
        plans.push(record);
        active.set(id, record);
      }
    }
  }
  return plans;
}

/** The plans that are active now, for the list of children subject to a child protection plan. */
export function activePlans(conferences: readonly Conference[]): PlanRecord[] {
  return derivePlans(conferences).filter((p) => p.status === 'active');
}
