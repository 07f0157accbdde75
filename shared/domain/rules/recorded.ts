// Rule 16 (app rule, beside the 15 of docs/domain.md §9.2): facts every signed document states must have been
// recorded, never assumed. The authority's name (the letter tells families whom to complain to, §4.1), the lead
// statutory body of each plan (§3.1), and each household member's relationship to each child and whether they
// live with the child (§4.2: the record names the children, parents, carers and other adults in the household).
import type { Config } from '../config';
import type { Conference } from '../conference';
import { isPlanOutcome } from '../decision';
import { linkTo } from '../household';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

const f = findingsFor('R16-recorded-facts');

/** The path of a family member's link to one child (the child's id, not an index, names the link). */
export function childLinkPath(memberIndex: number, childId: string, field: string): string {
  return `household.${memberIndex}.childLinks.${childId}.${field}`;
}

function authorityFindings(c: Conference, config: Config): Finding[] {
  if (!isBlank(config.authorityName) || !isBlank(c.localAuthority)) {
    return [];
  }
  return [
    f.block(
      "Enter the local authority's name (in Settings, or on the set-up screen): the letter tells families whom to complain to.",
      'localAuthority',
    ),
  ];
}

function householdFindings(c: Conference): Finding[] {
  const out: Finding[] = [];
  c.household.forEach((m, j) => {
    const who = m.name.trim() || 'this family member';
    for (const child of c.children) {
      const link = linkTo(m, child.details.id);
      const childName = child.details.name;
      if (isBlank(link?.relationship)) {
        out.push(
          f.block(
            `Record ${who}'s relationship to ${childName}.`,
            childLinkPath(j, child.details.id, 'relationship'),
          ),
        );
      }
      if (link?.livesWithChild === undefined) {
        out.push(
          f.block(
            `Record whether ${who} lives with ${childName}.`,
            childLinkPath(j, child.details.id, 'livesWithChild'),
          ),
        );
      }
    }
  });
  return out;
}

/** Rule 16: the facts above are recorded before sign-off. */
export const recordedFacts: Rule = (c, config) => {
  const plans: Finding[] = [];
  c.children.forEach((child, i) => {
    const d = child.decision;
    if (d && isPlanOutcome(d.outcome) && child.plan && child.plan.leadStatutoryBody === undefined) {
      plans.push(
        f.block(
          `Choose the lead statutory body for ${child.details.name}'s plan.`,
          `children.${i}.plan.leadStatutoryBody`,
        ),
      );
    }
  });
  return [...authorityFindings(c, config), ...plans, ...householdFindings(c)];
};
