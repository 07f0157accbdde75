// Signed documents state only what was recorded (docs/domain.md §9.4, §4.2): a conference with every optional
// field empty prints "Not recorded", never a default fact; no document of any fixture prints a label beside an
// empty value. The text walked is the builders' own (fields as "Label: value"); the render test checks the files.
import { describe, expect, it } from 'vitest';

import { newConference } from '../../../electron/services/conferences/new-conference';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { Conference } from '../../../shared/domain/conference';
import type { Config } from '../../../shared/domain/config';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { conferenceId } from '../../../shared/domain/ids';
import { newOutlinePlan } from '../../../shared/domain/plan-defaults';
import { validateConference } from '../../../shared/domain/validation';
import { newChild, newFamilyMember } from '../../../renderer/src/screens/setup/new-records';
import { DOC_CONFIG, aDocumentConference, aLargeSiblingGroup } from '../../fixtures/documents';
import { aConference } from '../../fixtures/conference';
import {
  aConferenceWithRestrictionsAndExclusion,
  aPreBirthConference,
  aSiblingGroup,
  anInquorateConference,
} from '../../fixtures/conference-scenarios';
import { aReviewConference } from '../../fixtures/review-documents';
import { emptyLabelProblems, readableText } from '../../support/document-text';

/** A conference as the app creates it, with one child, one parent and a plan, and nothing else answered. */
function anEmptyConference(): Conference {
  const c = newConference(
    conferenceId('conf-empty'),
    { type: 'initial', date: '2026-01-05' },
    { localAuthority: '', practiceModel: 'standard' },
  );
  const child = newChild('Robin Blank', false, '2019-02-02');
  const parent = newFamilyMember('Casey Blank', '', undefined);
  return {
    ...c,
    children: [
      {
        ...child,
        decision: {
          continuingRisk: true,
          outcome: 'cp-plan',
          categories: [],
          rationale: '',
          dissent: [],
          familyDisagreement: '',
          complaintInformationGiven: false,
          decidedBy: 'chair',
        },
        plan: newOutlinePlan(c, ENGLAND_DEFAULTS),
      },
    ],
    household: [parent],
  };
}

/** Facts the app never asked in the empty conference; none may appear in any document. */
const DEFAULT_FACTS: readonly RegExp[] = [
  /lives in the household/i,
  /lives elsewhere/i,
  /\blives with\b/i,
  /does not live with/i,
  /has parental responsibility/i,
  /no parental responsibility/i,
  /School or setting: None/,
  /Legal status: No order/,
  /family group conference was considered: (Yes|No)\b/i,
  /Lead statutory body: (?!Not recorded)/,
  /interpreter needed/i,
];

const fixtures: [string, Conference, Config][] = [
  ['the empty conference', anEmptyConference(), ENGLAND_DEFAULTS],
  ['one child', aConference(), DOC_CONFIG],
  ['a sibling group', aSiblingGroup(), DOC_CONFIG],
  ['a pre-birth conference', aPreBirthConference(), DOC_CONFIG],
  ['an inquorate conference', anInquorateConference(), DOC_CONFIG],
  ['restrictions and an exclusion', aConferenceWithRestrictionsAndExclusion(), DOC_CONFIG],
  ['the document scenario', aDocumentConference(), DOC_CONFIG],
  ['a large sibling group', aLargeSiblingGroup(), DOC_CONFIG],
  ['a review', aReviewConference(), DOC_CONFIG],
];

describe('a conference with every optional field empty', () => {
  const set = buildDocumentSet(anEmptyConference(), ENGLAND_DEFAULTS, { version: 1 });

  it('produces the record, the plan, the letter and the family copies', () => {
    const names = set.documents.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'conference-record',
        'outline-plan-1',
        'decision-letter',
        'family-casey-blank-conference-record',
        'family-casey-blank-decision-letter',
      ]),
    );
  });

  it.each(DEFAULT_FACTS.map((p) => [String(p), p] as const))(
    'prints no default fact %s in any document',
    (_, pattern) => {
      for (const { name, doc } of set.documents) {
        expect(readableText(doc), name).not.toMatch(pattern);
      }
    },
  );

  it('says "Not recorded" where the facts were never answered', () => {
    const record = readableText(set.documents[0]!.doc);
    for (const line of [
      'Legal status: Not recorded',
      'School or setting: Not recorded',
      'NHS number: Not recorded',
      'Address: Not recorded',
      'Parental responsibility: Not recorded',
      'Relationship to Robin Blank: Not recorded; whether they live with Robin Blank is not recorded',
      'Venue: Not recorded',
      'Chair: Not recorded',
    ]) {
      expect(record).toContain(line);
    }
    const plan = readableText(set.documents.find((d) => d.name === 'outline-plan-1')!.doc);
    expect(plan).toContain('Lead statutory body: Not recorded');
    expect(plan).toContain('A family group conference was considered: Not recorded');
  });

  it('cannot be signed: rule 16 blocks each missing fact with a link to its field', () => {
    const empty = anEmptyConference();
    const paths = validateConference(empty, ENGLAND_DEFAULTS, '2026-01-05')
      .filter((f) => f.ruleId === 'R16-recorded-facts')
      .map((f) => [f.severity, f.path]);
    const childId = empty.children[0]!.details.id;
    expect(paths).toEqual([
      ['blocks-sign-off', 'localAuthority'],
      ['blocks-sign-off', 'children.0.plan.leadStatutoryBody'],
      ['blocks-sign-off', `household.0.childLinks.${childId}.relationship`],
      ['blocks-sign-off', `household.0.childLinks.${childId}.livesWithChild`],
    ]);
  });
});

describe('no document prints a label beside an empty value', () => {
  it.each(fixtures)('%s', (_, conference, config) => {
    const problems = buildDocumentSet(conference, config, { version: 1 }).documents.flatMap(
      ({ name, doc }) => emptyLabelProblems(readableText(doc)).map((p) => `${name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('finds each kind of empty label the checker knows (so the checker can fail)', () => {
    for (const bad of [
      'you can make a complaint to ;',
      'Lead social worker: Tom ()',
      'Lead social worker: Tom ( )',
      'From: Alex Invented,',
      'Venue: .',
      'Chair:',
      'was held at  about Mia',
      'Mia , Noah',
      'Role: undefined',
    ]) {
      expect(emptyLabelProblems(bad), bad).not.toEqual([]);
    }
    expect(emptyLabelProblems('Chair: Alex Invented, Independent chair')).toEqual([]);
  });
});
