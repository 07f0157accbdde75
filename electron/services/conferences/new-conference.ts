// A blank conference record for the set-up screen to fill in: every required field present and empty.
// Rule source: docs/domain.md §9.1 (core entities); the result always parses against ConferenceSchema.
import { CONFERENCE_SCHEMA_VERSION } from '../../../shared/domain/conference';
import type { Conference, ConferenceType, PracticeModel } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { emptyBlock } from '../../../shared/domain/primitives';

export type NewConferenceInput = {
  type: ConferenceType;
  date: string;
  strategyDiscussionDate?: string | undefined;
  transferNotifiedOn?: string | undefined;
  practiceModel?: PracticeModel | undefined;
};

/** Builds a draft conference with no children, people or discussion yet. */
export function newConference(
  id: ConferenceId,
  input: NewConferenceInput,
  defaults: { localAuthority: string; practiceModel: PracticeModel },
): Conference {
  const conference: Conference = {
    schemaVersion: CONFERENCE_SCHEMA_VERSION,
    id,
    type: input.type,
    combinedWithReview: false,
    localAuthority: defaults.localAuthority,
    date: input.date,
    venue: '',
    virtual: false,
    chair: { name: '', role: '', independenceConfirmed: false },
    minuteTaker: '',
    practiceModel: input.practiceModel ?? defaults.practiceModel,
    quorum: { chairReasonToProceed: '', earlyReviewConsidered: false },
    statements: {
      confidentialityRead: false,
      professionalDifferenceRead: false,
      recordingExplained: false,
    },
    children: [],
    household: [],
    professionals: [],
    attendance: [],
    reports: [],
    agencyViews: [],
    discussion: {
      purpose: emptyBlock(),
      reasonForConference: emptyBlock(),
      section47Outcome: emptyBlock(),
      background: emptyBlock(),
      agencyInformation: [],
      parentsViews: emptyBlock(),
      widerFamilyViews: emptyBlock(),
      strengths: emptyBlock(),
      concerns: emptyBlock(),
      chairSummary: emptyBlock(),
    },
    administration: {
      decisionLetterMethod: '',
      versions: [],
      recipients: [],
      corrections: [],
      cpIsUpdateNeeded: false,
    },
    privateNotes: '',
  };
  if (input.strategyDiscussionDate !== undefined) {
    conference.strategyDiscussionDate = input.strategyDiscussionDate;
  }
  if (input.type === 'transfer-in-initial') {
    conference.transferIn = {
      originatingAuthority: '',
      originatingCategories: [],
      originatingPlanSummary: '',
      ...(input.transferNotifiedOn !== undefined ? { notifiedOn: input.transferNotifiedOn } : {}),
    };
  }
  return conference;
}
