// Rules 1, 2 and 11 of docs/domain.md §9.2: conference timing, working-day targets and transfer-in conferences.
import { formatDate } from '../format-en-gb';
import { icpcDueDate, transferInDueDate } from '../due-dates';
import { nonWorkingReason, workingCalendar } from '../working-days';
import type { Conference } from '../conference';
import type { Config } from '../config';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

function delayFindings(
  c: Conference,
  dueDate: string,
  dueRule: string,
  f: ReturnType<typeof findingsFor>,
): Finding[] {
  if (c.date <= dueDate) {
    return [];
  }
  const late = `The conference on ${formatDate(c.date)} is after its due date of ${formatDate(dueDate)} (${dueRule}).`;
  const out: Finding[] = [];
  if (!c.delay || isBlank(c.delay.reason)) {
    out.push(f.block(`${late} Record the reason for the delay.`, 'delay.reason'));
  }
  if (!c.delay || isBlank(c.delay.agreedByManager) || !c.delay.agreedByChair) {
    out.push(
      f.block(
        'A late conference needs the delay agreed by the social care manager and the chair.',
        'delay.agreedByManager',
      ),
    );
  }
  return out;
}

/**
 * Rule 1: the ICPC is on or after the strategy discussion and the start of the section 47 enquiry it follows (the
 * census's S47ActualStartDate, docs/list.md); after its target date it needs a reason (§1.2).
 */
export const icpcTiming: Rule = (c, config) => {
  const f = findingsFor('R1-icpc-timing');
  if (c.type !== 'initial' && c.type !== 'pre-birth-initial') {
    return [];
  }
  if (c.strategyDiscussionDate === undefined) {
    return [
      f.block(
        'Record the date of the strategy discussion at which section 47 enquiries were started.',
        'strategyDiscussionDate',
      ),
    ];
  }
  if (c.date < c.strategyDiscussionDate) {
    return [
      f.block(
        `The conference date (${formatDate(c.date)}) is before the strategy discussion (${formatDate(c.strategyDiscussionDate)}).`,
        'date',
      ),
    ];
  }
  if (c.section47StartDate !== undefined && c.date < c.section47StartDate) {
    return [
      f.block(
        `The conference date (${formatDate(c.date)}) is before the section 47 enquiry started (${formatDate(c.section47StartDate)}): a conference follows the enquiry.`,
        'section47StartDate',
      ),
    ];
  }
  const due = icpcDueDate(c.strategyDiscussionDate, config);
  return delayFindings(c, due.date, due.rule, f);
};

/** Rule 2: target dates must not fall on a weekend, bank holiday or closure day (CIN 8870Q). */
export const workingDayTargets: Rule = (c, config) => {
  const f = findingsFor('R2-working-day-targets');
  const calendar = workingCalendar(config.localClosureDays);
  const out: Finding[] = [];
  const why = nonWorkingReason(c.date, calendar);
  if (why !== undefined) {
    out.push(
      f.warn(
        `The conference is on ${formatDate(c.date)}, which is not a working day (${why}).`,
        'date',
      ),
    );
  }
  c.children.forEach((child, i) => {
    const plan = child.plan;
    const dates: [string | undefined, string, string][] = [
      [plan?.firstCoreGroupDate, 'first core group', `children.${i}.plan.firstCoreGroupDate`],
      [plan?.reviewDate, 'review conference', `children.${i}.plan.reviewDate`],
    ];
    for (const [date, label, path] of dates) {
      const reason = date === undefined ? undefined : nonWorkingReason(date, calendar);
      if (date !== undefined && reason !== undefined) {
        out.push(
          f.block(
            `The ${label} date, ${formatDate(date)}, is not a working day (${reason}). Choose a working day.`,
            path,
          ),
        );
      }
    }
  });
  return out;
};

/** Rule 11: a transfer-in needs the notification date, originating authority and plan; due 15 working days on. */
export const transferIn: Rule = (c, config: Config) => {
  const f = findingsFor('R11-transfer-in');
  if (c.type !== 'transfer-in-initial') {
    return [];
  }
  const t = c.transferIn;
  if (!t) {
    return [
      f.block(
        'Record when the move was notified, the originating authority and its plan.',
        'transferIn',
      ),
    ];
  }
  const out: Finding[] = [];
  if (isBlank(t.originatingAuthority)) {
    out.push(f.block('Record the originating local authority.', 'transferIn.originatingAuthority'));
  }
  if (t.originatingPlanStart === undefined || isBlank(t.originatingPlanSummary)) {
    out.push(
      f.block(
        "Record the originating authority's plan: its start date and a summary.",
        'transferIn.originatingPlanSummary',
      ),
    );
  }
  if (t.notifiedOn === undefined) {
    out.push(f.block('Record the date the move was notified.', 'transferIn.notifiedOn'));
    return out;
  }
  const due = transferInDueDate(t.notifiedOn, config);
  return [...out, ...delayFindings(c, due.date, due.rule, f)];
};
