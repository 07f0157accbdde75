// Rule 12 names the field it flags, and wording the chair kept with a reason does not block sign-off; the same
// phrase elsewhere, or new wording in the same field, still does (docs/domain.md §9.2 rule 12). FICTIONAL people.
import { describe, expect, it } from 'vitest';

import {
  acceptanceOf,
  AcceptedTermSchema,
  withAccepted,
  withoutAccepted,
} from '../../../shared/domain/accepted-terminology';
import type { AcceptedTerm } from '../../../shared/domain/accepted-terminology';
import type { Conference } from '../../../shared/domain/conference';
import { ConferenceSchema } from '../../../shared/domain/conference';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { fieldLabel } from '../../../shared/domain/field-label';
import { terminology } from '../../../shared/domain/rules/information';
import { aConference } from '../../fixtures/conference';

const withText = (purpose: string, background = 'Nothing of note.'): Conference => {
  const c = aConference();
  return {
    ...c,
    discussion: {
      ...c.discussion,
      purpose: { ...c.discussion.purpose, text: purpose },
      background: { ...c.discussion.background, text: background },
    },
  };
};

const KEEP: AcceptedTerm = {
  path: 'discussion.purpose.text',
  phrase: 'registered',
  reason: 'Quoting the police log word for word.',
  by: 'Jo Chairperson',
  at: '2026-01-12T10:00:00.000Z',
};

const findings = (c: Conference) => terminology(c, ENGLAND_DEFAULTS, '2026-01-12');

describe('rule 12 and kept wording', () => {
  it('names the field in the blocker', () => {
    const [f] = findings(withText('The police log says Mia was registered in 2019.'));
    expect(f).toMatchObject({
      severity: 'blocks-sign-off',
      path: 'discussion.purpose.text',
    });
    expect(f?.message).toMatch(/^Purpose of the conference: "registered" is register-era wording/);
  });

  it('does not block wording the chair kept, and still blocks it elsewhere or new wording', () => {
    const kept = {
      ...withText('The police log says Mia was registered in 2019.', 'Mia was registered in 2019.'),
      acceptedTerminology: [KEEP],
    };
    expect(ConferenceSchema.safeParse(kept).success).toBe(true);
    const left = findings(kept);
    expect(left.map((f) => f.path)).toEqual(['discussion.background.text']);
    const more = {
      ...kept,
      discussion: {
        ...kept.discussion,
        purpose: { ...kept.discussion.purpose, text: 'Registered. Later de-registered.' },
      },
    };
    expect(findings(more).map((f) => f.message)).toEqual([
      expect.stringContaining('"de-registered"'),
      expect.stringContaining('Background'),
    ]);
  });

  it('does not read the reasons of kept wording as record text', () => {
    const c = {
      ...withText('Nothing flagged.'),
      acceptedTerminology: [{ ...KEEP, reason: 'He was placed on the register.' }],
    };
    expect(findings(c)).toEqual([]);
  });

  it('requires a reason and keeps one acceptance per field and phrase', () => {
    expect(AcceptedTermSchema.safeParse({ ...KEEP, reason: '  ' }).success).toBe(false);
    const twice = withAccepted(withAccepted([], KEEP), {
      ...KEEP,
      phrase: 'Registered',
      reason: 'Again.',
    });
    expect(twice).toHaveLength(1);
    expect(acceptanceOf(twice, KEEP.path, 'REGISTERED')?.reason).toBe('Again.');
    expect(acceptanceOf(twice, 'discussion.background.text', 'registered')).toBeUndefined();
    expect(withoutAccepted(twice, KEEP.path, 'registered')).toEqual([]);
  });

  it.each([
    ['discussion.purpose.text', 'Purpose of the conference'],
    ['children.0.decision.rationale', 'Decision for Mia Example: rationale'],
    ['children.0.views.block.text', "Child's views for Mia Example"],
    ['reports.2.summary.text', 'Report: summary'],
    ['children.0.decision.dissents.1.text', 'Decision for Mia Example: dissents'],
  ])('calls %s "%s"', (path, label) => {
    expect(fieldLabel(path, aConference())).toBe(label);
  });
});
