// Census-style export of every plan: the DfE Children in Need census fields CPPID, NumberOfPreviousCPP, the
// Section47 block (S47ActualStartDate, InitialCPCtarget, DateOfInitialCPC, ICPCnotRequired), DateOfInitialCPC, InitialCPCtarget,
// CPPstartDate, InitialCategoryOfAbuse, LatestCategoryOfAbuse, CPPreviewDate (one per review) and CPPendDate,
// keyed by LAchildID, as CSV (reviews joined with ';') or XML (one element per review). Category codes NEG, PHY,
// EMO, SAB, or MUL for more than one (CIN rule 8905). "Census-style": the field names and codes follow the
// census, the file is not the DfE return itself. A plan a pre-birth conference made from birth starts on the day of
// birth (docs/domain.md §5.2): its CPPstartDate is that day, and until the birth is recorded the plan has not
// started, so it is left out of the file and named in `notStarted`. Rules: docs/domain.md §1.2, §2.1, §5.2, §5.3,
// §9.4 item 6; docs/list.md.
import { cinCensusCode } from '../domain/categories';
import type { Config } from '../domain/config';
import { icpcDueDate, transferInDueDate } from '../domain/due-dates';

import { csvText, xmlEscape } from './csv';
import { planStartOf } from './derive';
import type { DerivedPlan } from './derive';

/** The census fields of one plan; '' where the app does not know the value. */
export type CensusRecord = {
  LAchildID: string;
  /** The plan's id in the list (the census CPPID). */
  CPPID: string;
  /** Plans of this child recorded in the list before this one; the app knows no others (docs/list.md). */
  NumberOfPreviousCPP: string;
  /** Section 47 block: only what set-up recorded; ICPCnotRequired is never recorded for a plan made here. */
  S47ActualStartDate: string;
  ICPCnotRequired: string;
  DateOfInitialCPC: string;
  InitialCPCtarget: string;
  CPPstartDate: string;
  InitialCategoryOfAbuse: string;
  LatestCategoryOfAbuse: string;
  CPPreviewDate: string[];
  CPPendDate: string;
  /** Not a census field: the plan was made from birth, so it starts on the day of birth (rule 2885's reading). */
  startsAtBirth?: true;
};

export const CENSUS_FIELDS = [
  'LAchildID',
  'CPPID',
  'NumberOfPreviousCPP',
  'S47ActualStartDate',
  'ICPCnotRequired',
  'DateOfInitialCPC',
  'InitialCPCtarget',
  'CPPstartDate',
  'InitialCategoryOfAbuse',
  'LatestCategoryOfAbuse',
  'CPPreviewDate',
  'CPPendDate',
] as const;

/** The target date of the conference that made the plan: strategy discussion or notification + 15 working days. */
function initialTarget(plan: DerivedPlan, config: Config): string {
  const ic = plan.initialConference;
  if (!ic) {
    return '';
  }
  if (ic.type === 'transfer-in-initial') {
    return ic.transferNotifiedOn ? transferInDueDate(ic.transferNotifiedOn, config).date : '';
  }
  return ic.strategyDiscussionDate ? icpcDueDate(ic.strategyDiscussionDate, config).date : '';
}

/** One census record per plan. A plan from a transfer-in entry has no initial conference held here. */
export function censusRecord(
  plan: DerivedPlan,
  config: Config,
  allPlans: readonly DerivedPlan[] = [plan],
): CensusRecord {
  const previous = allPlans.filter(
    (p) =>
      p.childId === plan.childId &&
      p.planId !== plan.planId &&
      (p.startDate < plan.startDate || (p.startDate === plan.startDate && p.planId < plan.planId)),
  ).length;
  return {
    LAchildID: plan.childId,
    CPPID: plan.planId,
    NumberOfPreviousCPP: String(previous),
    S47ActualStartDate: plan.initialConference?.section47StartDate ?? '',
    ICPCnotRequired: '',
    DateOfInitialCPC: plan.initialConference?.date ?? '',
    InitialCPCtarget: initialTarget(plan, config),
    CPPstartDate: planStartOf(plan) ?? '',
    InitialCategoryOfAbuse: cinCensusCode(plan.initialCategories) ?? '',
    LatestCategoryOfAbuse: cinCensusCode(plan.latestCategories) ?? '',
    CPPreviewDate: [...plan.reviewDates],
    CPPendDate: plan.endDate ?? '',
    ...(plan.startsAtBirth ? { startsAtBirth: true as const } : {}),
  };
}

/**
 * True when the plan was open at any time between from and to (inclusive; either may be absent). A plan made from
 * birth whose birth is not recorded has not started, so it was never open.
 */
export function openDuring(plan: DerivedPlan, from?: string, to?: string): boolean {
  const start = planStartOf(plan);
  return (
    start !== undefined &&
    (to === undefined || start <= to) &&
    (from === undefined || plan.endDate === undefined || plan.endDate >= from)
  );
}

/** The census records as CSV: one row per plan, review dates joined with ';'. */
export function censusCsv(records: readonly CensusRecord[]): string {
  return csvText(
    CENSUS_FIELDS,
    records.map((r) => CENSUS_FIELDS.map((f) => (f === 'CPPreviewDate' ? r[f].join(';') : r[f]))),
  );
}

const el = (indent: string, name: string, value: string): string =>
  value === '' ? '' : `${indent}<${name}>${xmlEscape(value)}</${name}>\n`;

/** The census records as XML: plans grouped by child, empty fields left out. */
export function censusXml(
  records: readonly CensusRecord[],
  meta: { authority: string; generatedOn: string },
): string {
  const byChild = new Map<string, CensusRecord[]>();
  for (const r of records) {
    byChild.set(r.LAchildID, [...(byChild.get(r.LAchildID) ?? []), r]);
  }
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<ChildProtectionPlans LA="${xmlEscape(meta.authority)}" authority="${xmlEscape(meta.authority)}" generated="${xmlEscape(meta.generatedOn)}">\n`;
  for (const [id, plans] of byChild) {
    out += `  <Child>\n    <ChildIdentifiers>\n${el('      ', 'LAchildID', id)}    </ChildIdentifiers>\n`;
    for (const p of plans) {
      out += '    <Section47>\n';
      for (const f of [
        'S47ActualStartDate',
        'InitialCPCtarget',
        'DateOfInitialCPC',
        'ICPCnotRequired',
      ] as const) {
        out += el('      ', f, p[f]);
      }
      out += '    </Section47>\n';
      out += '    <ChildProtectionPlan>\n';
      for (const f of [
        'CPPID',
        'CPPstartDate',
        'InitialCategoryOfAbuse',
        'LatestCategoryOfAbuse',
        'NumberOfPreviousCPP',
      ] as const) {
        out += el('      ', f, p[f]);
      }
      if (p.CPPreviewDate.length > 0) {
        out += '      <Reviews>\n';
        out += p.CPPreviewDate.map((d) => el('        ', 'CPPreviewDate', d)).join('');
        out += '      </Reviews>\n';
      }
      out += el('      ', 'CPPendDate', p.CPPendDate);
      out += '    </ChildProtectionPlan>\n';
    }
    out += '  </Child>\n';
  }
  return `${out}</ChildProtectionPlans>\n`;
}
