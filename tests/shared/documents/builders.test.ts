// Edge cases of the document builders: recorded recipients, whole exclusions, missing decisions, per-child plans,
// empty sections and the signing-time text. Rule source: docs/domain.md §4.3, §9.4; docs/reliability.md §2.5.
import { describe, expect, it } from 'vitest';

import { buildDecisionLetter } from '../../../shared/documents/decision-letter';
import { buildDistribution } from '../../../shared/documents/distribution';
import { documentText, list, table } from '../../../shared/documents/doc-model';
import { buildDocumentSet, slug } from '../../../shared/documents/document-set';
import { LEFT_OUT_NOTE, redactForFamily } from '../../../shared/documents/family-copy';
import { buildMinutes } from '../../../shared/documents/minutes';
import { buildOutlinePlans } from '../../../shared/documents/outline-plan';
import { buildRestrictedAnnex } from '../../../shared/documents/restricted-annex';
import { signatureRows, signedAtText } from '../../../shared/documents/signature-text';
import { itemId } from '../../../shared/domain/ids';
import { IDS, aConference, aFamilyMember } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

describe('the distribution list', () => {
  it('uses the recorded recipients, and narrows an excluded parent to a partial copy', () => {
    const conference = aDocumentConference({
      administration: {
        ...aConference().administration,
        recipients: [
          {
            id: itemId('r1'),
            personId: IDS.father,
            name: 'Liam Example',
            copyType: 'full',
            method: 'Post',
          },
          {
            id: itemId('r2'),
            personId: IDS.police,
            name: 'PC Rhea Notreal',
            copyType: 'full',
            method: 'Email',
          },
          { id: itemId('r3'), name: 'Legal services', copyType: 'full', method: 'Email' },
        ],
      },
    });
    expect(buildDistribution(conference).map((e) => [e.name, e.kind, e.copyType])).toEqual([
      ['Liam Example', 'family', 'partial'],
      ['PC Rhea Notreal', 'professional', 'full'],
      ['Legal services', 'other', 'full'],
    ]);
  });

  it('gives a parent excluded from the whole conference a partial copy with every part left out', () => {
    const father = aFamilyMember({
      id: IDS.father,
      name: 'Liam Example',
      relationship: 'Father',
      exclusion: {
        extent: 'whole',
        ground: 'disruptive-behaviour',
        requestedBy: 'Tom Placeholder',
        evidence: '',
        chairDecision: 'agreed',
        sections: [],
        period: '',
        howViewsPresented: '',
      },
    });
    const conference = aConference({ household: [aFamilyMember(), father] });
    expect(buildDistribution(conference)[1]).toMatchObject({
      copyType: 'partial',
      excludedSections: 'whole',
    });
    const copy = redactForFamily(buildMinutes(conference, DOC_CONFIG), {
      personId: IDS.father,
      name: 'Liam Example',
    });
    const text = documentText(copy);
    // Each part keeps its own heading with the notice under it; what was said there is left out.
    expect(text).toContain(`Decision for each child\n${LEFT_OUT_NOTE}`);
    expect(text).not.toContain('Persistent neglect of basic care');
    expect(text).toContain('The whole conference');
  });
});

describe('the builders', () => {
  it('say so when a child has no decision and no plan', () => {
    const conference = aConference({
      children: [{ ...aConference().children[0]!, decision: undefined, plan: undefined }],
    });
    expect(documentText(buildMinutes(conference, DOC_CONFIG))).toContain(
      'No decision was recorded for this child.',
    );
    expect(documentText(buildDecisionLetter(conference, DOC_CONFIG))).toContain(
      'No decision has been recorded yet.',
    );
    expect(buildOutlinePlans(conference, DOC_CONFIG)).toEqual([]);
    expect(buildRestrictedAnnex(conference, DOC_CONFIG)).toBeUndefined();
    expect(documentText(buildMinutes(conference, DOC_CONFIG))).toContain(
      'no core group or review conference is set',
    );
  });

  it('make one plan per child when a sibling plan is not wanted, named one by one in the set', () => {
    expect(buildOutlinePlans(aSiblingGroup(), DOC_CONFIG, { sibling: false })).toHaveLength(2);
    const names = buildDocumentSet(aConference(), DOC_CONFIG).documents.map((d) => d.name);
    expect(names).toContain('outline-plan-1');
  });

  it('title a review conference with its number and a virtual venue as virtual', () => {
    const text = documentText(
      buildMinutes(
        aConference({
          type: 'review',
          reviewNumber: 2,
          virtual: true,
          startTime: undefined,
          endTime: undefined,
        }),
        DOC_CONFIG,
      ),
    );
    expect(text).toContain('Review child protection conference (review 2)');
    expect(text).toContain('(virtual)');
    expect(text).toContain('Not recorded');
  });

  it('print "None recorded." for empty tables and lists, and slugs names for file names', () => {
    expect(table(['A'], [])).toEqual({ kind: 'paragraph', text: 'None recorded.', tone: 'note' });
    expect(list([])).toMatchObject({ text: 'None recorded.' });
    expect(slug('Zoë O’Brien-Smith')).toBe('zoe-o-brien-smith');
    expect(slug('!!!')).toBe('unnamed');
  });
});

describe('the signature text', () => {
  it('prints the signing time in UK time, summer and winter', () => {
    expect(signedAtText('2026-01-06T09:30:00Z')).toBe('6 January 2026 at 9:30am (UK time)');
    expect(signedAtText('2026-07-01T12:00:00Z')).toBe('1 July 2026 at 1pm (UK time)');
    expect(() => signedAtText('not a time')).toThrow(RangeError);
    expect(
      signatureRows({
        name: 'A',
        role: 'B',
        signedAt: '2026-01-06T09:30:00Z',
        fingerprint: 'AB',
        version: 4,
      })[3],
    ).toEqual({ label: 'Record version', value: '4' });
  });
});
