// The England defaults in a module without zod (only the Config type is imported), so the CLI's `due` command
// loads no schema (cli.due_ms). Import them from here, never through config.ts (that would be an import circle).
import type { Config } from './config';

/** England defaults: national guidance where it exists, the most common local choice elsewhere. */
export const ENGLAND_DEFAULTS: Config = {
  jurisdiction: 'england',
  authorityName: '',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  listManagerTitle: 'Designated Manager',
  practiceModel: 'standard',
  quorum: {
    requireChildrensSocialCare: true,
    minOtherAgencies: 2,
    requireDirectContact: true,
    countAllHealthAsOneAgency: false,
  },
  timescales: {
    icpcWorkingDays: 15,
    transferInWorkingDays: 15,
    reconveneWorkingDays: 10,
    firstCoreGroupWorkingDays: 10,
    coreGroupFrequencyWeeks: 4,
    coreGroupMaxWeeks: 6,
    firstReview: '3-calendar-months',
    laterReviewMonths: 6,
    minutesWorkingDays: 20,
    decisionLetterWorkingDays: 1,
    exclusionNoticeWorkingDays: 3,
    reportsBeforeInitialWorkingDays: 2,
    reportsBeforeReviewWorkingDays: 5,
    preBirthLatestWeek: 34,
    postBirthReview: 'earlier-of-3-months-or-birth-plus-20-working-days',
  },
  multipleCategoriesAllowed: true,
  warnWhenMultipleCategories: true,
  localClosureDays: [],
};
