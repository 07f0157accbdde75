// The census validator: for each CIN rule a record that passes and records that fail it, the severity (errors
// block, queries warn) and the XML shape of the Section47 and ChildProtectionPlan blocks. Rules: docs/list.md
// "Census export".
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { CensusRecord } from '../../../shared/list/census';
import { censusXml } from '../../../shared/list/census';
import { censusIssueLine, validateCensus } from '../../../shared/list/census-rules';
import type { CensusRuleId } from '../../../shared/list/census-rules';

/** A record that passes every rule: Monday 5 January 2026 conference, plan that day. */
const GOOD: CensusRecord = {
  LAchildID: 'child-1',
  CPPID: 'child-1:1',
  NumberOfPreviousCPP: '0',
  S47ActualStartDate: '2025-12-10',
  ICPCnotRequired: '',
  DateOfInitialCPC: '2026-01-05',
  InitialCPCtarget: '2026-01-05',
  CPPstartDate: '2026-01-05',
  InitialCategoryOfAbuse: 'NEG',
  LatestCategoryOfAbuse: 'MUL',
  CPPreviewDate: ['2026-04-02'],
  CPPendDate: '',
};

const rules = (r: CensusRecord): string[] => validateCensus([r]).map((i) => i.rule);

const FAILING: [CensusRuleId, string, Partial<CensusRecord>][] = [
  ['8730', 'no number of previous plans', { NumberOfPreviousCPP: '' }],
  ['8615', 'no section 47 start date', { S47ActualStartDate: '' }],
  ['8615', 'section 47 start after the conference', { S47ActualStartDate: '2026-01-06' }],
  ['8905', 'no initial category', { InitialCategoryOfAbuse: '' }],
  ['8905', 'initial category not a census code', { InitialCategoryOfAbuse: 'neglect' }],
  ['8910', 'no latest category', { LatestCategoryOfAbuse: '' }],
  ['8910', 'latest category not a census code', { LatestCategoryOfAbuse: 'XYZ' }],
  ['8870Q', 'target on a Saturday', { InitialCPCtarget: '2026-01-03' }],
  ['8870Q', 'target on a Sunday', { InitialCPCtarget: '2026-01-04' }],
  [
    '8875',
    'conference on a Saturday',
    { DateOfInitialCPC: '2026-01-03', CPPstartDate: '2026-01-03' },
  ],
  [
    '8875',
    'conference on a Sunday',
    { DateOfInitialCPC: '2026-01-04', CPPstartDate: '2026-01-04' },
  ],
  ['2885', 'plan starts the day after the conference', { CPPstartDate: '2026-01-06' }],
  ['2885', 'plan starts before the conference', { CPPstartDate: '2026-01-02' }],
];

const PASSING: [CensusRuleId, string, Partial<CensusRecord>][] = [
  ['8730', 'a child with two earlier plans', { NumberOfPreviousCPP: '2' }],
  ['8615', 'section 47 start on the conference day', { S47ActualStartDate: '2026-01-05' }],
  [
    '8615',
    'no conference here (transfer in): no start needed',
    { DateOfInitialCPC: '', S47ActualStartDate: '' },
  ],
  ['8905', 'every census code', { InitialCategoryOfAbuse: 'SAB' }],
  ['8910', 'every census code', { LatestCategoryOfAbuse: 'EMO' }],
  ['8870Q', 'target on a Friday', { InitialCPCtarget: '2026-01-02' }],
  [
    '8875',
    'conference on a Friday',
    {
      DateOfInitialCPC: '2026-01-02',
      CPPstartDate: '2026-01-02',
      S47ActualStartDate: '2025-12-01',
    },
  ],
  [
    '2885',
    'plan from a transfer (no conference here)',
    { DateOfInitialCPC: '', S47ActualStartDate: '', CPPstartDate: '2025-06-01' },
  ],
];

describe('census validator', () => {
  it('passes the good record on every rule', () => {
    expect(validateCensus([GOOD])).toEqual([]);
  });

  it.each(FAILING)('%s fails: %s', (rule, _why, change) => {
    expect(rules({ ...GOOD, ...change })).toContain(rule);
  });

  it.each(PASSING)('%s passes: %s', (rule, _why, change) => {
    expect(rules({ ...GOOD, ...change })).not.toContain(rule);
  });

  it('makes 8870Q a query and every other rule an error, each line naming child, plan and rule', () => {
    const issues = validateCensus(FAILING.map(([, , c]) => ({ ...GOOD, ...c })));
    for (const i of issues) {
      expect(i.severity).toBe(i.rule === '8870Q' ? 'query' : 'error');
      expect(censusIssueLine(i)).toMatch(
        new RegExp(`^(Error|Query) ${i.rule} \\(child child-1, plan child-1:1\\): \\S`),
      );
    }
  });
});

describe('census XML shape', () => {
  it('has the LA attribute, a Section47 block and the plan fields, leaving out what was not recorded', () => {
    const xml = censusXml([GOOD, { ...GOOD, CPPID: 'child-1:2', NumberOfPreviousCPP: '1' }], {
      authority: 'Fictionshire & District',
      generatedOn: '2026-11-01',
    });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const root = doc.documentElement;
    expect(root.getAttribute('LA')).toBe('Fictionshire & District');
    const child = root.getElementsByTagName('Child');
    expect(child.length).toBe(1);
    const s47 = doc.getElementsByTagName('Section47');
    expect(s47.length).toBe(2);
    const names = (el: Element) =>
      Array.from({ length: el.childNodes.length }, (_, k) => el.childNodes.item(k))
        .filter((n) => n.nodeType === 1)
        .map((n) => (n as Element).tagName);
    expect(names(s47.item(0)!)).toEqual([
      'S47ActualStartDate',
      'InitialCPCtarget',
      'DateOfInitialCPC',
    ]);
    const plan = doc.getElementsByTagName('ChildProtectionPlan').item(1)!;
    expect(names(plan)).toEqual([
      'CPPID',
      'CPPstartDate',
      'InitialCategoryOfAbuse',
      'LatestCategoryOfAbuse',
      'NumberOfPreviousCPP',
      'Reviews',
    ]);
    expect(plan.getElementsByTagName('NumberOfPreviousCPP').item(0)!.textContent).toBe('1');
    expect(doc.getElementsByTagName('ICPCnotRequired').length).toBe(0);
    expect(doc.getElementsByTagName('CPPendDate').length).toBe(0);
  });
});

describe('census rules (properties)', () => {
  const weekday = fc
    .integer({ min: 0, max: 3000 })
    .map((n) => {
      const d = new Date(Date.UTC(2020, 0, 6) + n * 86_400_000); // 6 January 2020, a Monday
      return d.toISOString().slice(0, 10);
    })
    .filter((iso) => {
      const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
      return day !== 0 && day !== 6;
    });
  const code = fc.constantFrom('NEG', 'PHY', 'EMO', 'SAB', 'MUL');
  /** A record as the export makes it for a plan made by a conference here, on a working day. */
  const good = fc
    .record({
      conference: weekday,
      s47Before: fc.integer({ min: 0, max: 60 }),
      initial: code,
      latest: code,
      previous: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ conference, s47Before, initial, latest, previous }) => {
      const s47 = new Date(Date.parse(`${conference}T12:00:00Z`) - s47Before * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        ...GOOD,
        NumberOfPreviousCPP: String(previous),
        S47ActualStartDate: s47,
        DateOfInitialCPC: conference,
        InitialCPCtarget: conference,
        CPPstartDate: conference,
        InitialCategoryOfAbuse: initial,
        LatestCategoryOfAbuse: latest,
      } satisfies CensusRecord;
    });

  it('a record made from a conference on a working day with every value recorded passes every rule', () => {
    fc.assert(
      fc.property(good, (r) => {
        expect(validateCensus([r])).toEqual([]);
      }),
      {
        numRuns: 300,
      },
    );
  });

  it('breaking one value is reported under its own rule, and no issue is invented for the others', () => {
    const breaks: [CensusRuleId, (r: CensusRecord) => Partial<CensusRecord>][] = [
      ['8730', () => ({ NumberOfPreviousCPP: '' })],
      ['8615', () => ({ S47ActualStartDate: '' })],
      ['8905', () => ({ InitialCategoryOfAbuse: 'neglect' })],
      ['8910', () => ({ LatestCategoryOfAbuse: '' })],
      [
        '2885',
        (r) => ({
          CPPstartDate: new Date(Date.parse(`${r.DateOfInitialCPC}T12:00:00Z`) + 86_400_000)
            .toISOString()
            .slice(0, 10),
        }),
      ],
    ];
    fc.assert(
      fc.property(good, fc.constantFrom(...breaks), (r, [rule, change]) => {
        expect(rules({ ...r, ...change(r) })).toEqual([rule]);
      }),
      { numRuns: 300 },
    );
  });

  it('a plan made from birth may start on any day from its conference on, never before', () => {
    fc.assert(
      fc.property(good, fc.integer({ min: -30, max: 200 }), (r, after) => {
        const start = new Date(Date.parse(`${r.DateOfInitialCPC}T12:00:00Z`) + after * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const found = rules({ ...r, CPPstartDate: start, startsAtBirth: true });
        expect(found.includes('2885')).toBe(after < 0);
      }),
      { numRuns: 300 },
    );
  });
});
