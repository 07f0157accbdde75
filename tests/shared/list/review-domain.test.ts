// The review part of a conference child: continue or discontinue comes from the decision's outcome, with the
// wording the documents print; the schema accepts progress against actions and a discontinuation reason.
import { describe, expect, it } from 'vitest';

import { ConferenceChildSchema } from '../../../shared/domain/conference';
import { itemId } from '../../../shared/domain/ids';
import {
  CONTINUE_WORDING,
  DISCONTINUE_REASON_LABELS,
  DISCONTINUE_WORDING,
  reviewDecisionWording,
  reviewDirection,
  reviewPrompts,
} from '../../../shared/domain/review';
import { aChild, aPlanDecision } from '../../fixtures/conference';

describe('review decision', () => {
  it('reads continue from a plan outcome and discontinue from any other', () => {
    expect(reviewDirection(aChild())).toBe('continue');
    expect(reviewDecisionWording(aChild())).toBe(CONTINUE_WORDING);
    const ended = aChild({ decision: aPlanDecision({ outcome: 'cin-plan', categories: [] }) });
    expect(reviewDirection(ended)).toBe('discontinue');
    expect(reviewDecisionWording(ended)).toBe(
      'Recommendation to discontinue the child protection plan',
    );
    expect(DISCONTINUE_WORDING).toMatch(/discontinue the child protection plan/);
    const undecided = aChild({ decision: undefined });
    expect(reviewDirection(undecided)).toBeUndefined();
    expect(reviewDecisionWording(undecided)).toBeUndefined();
  });

  it('stores progress against each action and why the plan ends', () => {
    const child = aChild({
      review: {
        planStartDate: '2026-01-05',
        categoriesBefore: ['neglect'],
        actionProgress: [
          {
            id: itemId('act-1'),
            what: 'Register with the dentist',
            who: 'Jade Example',
            progress: 'achieved',
            note: 'Seen on 2 February.',
          },
        ],
        discontinueReason: 'no-longer-at-risk',
      },
    });
    expect(ConferenceChildSchema.safeParse(child).success).toBe(true);
    const bad = { ...child, review: { ...child.review, discontinueReason: 'bored' } };
    expect(ConferenceChildSchema.safeParse(bad).success).toBe(false);
    expect(DISCONTINUE_REASON_LABELS['no-longer-at-risk']).toMatch(/significant harm/);
  });

  it('prompts for progress not recorded and for the reason and evidence of a discontinuation', () => {
    const review = {
      planStartDate: '2026-01-05',
      categoriesBefore: ['neglect' as const],
      actionProgress: [
        { id: itemId('a1'), what: 'x', who: 'y', progress: 'not-yet-assessed' as const, note: '' },
        { id: itemId('a2'), what: 'x', who: 'y', progress: 'achieved' as const, note: '' },
      ],
    };
    expect(reviewPrompts(aChild())).toEqual([]);
    expect(reviewPrompts(aChild({ review }))).toEqual([
      "Record the progress on 1 action of Mia Example's plan.",
    ]);
    const ending = aChild({
      review,
      decision: aPlanDecision({ outcome: 'no-further-action', categories: [], rationale: ' ' }),
    });
    expect(reviewPrompts(ending)).toEqual([
      "Record the progress on 1 action of Mia Example's plan.",
      "Say why Mia Example's plan is discontinued.",
      "Give the evidence for discontinuing Mia Example's plan in the rationale.",
    ]);
    expect(
      reviewPrompts(
        aChild({
          review: { ...review, actionProgress: [], discontinueReason: 'no-longer-at-risk' },
          decision: aPlanDecision({ outcome: 'no-further-action', categories: [] }),
        }),
      ),
    ).toEqual([]);
  });
});
