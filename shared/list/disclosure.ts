// What may be told to someone who asks whether a child is subject to a plan. docs/domain.md §6: the list is
// confidential except to legitimate enquirers; their details are checked and recorded first; an enquiry is a
// two-way exchange and is not a referral. The wording below is [DERIVED] from that (see docs/list.md, "Checks"):
// three answers only. Confirm only a strong match on an active plan, giving only the fact of the plan and the lead
// social worker's contact, never the category or the plan's content; with any other match on an active plan say
// that it cannot be confirmed from these details and ask for the next detail, never "no"; say that no child
// subject to a plan matches only when no record on an active plan reaches the weak floor.
import { formatDate } from '../domain/format-en-gb';

import type { Answer, AnswerCode, AskNext, CheckMatch, Strength } from './enquiry-schemas';

const NOT_A_REFERRAL =
  'An enquiry is not a referral: if the enquirer is worried about the child, they should make a referral to children’s social care.';

/** The class of each answer, in the words that may be told to the enquirer. */
export const ANSWER_CLASS: Readonly<Record<AnswerCode, string>> = {
  'subject-to-plan': 'Subject to a child protection plan',
  'cannot-confirm': 'Cannot confirm from these details',
  'no-match': 'No child subject to a plan matches',
};

/** What to ask the enquirer for, in words that can be read out. */
export const ASK_NEXT_TEXT: Readonly<Record<AskNext, string>> = {
  name: 'the child’s full name',
  'date-of-birth': 'the child’s date of birth',
  address: 'the child’s address and postcode',
  'nhs-number': 'the child’s NHS number',
  'call-back':
    'nothing more: ask the lead social worker of the possible match to call the enquirer back',
};

/** The answer for each code: headline, what may be told, what must not be told. */
export const ANSWERS: Readonly<Record<AnswerCode, Omit<Answer, 'code'>>> = {
  'subject-to-plan': {
    headline: 'A child matching these details is subject to a child protection plan.',
    mayTell:
      'Say: “A child matching these details is subject to a child protection plan.” Give the lead social worker’s name and contact details so the enquirer can speak to them. ' +
      NOT_A_REFERRAL,
    doNotTell:
      'The category, the reasons for the plan, its content, or anything about other members of the family: the lead social worker decides what else to share.',
  },
  'cannot-confirm': {
    headline:
      'A child subject to a plan may match these details, but they are not enough to confirm it or to rule it out.',
    mayTell:
      'Say: “I cannot confirm from these details whether the child is subject to a child protection plan.” Do not say no. Ask for more details and check again; if you are still unsure, ask the lead social worker of the possible match to call the enquirer back.',
    doNotTell:
      'That the child is not subject to a plan, whether any child is subject to a plan, or any name, address, date or worker from the possible matches.',
  },
  'no-match': {
    headline: 'No child subject to a plan matches these details.',
    mayTell: `Say: “No child subject to a child protection plan here matches the details you have given.” Read back the details you checked. ${NOT_A_REFERRAL}`,
    doNotTell:
      'Anything about ended plans or other children shown here, or that the child is unknown to children’s social care: refer questions about a child’s history to them.',
  },
};

/** "Ask for the child’s date of birth and check again." for a cannot-confirm answer. */
export function askNextSentence(askNext: AskNext): string {
  return askNext === 'call-back'
    ? 'The details given already cover everything the records hold: ask the lead social worker of the possible match to call the enquirer back.'
    : `Ask next for ${ASK_NEXT_TEXT[askNext]}, then check again.`;
}

/** The class of answer: a strong match on an active plan; else any match on an active plan; else none. */
export function answerCodeFor(
  matches: readonly Pick<CheckMatch, 'strength' | 'planStatus'>[],
): AnswerCode {
  const active = matches.filter((m) => m.planStatus === 'active');
  if (active.some((m) => m.strength === 'strong')) {
    return 'subject-to-plan';
  }
  return active.length > 0 ? 'cannot-confirm' : 'no-match';
}

/** The answer given, with what to ask for next when it cannot be confirmed. */
export function answerFor(
  matches: readonly Pick<CheckMatch, 'strength' | 'planStatus'>[],
  askNext: AskNext = 'call-back',
): Answer {
  const code = answerCodeFor(matches);
  if (code !== 'cannot-confirm') {
    return { code, ...ANSWERS[code] };
  }
  const base = ANSWERS[code];
  return {
    code,
    askNext,
    ...base,
    mayTell: `Say: “I cannot confirm from these details whether the child is subject to a child protection plan.” Do not say no. ${askNextSentence(askNext)}`,
  };
}

/** What may be told about one match, for the person answering. */
export function mayTellFor(m: {
  strength: Strength;
  planStatus: 'active' | 'ended';
  planStart?: string | undefined;
  startsAtBirth?: boolean | undefined;
  expectedDeliveryDate?: string | undefined;
  /** The day the plan entered the list (the conference that made it). */
  listedOn: string;
  planEnd?: string | undefined;
  lead?: { name: string; team: string; contact: string } | undefined;
}): string {
  if (m.planStatus === 'ended') {
    return m.strength === 'strong'
      ? `The child is not subject to a child protection plan now (a plan ended on ${formatDate(m.planEnd ?? m.planStart ?? m.listedOn)}). Say only that the child is not subject to a plan; refer questions about history to children’s social care.`
      : 'Nothing: this record’s plan has ended, so it does not change the answer.';
  }
  if (m.strength !== 'strong') {
    return 'Nothing yet: this record is why the answer cannot be confirmed or ruled out. Ask for the next detail and check again, or ask the lead social worker to call the enquirer back.';
  }
  const lead = m.lead
    ? `the lead social worker, ${m.lead.name}${m.lead.team ? ` (${m.lead.team})` : ''}${m.lead.contact ? `, ${m.lead.contact}` : ''}`
    : 'the duty team (no lead social worker is recorded)';
  if (m.planStart === undefined) {
    const due =
      m.expectedDeliveryDate !== undefined
        ? `the baby is expected on ${formatDate(m.expectedDeliveryDate)}`
        : 'no expected delivery date is recorded';
    return `The baby is to be subject to a child protection plan from birth, decided at a conference on ${formatDate(m.listedOn)} (${due}). You may give the contact details of ${lead}. Do not give the category or the plan’s content.`;
  }
  return `The child has been subject to a child protection plan since ${formatDate(m.planStart)}. You may give the contact details of ${lead}. Do not give the category or the plan’s content.`;
}
