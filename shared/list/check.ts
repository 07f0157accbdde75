// Runs a check "is this child subject to a plan?" over the whole index: every child with a plan, active or ended,
// scored against what the enquirer gave; the strongest first; then the answer and what may be told. Pure: the
// service records the enquiry. Rules: docs/domain.md §6; docs/list.md, "Checks" (the three answers).
import { askNextFor } from './ask-next';
import { planStartOf } from './derive';
import { answerFor, mayTellFor } from './disclosure';
import type { Answer, CheckCriteria, CheckMatch, Strength } from './enquiry-schemas';
import type { IndexedChild, ListIndex } from './list-index';
import { askedKeys, matchChild } from './match';
import type { AskedKeys, ChildKeys } from './match';
import type { WordMemo } from './name-match';

/** The most matches returned (weak ones are cut first). */
export const MAX_MATCHES = 50;

const RANK: Readonly<Record<Strength, number>> = { strong: 0, possible: 1, weak: 2 };

export type CheckResult = { answer: Answer; matches: CheckMatch[]; warnings: string[] };

/** Scores every child on the index against the criteria and decides the answer. */
export function runCheck(index: ListIndex, criteria: CheckCriteria): CheckResult {
  const asked = askedKeys(criteria);
  const scored = scoreAll(index.children, asked);
  const activeKeys = scored.filter((s) => s.match.planStatus === 'active').map((s) => s.keys);
  const matches = scored.slice(0, MAX_MATCHES).map((s) => s.match);
  return {
    answer: answerFor(
      scored.map((s) => s.match),
      askNextFor(asked, activeKeys),
    ),
    matches,
    warnings: asked.warnings,
  };
}

/**
 * The strong matches on an active plan: what runCheck would list as strong and active, found without a scan. A
 * strong match needs the same NHS number or the same date of birth (match.ts), so only those children are scored;
 * the cost is the number of such children, not the size of the list.
 */
export function strongActiveMatches(index: ListIndex, criteria: CheckCriteria): CheckMatch[] {
  const asked = askedKeys(criteria);
  const candidates = new Set<IndexedChild>([
    ...(asked.nhs !== undefined ? (index.byNhs.get(asked.nhs) ?? []) : []),
    ...(asked.dateOfBirth !== undefined ? (index.byDob.get(asked.dateOfBirth) ?? []) : []),
  ]);
  return scoreAll(candidates, asked)
    .map((s) => s.match)
    .filter((m) => m.strength === 'strong' && m.planStatus === 'active');
}

type Scored = { match: CheckMatch; keys: ChildKeys };

function scoreAll(entries: Iterable<IndexedChild>, asked: AskedKeys): Scored[] {
  const found: Scored[] = [];
  const memo: WordMemo = new Map();
  for (const e of entries) {
    const m = matchChild(asked, e.keys, memo);
    if (!m) {
      continue;
    }
    const plan = e.latest;
    const planStatus = plan.status;
    const match: CheckMatch = {
      childId: e.child.childId,
      name: e.child.name,
      ...(e.child.dateOfBirth !== undefined ? { dateOfBirth: e.child.dateOfBirth } : {}),
      ...(e.child.expectedDeliveryDate !== undefined
        ? { expectedDeliveryDate: e.child.expectedDeliveryDate }
        : {}),
      address: e.child.address,
      planStatus,
      ...(planStartOf(plan) !== undefined ? { planStart: planStartOf(plan) } : {}),
      startsAtBirth: plan.startsAtBirth,
      ...(plan.endDate !== undefined ? { planEnd: plan.endDate } : {}),
      ...(plan.lead ? { leadSocialWorker: { ...plan.lead } } : {}),
      strength: m.strength,
      score: m.score,
      reasons: m.reasons,
      mayTell: mayTellFor({
        strength: m.strength,
        planStatus,
        planStart: planStartOf(plan),
        startsAtBirth: plan.startsAtBirth,
        expectedDeliveryDate: e.child.expectedDeliveryDate,
        listedOn: plan.startDate,
        planEnd: plan.endDate,
        lead: plan.lead,
      }),
    };
    found.push({ match, keys: e.keys });
  }
  found.sort(
    ({ match: a }, { match: b }) =>
      RANK[a.strength] - RANK[b.strength] ||
      (a.planStatus === b.planStatus ? 0 : a.planStatus === 'active' ? -1 : 1) ||
      b.score - a.score ||
      a.name.localeCompare(b.name, 'en-GB') ||
      (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0),
  );
  return found;
}
