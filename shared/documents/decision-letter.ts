// The chair's decision letter: one version for professionals and one for each family member who gets a copy.
// Rules: docs/domain.md §9.4 item 1 and §4.1 (decision per child, category, reasons, lead social worker, core group,
// review date, how to complain).
import type { Config } from '../domain/config';
import type { Conference } from '../domain/conference';
import { OUTCOME_LABELS, isPlanOutcome } from '../domain/decision';
import { formatDateWithWeekday, formatList } from '../domain/format-en-gb';

import type { DocumentOptions } from './conference-facts';
import { dateText, frameFor, timeText } from './conference-facts';
import type { CopyAudience, DocModel, DocNode } from './doc-model';
import { childHeading, fields, heading, para } from './doc-model';
import { categoriesText } from './minutes-decisions';
import { postBirthReviewText, startsAtBirth } from './plan-dates';
import { joinPresent, recorded, recordedJoin, withAside } from './recorded';
import { conferenceTitle } from './minutes-people';
import { isReview, reviewDecisionRows, reviewLetterText, reviewNumberText } from './review-record';

/** How to complain, printed in every decision letter. */
export function complaintText(authority: string): string {
  return `If you are unhappy with a decision or with how the conference was run, please tell the chair first. If that does not settle it, you can make a complaint to ${authority.trim() || 'the local authority'}; ask the social worker or the conference service for the complaints leaflet. Making a complaint does not change the decision while it is looked at.`;
}

function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}

function childNodes(conference: Conference, config: Config): DocNode[] {
  return conference.children.flatMap((child) => {
    const d = child.decision;
    const plan = child.plan;
    const nodes: DocNode[] = [childHeading(2, child.details.name, child.details.id)];
    if (!d) {
      return [...nodes, para('No decision has been recorded yet.')];
    }
    const review = isReview(conference);
    const ends = review && !isPlanOutcome(d.outcome);
    nodes.push(
      fields([
        ...(review
          ? reviewDecisionRows(conference, child, config)
          : [{ label: 'Decision', value: OUTCOME_LABELS[d.outcome] }]),
        ...(ends ? [] : [{ label: 'Category of abuse or neglect', value: categoriesText(d) }]),
        { label: ends ? 'Reasons and evidence' : 'Why', value: d.rationale || 'Not recorded' },
      ]),
      ...(review ? [para(reviewLetterText(conference, child))] : []),
    );
    if (isPlanOutcome(d.outcome) && plan) {
      const when = [dateText(plan.firstCoreGroupDate), timeText(plan.firstCoreGroupTime)].filter(
        Boolean,
      );
      nodes.push(
        fields([
          {
            label: 'Lead social worker',
            value:
              plan.leadSocialWorker && plan.leadSocialWorker.name.trim() !== ''
                ? withAside(plan.leadSocialWorker.name, plan.leadSocialWorker.contact)
                : 'To be confirmed',
          },
          {
            label: review ? 'Next core group' : 'First core group',
            value: joinPresent([...when, plan.firstCoreGroupPlace]),
          },
          ...(review ? [] : [{ label: 'Review conference', value: dateText(plan.reviewDate) }]),
        ]),
        ...(startsAtBirth(child)
          ? [
              para(
                `The plan starts when the baby is born. ${postBirthReviewText(conference, child, config)}`,
              ),
            ]
          : []),
      );
    }
    if (d.dissent.length > 0) {
      const who = formatList(d.dissent.map((x) => withAside(recorded(x.name), x.agency)));
      nodes.push(
        para(`Not everyone agreed with this decision: ${who} asked for their view to be recorded.`),
      );
    }
    return nodes;
  });
}

/**
 * Builds the chair's decision letter about every child of the conference, for professionals or for one family
 * member (addressed to them by name). `letterDate` defaults to the conference date.
 */
export function buildDecisionLetter(
  conference: Conference,
  config: Config,
  audience: CopyAudience = { kind: 'professional' },
  options: DocumentOptions & { letterDate?: string; aboutChildIds?: readonly string[] } = {},
): DocModel {
  // A family copy names only the children chosen for it (docs/domain.md §4.3).
  const named =
    options.aboutChildIds === undefined
      ? conference.children
      : conference.children.filter((c) => options.aboutChildIds!.includes(c.details.id));
  const names = formatList(named.map((c) => c.details.name));
  const frame = frameFor(conference, config, 'Decision letter', options);
  const anyPlan = conference.children.some((c) => c.decision && isPlanOutcome(c.decision.outcome));
  const to = audience.kind === 'family' ? audience.name : 'Everyone invited to the conference';
  return {
    kind: 'decision-letter',
    title: 'Decision of the child protection conference',
    subtitle: `About ${names}`,
    frame,
    meta: {
      conferenceId: conference.id,
      version: options.version ?? 0,
      conferenceDate: conference.date,
      audience,
      childIds: conference.children.map((c) => c.details.id),
    },
    body: [
      fields([
        { label: 'To', value: to },
        { label: 'Date', value: dateText(options.letterDate ?? conference.date) },
        { label: 'From', value: recordedJoin([conference.chair.name, conference.chair.role]) },
      ]),
      para(audience.kind === 'family' ? `Dear ${audience.name},` : 'Dear colleague,'),
      para(
        `On ${formatDateWithWeekday(conference.date)} ${withArticle(conferenceTitle(conference).toLowerCase())} was held${conference.venue.trim() ? ` at ${conference.venue.trim()}` : ''} about ${names}. I chaired the conference. ${
          isReview(conference)
            ? `This was ${reviewNumberText(conference)}. The conference looked at the progress made on the plan and whether each child is still likely to suffer significant harm, and I made the decisions below.`
            : 'The conference looked at whether each child is likely to suffer significant harm, and I made the decisions below.'
        }`,
      ),
      heading(1, 'What was decided'),
      ...childNodes(conference, config),
      ...(anyPlan
        ? [
            para(
              isReview(conference)
                ? 'The child protection plan as updated at this review is sent with this letter. The full record of the conference will follow.'
                : 'The outline child protection plan is sent with this letter. The full record of the conference will follow.',
            ),
          ]
        : [para('The full record of the conference will follow.')]),
      heading(1, 'If you disagree or want to complain'),
      para(complaintText(frame.authorityName)),
      para('Yours sincerely,'),
      { kind: 'signature', signature: null },
    ],
  };
}
