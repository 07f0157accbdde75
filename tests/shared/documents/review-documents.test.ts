// The documents of a review conference: review number, progress against each action, continue or the
// recommendation to discontinue with reason and evidence, what help follows, the next review (+6 months), the
// letter's wording for a discontinued plan, family copies and no register-era wording.
// Rule source: docs/domain.md §3.3, §3.4, §5.4, §6, §9.4 items 1 and 3; shared/domain/review.ts.
import { describe, expect, it } from 'vitest';

import { buildDecisionLetter } from '../../../shared/documents/decision-letter';
import { documentText, textOf } from '../../../shared/documents/doc-model';
import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import { LEFT_OUT_NOTE, redactForFamily } from '../../../shared/documents/family-copy';
import { buildMinutes } from '../../../shared/documents/minutes';
import { buildOutlinePlans } from '../../../shared/documents/outline-plan';
import {
  helpAfterText,
  progressSummary,
  reviewDecisionRows,
  reviewLetterText,
  reviewNumberText,
} from '../../../shared/documents/review-record';
import type { Conference, ConferenceChild } from '../../../shared/domain/conference';
import type { Outcome } from '../../../shared/domain/decision';
import type { DiscontinueReason } from '../../../shared/domain/review';
import { DISCONTINUE_WORDING } from '../../../shared/domain/review';
import { findBannedTerms } from '../../../shared/domain/terminology';
import { IDS, aFamilyMember } from '../../fixtures/conference';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';
import { NOAH_EVIDENCE, aReviewConference } from '../../fixtures/review-documents';

const liamExcludedFromPlan = aFamilyMember({
  id: IDS.father,
  name: 'Liam Example',
  relationship: 'Father',
  exclusion: {
    extent: 'part',
    ground: 'family-conflict',
    requestedBy: 'Tom Placeholder',
    evidence: '',
    chairDecision: 'agreed',
    sections: ['outline-plan'],
    period: '',
    howViewsPresented: 'The chair met Liam separately.',
  },
});

/** The review conference with Noah's plan ending in another way. */
function noahEnds(reason: DiscontinueReason | undefined, outcome: Outcome, reviewNumber = 2) {
  const c = aReviewConference({ reviewNumber });
  const noah = c.children[1]!;
  const { discontinueReason: _r, ...review } = noah.review!;
  const child: ConferenceChild = {
    ...noah,
    decision: { ...noah.decision!, outcome },
    review: reason === undefined ? review : { ...review, discontinueReason: reason },
  };
  return { ...c, children: [c.children[0]!, child] } satisfies Conference;
}

function headings(doc: DocModel): string[] {
  const walk = (nodes: readonly DocNode[]): string[] =>
    nodes.flatMap((n) =>
      n.kind === 'heading'
        ? [n.text]
        : n.kind === 'restricted' || n.kind === 'excluded-from'
          ? walk(n.children)
          : [],
    );
  return walk(doc.body);
}

describe('the record of a review conference', () => {
  const text = documentText(buildMinutes(aReviewConference(), DOC_CONFIG));

  it('prints the review number and the conference before it', () => {
    expect(text).toContain('Review child protection conference (review 2)');
    expect(text).toContain(
      'This conference is review 2 of the child protection plan; the conference before it was held on 2 April 2026.',
    );
  });

  it('prints progress against each action of the plan under review, per child', () => {
    const record = buildMinutes(aReviewConference(), DOC_CONFIG);
    const h = headings(record);
    expect(h.indexOf('Progress against the plan under review')).toBeGreaterThan(
      h.indexOf('Attendance'),
    );
    expect(h.indexOf('Progress against the plan under review')).toBeLessThan(
      h.indexOf('Decision for each child'),
    );
    const table = textOf(record.body);
    for (const cell of [
      'Register Mia with the dentist and attend the appointment',
      'Achieved',
      'Partly achieved',
      'Not achieved',
      'Four of six appointments kept.',
      'Both parents complete the domestic abuse programme',
      'Categories under review',
      'Physical abuse (primary), Emotional abuse',
      'Last reviewed',
    ]) {
      expect(table, cell).toContain(cell);
    }
  });

  it('prints the decision to continue with the next review six months on and the date it is due by', () => {
    expect(text).toContain('The child protection plan continues');
    expect(text).toContain('Next review conference\n1 April 2027');
    expect(text).toContain('Next review due by\n1 April 2027 (6 calendar months after the review');
    expect(text).toContain('Next core group');
    expect(text).toContain('review conferences are no more than 6 months apart');
  });

  it('prints the recommendation to discontinue with the reason, the evidence and what help follows', () => {
    expect(text).toContain(DISCONTINUE_WORDING);
    expect(text).toContain('Why the plan ends\nNo longer at continuing risk of significant harm');
    expect(text).toContain('The plan ends on\n1 October 2026');
    expect(text).toContain('What help follows\nA child in need plan, so that help carries on');
    expect(text).toContain(`Reasons and evidence\n${NOAH_EVIDENCE}`);
    expect(text).toContain(
      'The child protection plan ends on 1 October 2026. What help follows: a child in need plan',
    );
  });

  it('says "Not recorded" when a discontinued plan has no reason yet', () => {
    const t = documentText(buildMinutes(noahEnds(undefined, 'cin-plan'), DOC_CONFIG));
    expect(t).toContain('Why the plan ends\nNot recorded');
  });

  it('marks a plan ended at its first review as exceptional, and not at a later review', () => {
    const note = 'This plan ends at its first review.';
    expect(
      documentText(buildMinutes(noahEnds('no-longer-at-risk', 'cin-plan', 1), DOC_CONFIG)),
    ).toContain(note);
    expect(text).not.toContain(note);
  });

  it('says no plan continues when every plan ends', () => {
    const c = aReviewConference();
    const ended = { ...c, children: [c.children[1]!] };
    expect(documentText(buildMinutes(ended, DOC_CONFIG))).toContain(
      'No child protection plan continues after this review',
    );
  });

  it('leaves the review parts out of an initial conference record', () => {
    const t = documentText(buildMinutes(aDocumentConference(), DOC_CONFIG));
    expect(t).not.toContain('Progress against the plan under review');
    expect(t).not.toContain('Decision at this review');
    expect(t).toContain('First core group');
  });
});

describe('the decision letter of a review conference', () => {
  const letter = documentText(buildDecisionLetter(aReviewConference(), DOC_CONFIG));

  it('says what the review looked at and which review it was', () => {
    expect(letter).toContain(
      'This was review 2 of the child protection plan. The conference looked at the progress made on the plan',
    );
  });

  it('words a discontinued plan: recommendation, end date, no further review, help that follows', () => {
    expect(letter).toContain(
      'The conference found that Noah Example is no longer likely to suffer significant harm, so I recommend that the child protection plan for Noah Example is discontinued. The plan ends on 1 October 2026 and there will be no further child protection review conference for Noah Example. Help does not stop: a child in need plan follows.',
    );
    expect(letter).toContain(`Reasons and evidence\n${NOAH_EVIDENCE}`);
    expect(letter).toContain('progress on the 1 action of Noah Example');
  });

  it('words a continuing plan with the progress and the next review date', () => {
    expect(letter).toContain(
      "The conference looked at the progress on the 3 actions of Mia Example's plan: 1 achieved, 1 partly achieved, 1 not achieved.",
    );
    expect(letter).toContain('The next review conference will be on 1 April 2027.');
    expect(letter).toContain('The child protection plan as updated at this review is sent');
  });

  it('gives the reason when a plan ends for a reason other than risk, and each kind of help', () => {
    const moved = documentText(
      buildDecisionLetter(noahEnds('moved-to-another-authority', 'no-further-action'), DOC_CONFIG),
    );
    expect(moved).toContain('The reason is: moved permanently to another authority');
    expect(moved).toContain('the family can ask for help at any time');
    const other = documentText(buildDecisionLetter(noahEnds('other', 'early-help'), DOC_CONFIG));
    expect(other).toContain('The plan is no longer needed, for the reasons given above');
    expect(other).toContain('Help does not stop: early help follows.');
  });
});

describe('review documents and the rules every document follows', () => {
  it('has no register-era wording in any document of the set, family copies included', () => {
    const set = buildDocumentSet(aReviewConference(), DOC_CONFIG);
    expect(set.documents.length).toBeGreaterThan(3);
    for (const { name, doc } of set.documents) {
      expect(findBannedTerms(documentText(doc)), name).toEqual([]);
    }
  });

  it('leaves the progress out of the copy of a parent excluded from the plan part, not the other', () => {
    const c = aReviewConference({ household: [aFamilyMember(), liamExcludedFromPlan] });
    const record = buildMinutes(c, DOC_CONFIG);
    const liam = documentText(redactForFamily(record, { personId: IDS.father, name: 'Liam' }));
    const jade = documentText(redactForFamily(record, { personId: IDS.mother, name: 'Jade' }));
    expect(liam).not.toContain('Four of six appointments kept.');
    expect(liam).toContain(LEFT_OUT_NOTE);
    expect(jade).toContain('Four of six appointments kept.');
    expect(jade).toContain(DISCONTINUE_WORDING);
  });

  it('keeps the review wording in a family member’s letter', () => {
    const c = aReviewConference();
    const who = { personId: IDS.mother, name: 'Jade Example' };
    const letter = redactForFamily(
      buildDecisionLetter(c, DOC_CONFIG, { kind: 'family', ...who }),
      who,
    );
    expect(documentText(letter)).toContain('Dear Jade Example,');
    expect(documentText(letter)).toContain('I recommend that the child protection plan for Noah');
  });

  it('prints the plan under review’s start date and the next review in the updated plan', () => {
    const [plan] = buildOutlinePlans(aReviewConference(), DOC_CONFIG);
    const t = documentText(plan!);
    expect(t).toContain('Plan start date\n5 January 2026');
    expect(t).toContain('Next review conference\n1 April 2027');
    expect(t).toContain('This is the plan as the review conference updated it.');
  });

  it('summarises progress and names the help, review number unknown included', () => {
    expect(progressSummary(aReviewConference().children[0]!)).toBe(
      '1 achieved, 1 partly achieved, 1 not achieved',
    );
    expect(progressSummary(aDocumentConference().children[0]!)).toBe('');
    expect(helpAfterText('early-help')).toContain('Early help');
    const { reviewNumber: _n, ...noNumber } = aReviewConference();
    expect(reviewNumberText(noNumber)).toBe('a review of the child protection plan');
    const undecided = { ...noNumber.children[0]!, decision: undefined };
    expect(reviewDecisionRows(noNumber, undecided, DOC_CONFIG)).toEqual([]);
    expect(reviewLetterText(noNumber, undecided)).toContain('No decision has been recorded yet.');
  });
});
