// Which screen edits a field, from the field's dotted path, so a validation finding can link to it.
// Rule source: every blocker and warning linked to its field; steps.ts (one screen per step).
// Step ids are the section keys (steps.ts says so); taken from household.ts so steps.ts, which uses stepForPath to
// tell when a step is complete, and this module do not import each other.
import type { SectionKey as StepId } from './household';

/** Where a field lives: one of the live-mode steps, or the set-up screen. */
export type FieldScreen = StepId | 'setup';

const CORE_GROUP_FIELDS = new Set([
  'coreGroup',
  'firstCoreGroupDate',
  'firstCoreGroupTime',
  'firstCoreGroupPlace',
  'coreGroupFrequencyWeeks',
  'reviewDate',
]);

const DISCUSSION_STEPS: Readonly<Record<string, StepId>> = {
  purpose: 'purpose',
  reasonForConference: 'purpose',
  section47Outcome: 'purpose',
  background: 'purpose',
  agencyInformation: 'agency-information',
  parentsViews: 'parents-views',
  widerFamilyViews: 'parents-views',
  strengths: 'analysis',
  concerns: 'analysis',
  signsOfSafety: 'analysis',
  scaling: 'analysis',
  chairSummary: 'summary',
};

/** The step for a path under children.<i> (views, decision, plan), or set-up for the child's details. */
function childStep(rest: readonly string[]): FieldScreen {
  const [part, field] = rest;
  if (part === 'views') {
    return 'child-views';
  }
  if (part === 'decision') {
    return field === 'categories' ? 'category' : 'decision';
  }
  if (part === 'plan') {
    return field !== undefined && CORE_GROUP_FIELDS.has(field) ? 'core-group' : 'outline-plan';
  }
  return 'setup';
}

/**
 * The screen that edits the field at `path` (a finding's path such as 'children.0.plan.reviewDate' or
 * 'discussion.purpose.text'). Conference details, people and children's details are on the set-up screen.
 */
export function stepForPath(path: string): FieldScreen {
  const [head, ...rest] = path.split('.');
  switch (head) {
    case 'statements':
      return 'introductions';
    case 'attendance':
    case 'quorum':
      return 'attendance';
    case 'reports':
      return 'reports';
    case 'agencyViews':
      return 'agency-views';
    case 'privateNotes':
      return 'summary';
    case 'discussion':
      return DISCUSSION_STEPS[rest[0] ?? ''] ?? 'summary';
    case 'children':
      return rest.length >= 2 ? childStep(rest.slice(1)) : 'setup';
    default:
      return 'setup';
  }
}
