// The DfE Children in Need census validation rules the census export checks before writing the file. Our reading
// of each public rule (rule texts published by the DfE with the CIN census guide; source and reading recorded in
// docs/list.md "Census export"):
// - 8730 (error): NumberOfPreviousCPP must be present on every ChildProtectionPlans block.
// - 8615 (error): where DateOfInitialCPC is present, S47ActualStartDate must be present and not later than it.
// - 8905 (error): InitialCategoryOfAbuse must be present and one of NEG, PHY, EMO, SAB, MUL.
// - 8910 (error): LatestCategoryOfAbuse must be present and one of NEG, PHY, EMO, SAB, MUL.
// - 8870Q (query): InitialCPCtarget should not be a Saturday or Sunday.
// - 8875 (error): DateOfInitialCPC cannot be a Saturday or Sunday.
// - 2885 (error): a plan must start on the day of an initial conference (CPPstartDate equal to DateOfInitialCPC)
//   when the plan was made by a conference held here; a plan that came in by transfer has no conference here. A
//   plan a pre-birth conference made from birth starts on the day of birth (docs/domain.md §5.2), so for it the
//   rule reads "not before the initial conference" (docs/list.md says so, and that the DfE's checker may query it).
// Errors block the export; queries are warnings the export still writes (docs/list.md "Census export").
import type { CensusRecord } from './census';

export type CensusRuleId = '8730' | '8615' | '8905' | '8910' | '8870Q' | '8875' | '2885';

export type CensusIssue = {
  rule: CensusRuleId;
  severity: 'error' | 'query';
  childId: string;
  planId: string;
  message: string;
};

const CODES = new Set(['NEG', 'PHY', 'EMO', 'SAB', 'MUL']);

/** True for a YYYY-MM-DD date that falls on a Saturday or Sunday. */
function isWeekend(iso: string): boolean {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

type Check = {
  rule: CensusRuleId;
  severity: 'error' | 'query';
  fails: (r: CensusRecord) => boolean;
  message: string | ((r: CensusRecord) => string);
};

const CHECKS: readonly Check[] = [
  {
    rule: '8730',
    severity: 'error',
    fails: (r) => r.NumberOfPreviousCPP === '',
    message: 'The number of previous child protection plans is missing.',
  },
  {
    rule: '8615',
    severity: 'error',
    fails: (r) =>
      r.DateOfInitialCPC !== '' &&
      (r.S47ActualStartDate === '' || r.S47ActualStartDate > r.DateOfInitialCPC),
    message:
      'The section 47 enquiry start date must be recorded and must not be after the initial conference date.',
  },
  {
    rule: '8905',
    severity: 'error',
    fails: (r) => !CODES.has(r.InitialCategoryOfAbuse),
    message: 'The initial category of abuse is missing or not a census code.',
  },
  {
    rule: '8910',
    severity: 'error',
    fails: (r) => !CODES.has(r.LatestCategoryOfAbuse),
    message: 'The latest category of abuse is missing or not a census code.',
  },
  {
    rule: '8870Q',
    severity: 'query',
    fails: (r) => r.InitialCPCtarget !== '' && isWeekend(r.InitialCPCtarget),
    message:
      'The target date for the initial conference falls on a weekend: check it or give a reason.',
  },
  {
    rule: '8875',
    severity: 'error',
    fails: (r) => r.DateOfInitialCPC !== '' && isWeekend(r.DateOfInitialCPC),
    message: 'The initial conference date falls on a weekend.',
  },
  {
    rule: '2885',
    severity: 'error',
    fails: (r) =>
      r.DateOfInitialCPC !== '' &&
      r.CPPstartDate !== '' &&
      (r.startsAtBirth === true
        ? r.CPPstartDate < r.DateOfInitialCPC
        : r.CPPstartDate !== r.DateOfInitialCPC),
    message: (r) =>
      r.startsAtBirth === true
        ? 'The plan, made from birth, starts before the conference that made it: check the date of birth.'
        : 'The plan starts on a different day from the initial conference.',
  },
];

/** Every rule each record breaks, in record order then rule order. */
export function validateCensus(records: readonly CensusRecord[]): CensusIssue[] {
  return records.flatMap((r) =>
    CHECKS.filter((c) => c.fails(r)).map((c) => ({
      rule: c.rule,
      severity: c.severity,
      childId: r.LAchildID,
      planId: r.CPPID,
      message: typeof c.message === 'string' ? c.message : c.message(r),
    })),
  );
}

/** One plain line per issue, e.g. "Error 8875 (child c1, plan p1): The initial conference date ...". */
export function censusIssueLine(i: CensusIssue): string {
  return `${i.severity === 'error' ? 'Error' : 'Query'} ${i.rule} (child ${i.childId}, plan ${i.planId}): ${i.message}`;
}
