// Family copies leave out restricted information and the parts a family member was excluded from, and every
// document uses current terminology. Rule source: docs/domain.md §4.3, §1.10, §6.
import { describe, expect, it } from 'vitest';

import { buildDocumentSet } from '../../../shared/documents/document-set';
import { documentText } from '../../../shared/documents/doc-model';
import { LEFT_OUT_NOTE, redactForFamily } from '../../../shared/documents/family-copy';
import { buildMinutes } from '../../../shared/documents/minutes';
import { buildRestrictedAnnex } from '../../../shared/documents/restricted-annex';
import { findBannedTerms } from '../../../shared/domain/terminology';
import { IDS } from '../../fixtures/conference';
import { aPreBirthConference, anInquorateConference } from '../../fixtures/conference-scenarios';
import {
  DOC_CONFIG,
  EXCLUDED_MARKER,
  RESTRICTED_MARKERS,
  aDocumentConference,
} from '../../fixtures/documents';

const set = buildDocumentSet(aDocumentConference(), DOC_CONFIG, { version: 1 });
const family = set.documents.filter((d) => d.name.startsWith('family-'));
const text = (name: string) =>
  documentText(set.documents.find((d) => d.name === name)?.doc ?? bad(name));
function bad(name: string): never {
  throw new Error(`no document ${name}`);
}

describe('family copies', () => {
  it('are made for both parents: record, plan and letter each', () => {
    expect(family.map((d) => d.name)).toEqual([
      'family-jade-example-conference-record',
      'family-jade-example-outline-plan',
      'family-jade-example-decision-letter',
      'family-liam-example-conference-record',
      'family-liam-example-outline-plan',
      'family-liam-example-decision-letter',
    ]);
  });

  it('contain none of the restricted marker strings, nor the restriction reasons or private notes', () => {
    for (const { name, doc } of family) {
      const all = documentText(doc);
      for (const marker of [
        ...RESTRICTED_MARKERS,
        'ZQX-PRIVATE-NOTE',
        'Ongoing criminal investigation',
        'RESTRICTED',
      ]) {
        expect(all, `${name}: ${marker}`).not.toContain(marker);
      }
    }
  });

  it('leave out the agency information Liam was excluded from, with a plain-language note', () => {
    expect(text('family-liam-example-conference-record')).not.toContain(EXCLUDED_MARKER);
    expect(text('family-liam-example-conference-record')).toContain(LEFT_OUT_NOTE);
    expect(text('family-jade-example-conference-record')).toContain(EXCLUDED_MARKER);
    expect(text('family-jade-example-conference-record')).not.toContain(LEFT_OUT_NOTE);
  });

  it("show each parent their own address but not the other's", () => {
    expect(text('family-jade-example-conference-record')).toContain('1 Nowhere Street');
    expect(text('family-jade-example-conference-record')).not.toContain('9 Elsewhere Close');
    expect(text('family-liam-example-conference-record')).toContain('9 Elsewhere Close');
    expect(text('family-liam-example-conference-record')).not.toContain('1 Nowhere Street');
  });

  it('address the letter to the parent by name and open the record with a plain-language introduction', () => {
    expect(text('family-liam-example-decision-letter')).toContain('Dear Liam Example,');
    expect(text('family-jade-example-conference-record')).toContain(
      'This is your copy, Jade Example.',
    );
  });

  it('are never made of the restricted annex', () => {
    const annex = buildRestrictedAnnex(aDocumentConference(), DOC_CONFIG);
    expect(annex).toBeDefined();
    expect(() => redactForFamily(annex!, { personId: IDS.mother, name: 'Jade Example' })).toThrow();
  });
});

describe('professional documents', () => {
  it('keep restricted text out of the record and in the annex, with its audience', () => {
    expect(text('conference-record')).not.toContain(RESTRICTED_MARKERS[0]);
    expect(text('conference-record')).toContain('Restricted information (R1)');
    for (const marker of RESTRICTED_MARKERS) {
      expect(text('restricted-annex')).toContain(marker);
    }
    expect(text('restricted-annex')).toContain('PC Rhea Notreal');
  });

  it('record the sibling outcomes, the categories and the dissent', () => {
    const record = text('conference-record');
    expect(record).toContain('Subject to a child protection plan');
    expect(record).toContain('Physical abuse (primary), Emotional abuse');
    expect(record).toContain('Child in need plan');
    expect(record).toContain('Priya Sampleton (Fictionshire Community Health)');
  });

  it('print the record sections in the order of docs/domain.md §9.4 item 3', () => {
    const record = text('conference-record');
    const order = [
      'Children and household',
      'Attendance, apologies, reports and exclusions',
      'Purpose and reason for the conference',
      'Section 47 enquiry outcome and background',
      'Information from agencies',
      "The child's views",
      "Strengths, worries and what's unclear",
      'Scaling',
      "Chair's summary and analysis",
      "Each professional's view for each child",
      'Decision for each child',
      'Outline plan and recommendations',
      'Next meetings',
      'Distribution',
      'Restricted annex',
    ];
    const positions = order.map((h) => record.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('list every recipient with a copy type, a partial copy for the excluded father', () => {
    const liam = set.distribution.find((d) => d.name === 'Liam Example');
    expect(liam).toMatchObject({
      copyType: 'partial',
      excludedSections: ['reports', 'agency-information'],
    });
    expect(set.distribution.filter((d) => d.kind === 'professional')).toHaveLength(4);
  });

  it('use no register-era wording in any document of any scenario', () => {
    for (const conference of [
      aDocumentConference(),
      aPreBirthConference(),
      anInquorateConference(),
    ]) {
      for (const { name, doc } of buildDocumentSet(conference, DOC_CONFIG).documents) {
        expect(findBannedTerms(documentText(doc)), name).toEqual([]);
      }
    }
  });

  it('prints the expected delivery date for an unborn baby and "Draft" before a version is frozen', () => {
    const record = documentText(buildMinutes(aPreBirthConference(), DOC_CONFIG));
    expect(record).toContain('Expected delivery date');
    expect(record).toContain('20 April 2026');
    expect(record).toContain('Draft');
  });
});
