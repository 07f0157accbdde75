// The shape of a validation finding and of a rule. Rules: docs/domain.md §9.2 (the 15 validation rules).
import type { Config } from '../config';
import type { Conference } from '../conference';

/** Whether a finding stops the chair signing off the record, or is a prompt only. */
export type Severity = 'blocks-sign-off' | 'warning';

/** Ids of the 15 rules of docs/domain.md §9.2, in order, then the app's own rule 16 (rules/recorded.ts). */
export const RULE_IDS = [
  'R1-icpc-timing',
  'R2-working-day-targets',
  'R3-quorum',
  'R4-decision-every-child',
  'R5-plan-complete',
  'R6-multiple-categories',
  'R7-dissent',
  'R8-exclusion',
  'R9-restricted-information',
  'R10-unborn-child',
  'R11-transfer-in',
  'R12-terminology',
  'R13-child-views',
  'R14-ending-at-first-review',
  'R15-age-18',
  'R16-recorded-facts',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One problem found in a conference: which rule, how serious, what to do (plain English), and where. */
export type Finding = { ruleId: RuleId; severity: Severity; message: string; path: string };

/** A validation rule: a pure function of the conference, the configuration and today's date. */
export type Rule = (conference: Conference, config: Config, today: string) => Finding[];

/** True when a text field is empty or only whitespace. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim().length === 0;
}

/** Builds a finding-maker for one rule. */
export function findingsFor(ruleId: RuleId) {
  return {
    block: (message: string, path: string): Finding => ({
      ruleId,
      severity: 'blocks-sign-off',
      message,
      path,
    }),
    warn: (message: string, path: string): Finding => ({
      ruleId,
      severity: 'warning',
      message,
      path,
    }),
  };
}
