// The 15 validation rules of docs/domain.md §9.2, run together. Each rule lives in rules/ as a pure function; the
// renderer shows the findings as prompts and main refuses sign-off while any finding blocks it.
import type { Config } from './config';
import type { Conference } from './conference';
import { exclusion, quorum } from './rules/attendance';
import { ageEighteen, childViews, unbornChild } from './rules/children';
import {
  decisionEveryChild,
  dissent,
  endingAtFirstReview,
  multipleCategories,
} from './rules/decision';
import type { Finding, Rule, RuleId } from './rules/finding';
import { restrictedInformation, terminology } from './rules/information';
import { planComplete } from './rules/plan';
import { recordedFacts } from './rules/recorded';
import { icpcTiming, transferIn, workingDayTargets } from './rules/timing';

export type { Finding, RuleId, Severity } from './rules/finding';

/** Every rule by id, in the order of docs/domain.md §9.2. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  'R1-icpc-timing': icpcTiming,
  'R2-working-day-targets': workingDayTargets,
  'R3-quorum': quorum,
  'R4-decision-every-child': decisionEveryChild,
  'R5-plan-complete': planComplete,
  'R6-multiple-categories': multipleCategories,
  'R7-dissent': dissent,
  'R8-exclusion': exclusion,
  'R9-restricted-information': restrictedInformation,
  'R10-unborn-child': unbornChild,
  'R11-transfer-in': transferIn,
  'R12-terminology': terminology,
  'R13-child-views': childViews,
  'R14-ending-at-first-review': endingAtFirstReview,
  'R15-age-18': ageEighteen,
  'R16-recorded-facts': recordedFacts,
};

/** Runs all 15 rules and returns every finding, rule by rule. `today` is an ISO date. */
export function validateConference(
  conference: Conference,
  config: Config,
  today: string,
): Finding[] {
  return Object.values(RULES).flatMap((rule) => rule(conference, config, today));
}

/** True when no finding blocks sign-off. */
export function canSignOff(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'blocks-sign-off');
}
