// The ordered steps of a conference, one screen each, and when each is complete. Order follows the agendas in
// docs/domain.md §4.2 and §9.4 item 3; the analysis step follows the practice model (§4.4).
import type { Config } from './config';
import type { Conference } from './conference';
import { isPlanOutcome } from './decision';
import type { SectionKey } from './household';
import { participatingProfessionals } from './rules/decision';
import { planComplete } from './rules/plan';
import { workingDayTargets } from './rules/timing';
import { stepForPath } from './step-for-path';

/** Step ids are the section keys a person can be excluded from (household.ts). */
export type StepId = SectionKey;

/** One conference step: its id, its title and whether the record has what the step needs. */
export type Step = {
  id: StepId;
  title: (c: Conference) => string;
  isComplete: (c: Conference, config: Config) => boolean;
};

const filled = (text: string | undefined): boolean => text !== undefined && text.trim().length > 0;
/** True when there is at least one child and every child has a decision. */
const everyChildDecided = (c: Conference): boolean =>
  c.children.length > 0 && c.children.every((ch) => ch.decision !== undefined);
const planChildren = (c: Conference) =>
  c.children.filter((ch) => ch.decision !== undefined && isPlanOutcome(ch.decision.outcome));
/**
 * The category, plan and core group steps are done once every child is decided, each plan child has `ok`, and
 * rules 2 and 5 find nothing that blocks sign-off among the fields of step `id`.
 */
const everyPlanChild = (
  id: StepId,
  c: Conference,
  config: Config,
  ok: (ch: Conference['children'][number]) => boolean,
): boolean =>
  everyChildDecided(c) &&
  planChildren(c).every(ok) &&
  [...planComplete(c, config, c.date), ...workingDayTargets(c, config, c.date)].every(
    (f) => f.severity !== 'blocks-sign-off' || stepForPath(f.path) !== id,
  );
const fixed = (title: string) => () => title;

/** Each step's name where no conference is at hand (settings); the analysis step adds its practice model. */
export const STEP_NAMES: Readonly<Record<StepId, string>> = {
  introductions: 'Introductions and confidentiality statement',
  attendance: 'Attendance',
  purpose: 'Purpose of the conference',
  reports: 'Reports',
  'agency-information': 'Information from each agency',
  'parents-views': "Parents' views",
  'child-views': "The child's views",
  analysis: 'Analysis',
  'agency-views': 'Agency views on each child',
  decision: 'Decision for each child',
  category: 'Category of abuse or neglect',
  'outline-plan': 'Outline child protection plan',
  'core-group': 'Core group and dates',
  summary: "Chair's summary",
};

/** Every step in order. */
export const STEPS: readonly Step[] = [
  {
    id: 'introductions',
    title: fixed(STEP_NAMES.introductions),
    isComplete: (c) => c.statements.confidentialityRead && c.statements.professionalDifferenceRead,
  },
  {
    id: 'attendance',
    title: fixed(STEP_NAMES.attendance),
    isComplete: (c) => {
      const listed = new Set(c.attendance.map((a) => a.personId));
      return [...c.professionals, ...c.household].every((p) => listed.has(p.id));
    },
  },
  {
    id: 'purpose',
    title: fixed(STEP_NAMES.purpose),
    isComplete: (c) =>
      filled(c.discussion.purpose.text) && filled(c.discussion.reasonForConference.text),
  },
  { id: 'reports', title: fixed(STEP_NAMES.reports), isComplete: (c) => c.reports.length > 0 },
  {
    id: 'agency-information',
    title: fixed(STEP_NAMES['agency-information']),
    isComplete: (c) =>
      participatingProfessionals(c).every((p) =>
        c.discussion.agencyInformation.some(
          (a) => a.professionalId === p.id && filled(a.block.text),
        ),
      ),
  },
  {
    id: 'parents-views',
    title: fixed(STEP_NAMES['parents-views']),
    isComplete: (c) => filled(c.discussion.parentsViews.text),
  },
  {
    id: 'child-views',
    title: fixed(STEP_NAMES['child-views']),
    isComplete: (c) =>
      c.children.length > 0 && c.children.every((ch) => filled(ch.views.block.text)),
  },
  {
    id: 'analysis',
    title: (c) =>
      c.practiceModel === 'signs-of-safety' ? 'Analysis (Signs of Safety)' : STEP_NAMES.analysis,
    isComplete: (c) => {
      if (c.practiceModel !== 'signs-of-safety') {
        return filled(c.discussion.strengths.text) && filled(c.discussion.concerns.text);
      }
      const s = c.discussion.signsOfSafety;
      return (
        s !== undefined &&
        filled(s.dangerStatement.text) &&
        filled(s.existingStrengths.text) &&
        filled(s.safetyGoals.text)
      );
    },
  },
  {
    id: 'agency-views',
    title: fixed(STEP_NAMES['agency-views']),
    isComplete: (c) =>
      c.children.length > 0 &&
      participatingProfessionals(c).every((p) =>
        c.children.every((ch) =>
          c.agencyViews.some((v) => v.professionalId === p.id && v.childId === ch.details.id),
        ),
      ),
  },
  {
    id: 'decision',
    title: fixed(STEP_NAMES.decision),
    isComplete: everyChildDecided,
  },
  {
    id: 'category',
    title: fixed(STEP_NAMES.category),
    isComplete: (c, config) =>
      everyPlanChild(
        'category',
        c,
        config,
        (ch) =>
          ch.decision !== undefined && ch.decision.categories.filter((x) => x.primary).length === 1,
      ),
  },
  {
    id: 'outline-plan',
    title: fixed(STEP_NAMES['outline-plan']),
    isComplete: (c, config) =>
      everyPlanChild(
        'outline-plan',
        c,
        config,
        (ch) =>
          ch.plan !== undefined &&
          filled(ch.plan.leadSocialWorker?.name) &&
          ch.plan.actions.length > 0 &&
          filled(ch.plan.contingencyPlan),
      ),
  },
  {
    id: 'core-group',
    title: fixed(STEP_NAMES['core-group']),
    isComplete: (c, config) =>
      everyPlanChild(
        'core-group',
        c,
        config,
        (ch) =>
          ch.plan !== undefined &&
          ch.plan.coreGroup.length > 0 &&
          ch.plan.firstCoreGroupDate !== undefined &&
          ch.plan.reviewDate !== undefined,
      ),
  },
  {
    id: 'summary',
    title: fixed(STEP_NAMES.summary),
    isComplete: (c) => filled(c.discussion.chairSummary.text),
  },
];

/** Each step's id, title and completion, in order, for the step navigation. */
export function stepProgress(
  conference: Conference,
  config: Config,
): { id: StepId; title: string; complete: boolean }[] {
  return STEPS.map((s) => ({
    id: s.id,
    title: s.title(conference),
    complete: s.isComplete(conference, config),
  }));
}
