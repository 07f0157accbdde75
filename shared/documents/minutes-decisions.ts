// The decision sections of the conference record: professionals' views, the decision per child with category,
// reasons and dissent, the outline plan or recommendations, next meetings. Rules: domain.md §9.4 item 3 (11-14).
import { CATEGORY_LABELS } from '../domain/categories';
import type { Conference, ConferenceChild } from '../domain/conference';
import type { Decision } from '../domain/decision';
import { OUTCOME_LABELS, isPlanOutcome } from '../domain/decision';

import { dateText, forSection, professionalLabel, timeText, yesNo } from './conference-facts';
import type { DocNode } from './doc-model';
import { fields, heading, list, para, table } from './doc-model';

/** "Neglect (primary), Emotional abuse" or "None". */
export function categoriesText(decision: Pick<Decision, 'categories'>): string {
  if (decision.categories.length === 0) {
    return 'None';
  }
  return decision.categories
    .map(
      (c) =>
        `${CATEGORY_LABELS[c.category]}${c.primary && decision.categories.length > 1 ? ' (primary)' : ''}`,
    )
    .join(', ');
}

/** The outcome of a child's decision in words, or "No decision recorded". */
export function outcomeText(child: ConferenceChild): string {
  return child.decision ? OUTCOME_LABELS[child.decision.outcome] : 'No decision recorded';
}

/** Section 11: each professional's view for each child. */
export function professionalViews(conference: Conference): DocNode[] {
  const nodes: DocNode[] = [heading(1, "Each professional's view for each child")];
  for (const child of conference.children) {
    const rows = conference.agencyViews
      .filter((v) => v.childId === child.details.id)
      .map((v) => [
        professionalLabel(conference, v.professionalId),
        v.supportsPlan ? 'Plan' : 'No plan',
        v.categories.map((c) => CATEGORY_LABELS[c]).join(', ') || 'None',
        v.reason || 'Not recorded',
      ]);
    nodes.push(
      heading(2, child.details.name),
      table(['Professional', 'View', 'Category', 'Reason'], rows, [4, 2, 3, 5]),
    );
  }
  return forSection(conference, 'agency-views', nodes);
}

/** Section 12: the chair's decision for each child, with category, reasons and any dissent. */
export function decisionSection(conference: Conference): DocNode[] {
  const nodes: DocNode[] = [heading(1, 'Decision for each child')];
  for (const child of conference.children) {
    const d = child.decision;
    nodes.push(heading(2, child.details.name));
    if (!d) {
      nodes.push(para('No decision was recorded for this child.', 'strong'));
      continue;
    }
    nodes.push(
      fields([
        { label: 'Decision', value: OUTCOME_LABELS[d.outcome] },
        { label: 'Likely to suffer significant harm', value: yesNo(d.continuingRisk) },
        { label: 'Category of abuse or neglect', value: categoriesText(d) },
        { label: 'Decided by', value: `${conference.chair.name} (chair)` },
      ]),
      heading(3, 'Reasons'),
      para(d.rationale),
    );
    if (d.familyDisagreement.trim() !== '') {
      nodes.push(heading(3, 'Where the family disagrees'), para(d.familyDisagreement));
    }
    nodes.push(heading(3, 'Dissent'));
    if (d.dissent.length === 0) {
      nodes.push(para('No one disagreed with the decision.'));
    }
    for (const x of d.dissent) {
      nodes.push(
        fields([
          { label: 'Who disagreed', value: `${x.name} (${x.agency})` },
          { label: 'Disagrees with', value: x.disagreesWith },
          { label: 'Their view', value: x.text },
          { label: 'Escalation route', value: x.escalationRoute || 'Not recorded' },
          { label: 'Response due', value: dateText(x.responseDueOn) },
        ]),
      );
    }
  }
  return forSection(conference, 'decision', nodes);
}

/** Section 13: the outline plan (in brief; the full plan is its own document) or the recommendations. */
export function planSection(conference: Conference): DocNode[] {
  const nodes: DocNode[] = [heading(1, 'Outline plan and recommendations')];
  for (const child of conference.children) {
    nodes.push(heading(2, child.details.name));
    const d = child.decision;
    const plan = child.plan;
    if (d && isPlanOutcome(d.outcome) && plan) {
      nodes.push(
        para('The outline child protection plan is a separate document sent with this record.'),
        fields([
          { label: 'Lead social worker', value: plan.leadSocialWorker?.name ?? 'Not yet named' },
          { label: 'First core group', value: dateText(plan.firstCoreGroupDate) },
          { label: 'Review conference', value: dateText(plan.reviewDate) },
        ]),
        heading(3, 'What needs to change'),
        para(plan.whatNeedsToChange),
        list(
          plan.outcomes.map((o) => `${o.term === 'short' ? 'Short term' : 'Long term'}: ${o.text}`),
        ),
      );
    } else {
      nodes.push(
        para(
          d
            ? `Recommendation: ${OUTCOME_LABELS[d.outcome]}. ${d.rationale}`
            : 'No recommendation was recorded for this child.',
        ),
      );
    }
  }
  return forSection(conference, 'outline-plan', nodes);
}

/** Section 14: the next meetings (first core group and review) for each child with a plan. */
export function nextMeetings(conference: Conference): DocNode[] {
  const rows = conference.children
    .filter((c) => c.plan && c.decision && isPlanOutcome(c.decision.outcome))
    .map((c) => {
      const p = c.plan;
      const when = [dateText(p?.firstCoreGroupDate), timeText(p?.firstCoreGroupTime)].filter(
        Boolean,
      );
      return [
        c.details.name,
        `${when.join(', ')}${p?.firstCoreGroupPlace ? `, ${p.firstCoreGroupPlace}` : ''}`,
        dateText(p?.reviewDate),
      ];
    });
  return forSection(conference, 'core-group', [
    heading(1, 'Next meetings'),
    rows.length === 0
      ? para('No child protection plan was made, so no core group or review conference is set.')
      : table(['Child', 'First core group', 'Review conference'], rows, [3, 5, 3]),
  ]);
}
