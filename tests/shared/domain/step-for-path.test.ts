import { describe, expect, it } from 'vitest';

import { stepForPath } from '../../../shared/domain/step-for-path';

describe('which screen edits a field', () => {
  it.each([
    ['statements.confidentialityRead', 'introductions'],
    ['attendance', 'attendance'],
    ['quorum.chairReasonToProceed', 'attendance'],
    ['discussion.purpose.text', 'purpose'],
    ['discussion.reasonForConference.restriction.audience', 'purpose'],
    ['discussion.background.text', 'purpose'],
    ['reports.2.sharedWithParents', 'reports'],
    ['discussion.agencyInformation.1.block.text', 'agency-information'],
    ['discussion.parentsViews.text', 'parents-views'],
    ['discussion.widerFamilyViews.text', 'parents-views'],
    ['children.1.views.obtainedBy', 'child-views'],
    ['discussion.signsOfSafety.dangerStatement.text', 'analysis'],
    ['discussion.scaling.scores.0.value', 'analysis'],
    ['discussion.concerns.text', 'analysis'],
    ['agencyViews', 'agency-views'],
    ['children.0.decision', 'decision'],
    ['children.0.decision.dissent.1.text', 'decision'],
    ['children.2.decision.categories', 'category'],
    ['children.0.plan.contingencyPlan', 'outline-plan'],
    ['children.0.plan.leadSocialWorker', 'outline-plan'],
    ['children.0.plan.actions', 'outline-plan'],
    ['children.0.plan.firstCoreGroupDate', 'core-group'],
    ['children.0.plan.reviewDate', 'core-group'],
    ['children.0.plan.coreGroup', 'core-group'],
    ['discussion.chairSummary.text', 'summary'],
    ['discussion.somethingNew', 'summary'],
    ['privateNotes', 'summary'],
    ['children.0.details.dateOfBirth', 'setup'],
    ['children', 'setup'],
    ['children.0', 'setup'],
    ['delay.reason', 'setup'],
    ['household.1.exclusion.ground', 'setup'],
    ['transferIn.notifiedOn', 'setup'],
    ['date', 'setup'],
  ])('sends %s to %s', (path, screen) => {
    expect(stepForPath(path)).toBe(screen);
  });
});
