// The outline child protection plan: one per child, or one sibling plan with a section per child, with every
// plan element of docs/domain.md §9.4 item 2 (and §3.1: what the initial conference must set).
import type { Config } from '../domain/config';
import type { Conference, ConferenceChild } from '../domain/conference';
import { isPlanOutcome } from '../domain/decision';
import { formatList } from '../domain/format-en-gb';
import type { OutlinePlan } from '../domain/outline-plan';

import type { DocumentOptions } from './conference-facts';
import { authorityNameOf, dateText, frameFor, timeText, yesNo } from './conference-facts';
import type { DocModel, DocNode } from './doc-model';
import { childHeading, fields, heading, list, para, table } from './doc-model';
import { categoriesText } from './minutes-decisions';
import { planStartText, postBirthReviewText } from './plan-dates';
import { NOT_RECORDED, joinPresent, recorded, withAside, yesNoRecorded } from './recorded';

/** Children of the conference made subject to a child protection plan, with their plan. */
export function childrenWithPlans(
  conference: Conference,
): (ConferenceChild & { plan: OutlinePlan })[] {
  return conference.children.filter(
    (c): c is ConferenceChild & { plan: OutlinePlan } =>
      c.plan !== undefined && c.decision !== undefined && isPlanOutcome(c.decision.outcome),
  );
}

/** "NSPCC", the authority's name, or "Not recorded" when the chair has not chosen the lead statutory body. */
export function leadStatutoryBodyText(
  conference: Conference,
  config: Config,
  plan: Pick<OutlinePlan, 'leadStatutoryBody'>,
): string {
  if (plan.leadStatutoryBody === 'nspcc') {
    return 'NSPCC';
  }
  return plan.leadStatutoryBody === 'local-authority'
    ? recorded(authorityNameOf(conference, config))
    : NOT_RECORDED;
}

/** "Tom Placeholder, Safeguarding Team 2 (01632 960000)", leaving out parts not recorded. */
export function leadSocialWorkerText(plan: Pick<OutlinePlan, 'leadSocialWorker'>): string {
  const lead = plan.leadSocialWorker;
  if (!lead || lead.name.trim() === '') {
    return 'Not yet named';
  }
  return withAside(joinPresent([lead.name, lead.team]), lead.contact);
}

function planNodes(
  conference: Conference,
  config: Config,
  child: ConferenceChild & { plan: OutlinePlan },
  level: 1 | 2,
): DocNode[] {
  const p = child.plan;
  const d = child.details;
  const sub = (level + 1) as 2 | 3;
  const review = conference.type === 'review';
  const dangers = conference.discussion.signsOfSafety?.dangerStatement.text ?? '';
  const coreGroupWhen = [dateText(p.firstCoreGroupDate), timeText(p.firstCoreGroupTime)].filter(
    Boolean,
  );
  return [
    childHeading(level, d.name, d.id),
    fields([
      { label: 'Child', value: d.name },
      d.unborn
        ? { label: 'Expected delivery date', value: dateText(d.expectedDeliveryDate) }
        : { label: 'Date of birth', value: dateText(d.dateOfBirth) },
      {
        label: 'Category of abuse or neglect',
        value: child.decision ? categoriesText(child.decision) : 'None',
      },
      // At a review the plan started at an earlier conference (review.ts keeps its start date); an unborn
      // baby's plan starts at birth (plan-dates.ts).
      { label: 'Plan start date', value: planStartText(conference, child) },
      { label: 'Lead statutory body', value: leadStatutoryBodyText(conference, config, p) },
      { label: 'Lead social worker', value: leadSocialWorkerText(p) },
    ]),
    ...(postBirthReviewText(conference, child, config)
      ? [para(postBirthReviewText(conference, child, config))]
      : []),
    heading(sub, 'Summary of concerns'),
    para(p.rootCauses),
    ...(dangers.trim() !== '' && !conference.discussion.signsOfSafety?.dangerStatement.restriction
      ? [heading(sub, 'Danger statement'), para(dangers)]
      : []),
    heading(sub, 'What needs to change'),
    para(p.whatNeedsToChange),
    heading(sub, 'Safety goals and outcomes for the child'),
    list(p.outcomes.map((o) => `${o.term === 'short' ? 'Short term' : 'Long term'}: ${o.text}`)),
    heading(sub, 'Actions'),
    table(
      ['What', 'Who', 'By when', 'How we will know'],
      p.actions.map((a) => [a.what, a.who, dateText(a.byWhen), a.howWeWillKnow]),
      [5, 3, 2, 5],
    ),
    heading(sub, 'Visits'),
    table(
      ['Who', 'How often', 'Sees the child alone'],
      p.visits.map((v) => [recorded(v.who), recorded(v.frequency), yesNo(v.seesChildAlone)]),
      [4, 4, 3],
    ),
    heading(sub, 'Further assessments'),
    table(
      ['Assessment', 'Who', 'By when'],
      p.furtherAssessments.map((a) => [a.what, a.who, dateText(a.byWhen)]),
      [6, 3, 2],
    ),
    heading(sub, "How the child's views will be heard"),
    para(p.childInvolvement),
    heading(sub, 'Keeping the child safe and well day to day'),
    para(p.safeAndWellDayToDay),
    heading(sub, 'Family involvement and support'),
    para(p.familyInvolvement),
    fields([
      {
        label: 'A family group conference was considered',
        value: yesNoRecorded(p.familyGroupConferenceConsidered),
      },
    ]),
    heading(sub, 'Contingency plan'),
    para(p.contingencyPlan),
    heading(sub, 'Core group'),
    table(
      ['Name', 'Role', 'Professional or family'],
      p.coreGroup.map((m) => [m.name, m.role, m.kind === 'family' ? 'Family' : 'Professional']),
      [4, 4, 3],
    ),
    fields([
      {
        label: review ? 'Next core group' : 'First core group',
        value: joinPresent([...coreGroupWhen, p.firstCoreGroupPlace]),
      },
      { label: 'Core group meets', value: `Every ${p.coreGroupFrequencyWeeks} weeks` },
      {
        label: review ? 'Next review conference' : 'Review conference',
        value: dateText(p.reviewDate),
      },
      { label: 'People not present told by', value: recorded(p.absentPeopleInformedBy) },
    ]),
  ];
}

/** "Mia Example: agreed at the conference on 5 January 2026". */
export function planSubtitle(conference: Conference, names: string): string {
  return `${names}: agreed at the conference on ${dateText(conference.date)}`;
}

/** The footer's lead: "Outline plan for Mia Example". */
export function planFooterLead(names: string): string {
  return `Outline plan for ${names}`;
}

function planModel(
  conference: Conference,
  config: Config,
  options: DocumentOptions,
  children: (ConferenceChild & { plan: OutlinePlan })[],
): DocModel {
  const sibling = children.length > 1;
  const names = formatList(children.map((c) => c.details.name));
  return {
    kind: 'outline-plan',
    title: sibling
      ? 'Outline child protection plan for brothers and sisters'
      : 'Outline child protection plan',
    subtitle: planSubtitle(conference, names),
    frame: frameFor(conference, config, planFooterLead(names), options),
    meta: {
      conferenceId: conference.id,
      version: options.version ?? 0,
      conferenceDate: conference.date,
      audience: { kind: 'professional' },
      childIds: children.map((c) => c.details.id),
    },
    body: [
      para(
        conference.type === 'review'
          ? 'This is the plan as the review conference updated it. The core group keeps the detailed plan up to date until the next review.'
          : 'This outline plan sets out what must happen to keep the child safe until the first core group meeting, where the detailed plan is agreed.',
      ),
      ...children.flatMap((c, i) => [
        ...(i > 0 ? [{ kind: 'page-break' } as const] : []),
        ...planNodes(conference, config, c, 1),
      ]),
      heading(1, "Chair's approval"),
      { kind: 'signature', signature: null },
    ],
  };
}

/**
 * Builds the outline plans: one sibling plan with a section per child when more than one child is made subject
 * to a plan and `sibling` is not false, otherwise one plan per child. Children without a plan get none.
 */
export function buildOutlinePlans(
  conference: Conference,
  config: Config,
  options: DocumentOptions & { sibling?: boolean } = {},
): DocModel[] {
  const children = childrenWithPlans(conference);
  if (children.length === 0) {
    return [];
  }
  if (children.length > 1 && options.sibling !== false) {
    return [planModel(conference, config, options, children)];
  }
  return children.map((c) => planModel(conference, config, options, [c]));
}
