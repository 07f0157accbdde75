// Rule 5 of docs/domain.md §9.2: a child protection plan needs categories with one primary, a lead social worker,
// a core group, a first core group within 10 working days, a review within 3 months, actions and a contingency.
import type { Conference, ConferenceChild } from '../conference';
import { isPlanOutcome } from '../decision';
import { firstCoreGroupDueDate, firstReviewDueDate, nextReviewDueDate } from '../due-dates';
import { formatDate } from '../format-en-gb';
import { isExcluded } from '../household';
import type { Config } from '../config';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

const f = findingsFor('R5-plan-complete');

function coreGroupFindings(c: Conference, child: ConferenceChild, p: string): Finding[] {
  const plan = child.plan;
  if (!plan) {
    return [];
  }
  const out: Finding[] = [];
  const lead = plan.leadSocialWorker;
  const pros = plan.coreGroup.filter((m) => m.kind === 'professional');
  const hasLead =
    lead !== undefined &&
    pros.some(
      (m) => (lead.personId !== undefined && m.personId === lead.personId) || m.name === lead.name,
    );
  if (!hasLead) {
    out.push(
      f.block('The lead social worker must be a member of the core group.', `${p}.coreGroup`),
    );
  }
  if (pros.length < 2) {
    out.push(
      f.block(
        'The core group needs at least one other professional besides the lead social worker.',
        `${p}.coreGroup`,
      ),
    );
  }
  const carers = c.household.filter((m) => m.hasParentalResponsibility && !isExcluded(m));
  if (carers.length > 0 && !plan.coreGroup.some((m) => m.kind === 'family')) {
    out.push(
      f.block(
        'Include the parents or carers in the core group (unless excluded).',
        `${p}.coreGroup`,
      ),
    );
  }
  return out;
}

function datesFindings(
  c: Conference,
  child: ConferenceChild,
  p: string,
  config: Config,
): Finding[] {
  const plan = child.plan;
  if (!plan) {
    return [];
  }
  const out: Finding[] = [];
  const coreDue = firstCoreGroupDueDate(c.date, config);
  if (plan.firstCoreGroupDate === undefined) {
    out.push(
      f.block(
        `Set the first core group date (due by ${formatDate(coreDue.date)}).`,
        `${p}.firstCoreGroupDate`,
      ),
    );
  } else if (plan.firstCoreGroupDate > coreDue.date) {
    out.push(
      f.block(
        `The first core group must be by ${formatDate(coreDue.date)} (${coreDue.rule}).`,
        `${p}.firstCoreGroupDate`,
      ),
    );
  }
  const reviewDue =
    c.type === 'review' ? nextReviewDueDate(c.date, config) : firstReviewDueDate(c.date, config);
  if (plan.reviewDate === undefined) {
    out.push(
      f.block(
        `Set the review conference date (due by ${formatDate(reviewDue.date)}).`,
        `${p}.reviewDate`,
      ),
    );
  } else if (plan.reviewDate > reviewDue.date) {
    out.push(
      f.block(
        `The review must be by ${formatDate(reviewDue.date)} (${reviewDue.rule}).`,
        `${p}.reviewDate`,
      ),
    );
  }
  return out;
}

/** Rule 5: everything a child protection plan must have (§3.1, §3.2, §3.3). */
export const planComplete: Rule = (c, config) => {
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const d = child.decision;
    if (!d || !isPlanOutcome(d.outcome)) {
      return;
    }
    const name = child.details.name;
    const dp = `children.${i}.decision`;
    if (d.categories.length === 0) {
      out.push(f.block(`Choose at least one category for ${name}.`, `${dp}.categories`));
    } else if (d.categories.filter((x) => x.primary).length !== 1) {
      out.push(
        f.block(
          `Mark exactly one of ${name}'s categories as the primary category.`,
          `${dp}.categories`,
        ),
      );
    }
    const p = `children.${i}.plan`;
    const plan = child.plan;
    if (!plan) {
      out.push(f.block(`Write the outline plan for ${name}.`, p));
      return;
    }
    if (!plan.leadSocialWorker || isBlank(plan.leadSocialWorker.name)) {
      out.push(f.block(`Name the lead social worker for ${name}.`, `${p}.leadSocialWorker`));
    }
    out.push(...coreGroupFindings(c, child, p), ...datesFindings(c, child, p, config));
    const complete = plan.actions.filter(
      (a) => !isBlank(a.what) && !isBlank(a.who) && a.byWhen !== undefined,
    );
    if (complete.length === 0) {
      out.push(
        f.block(
          `Add at least one action for ${name} with who does it and by when.`,
          `${p}.actions`,
        ),
      );
    }
    if (isBlank(plan.contingencyPlan)) {
      out.push(f.block(`Write the contingency plan for ${name}.`, `${p}.contingencyPlan`));
    }
  });
  return out;
};
