// What may be told to someone who asks whether a child is subject to a plan. domain.md §6: the list is
// confidential except to legitimate enquirers; their details are checked and recorded first; an enquiry is a
// two-way exchange and is not a referral. The wording below is [DERIVED] from that (see docs/list.md): confirm only
// a strong match, give only the fact of the plan and the lead social worker's contact, never the category or the
// plan's content, and never confirm or deny on a partial match.
import { formatDate } from '../domain/format-en-gb';

import type { Answer, AnswerCode, CheckMatch, Strength } from './enquiry-schemas';

const NOT_A_REFERRAL =
  'An enquiry is not a referral: if the enquirer is worried about the child, they should make a referral to children’s social care.';

/** The answer for each code: headline, what may be told, what must not be told. */
export const ANSWERS: Readonly<Record<AnswerCode, Omit<Answer, 'code'>>> = {
  'subject-to-plan': {
    headline: 'A child matching these details is subject to a child protection plan.',
    mayTell:
      'Confirm that the child is subject to a child protection plan, and give the lead social worker’s name and contact details so the enquirer can speak to them. ' +
      NOT_A_REFERRAL,
    doNotTell:
      'The category, the reasons for the plan, its content, or anything about other members of the family: the lead social worker decides what else to share.',
  },
  'unable-to-confirm': {
    headline:
      'These details may match a child subject to a plan, but not closely enough to confirm.',
    mayTell:
      'Say that you cannot confirm anything from the details given. Ask for the child’s full name, date of birth, address and NHS number, and check again; if you are still unsure, ask the lead social worker of the possible match to call the enquirer back.',
    doNotTell:
      'Whether any child is subject to a plan, or any name, address, date or worker from the possible match.',
  },
  'not-subject-to-plan': {
    headline: 'No child subject to a plan matches these details.',
    mayTell: `Say that no child with these details is subject to a child protection plan in this area. ${NOT_A_REFERRAL}`,
    doNotTell:
      'Anything about ended plans or other children shown here; refer questions about a child’s history to children’s social care.',
  },
};

/** The answer given: strong match on an active plan, else a possible one, else none. */
export function answerFor(matches: readonly Pick<CheckMatch, 'strength' | 'planStatus'>[]): Answer {
  const active = matches.filter((m) => m.planStatus === 'active');
  const code: AnswerCode = active.some((m) => m.strength === 'strong')
    ? 'subject-to-plan'
    : active.some((m) => m.strength === 'possible')
      ? 'unable-to-confirm'
      : 'not-subject-to-plan';
  return { code, ...ANSWERS[code] };
}

/** What may be told about one match, for the person answering. */
export function mayTellFor(m: {
  strength: Strength;
  planStatus: 'active' | 'ended';
  planStart: string;
  planEnd?: string | undefined;
  lead?: { name: string; team: string; contact: string } | undefined;
}): string {
  if (m.strength === 'weak') {
    return 'Nothing: this record is probably a different child.';
  }
  if (m.strength === 'possible') {
    return 'Nothing yet: ask for more details and check again, or ask the lead social worker to call back.';
  }
  if (m.planStatus === 'ended') {
    return `The child is not subject to a child protection plan now (a plan ended on ${formatDate(m.planEnd ?? m.planStart)}). Say only that the child is not subject to a plan; refer questions about history to children’s social care.`;
  }
  const lead = m.lead
    ? `the lead social worker, ${m.lead.name}${m.lead.team ? ` (${m.lead.team})` : ''}${m.lead.contact ? `, ${m.lead.contact}` : ''}`
    : 'the duty team (no lead social worker is recorded)';
  return `The child has been subject to a child protection plan since ${formatDate(m.planStart)}. You may give the contact details of ${lead}. Do not give the category or the plan’s content.`;
}
