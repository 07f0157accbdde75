// The Designated Manager's list sent to chairs for a conference's pre-checks, when the authority chooses to share
// it: the children with an active plan as of a time (who they are, where they live, the plan's start and the lead
// social worker; never categories or plan content). A chair checks a child against it with the list's own
// matching (shared/list/match.ts) and is always told how old the list is ("list as of 3 December 2026").
// Rule source: docs/exchange.md (the list for pre-checks); docs/list.md ("Checks").
import { z } from 'zod';

import { ukDayOf } from '../domain/calendar';
import { formatDate } from '../domain/format-en-gb';
import { IsoDateSchema } from '../domain/primitives';
import { askNextFor } from '../list/ask-next';
import { answerFor } from '../list/disclosure';
import type { Answer, CheckCriteria, Strength } from '../list/enquiry-schemas';
import { askedKeys, childKeys, matchChild } from '../list/match';
import { planStartWords } from '../list/plan-start';
import { ListChildSchema, ListLeadSchema } from '../list/schemas';

export const SnapshotChildSchema = ListChildSchema.extend({
  /** Absent while a plan made from birth waits for the birth (docs/domain.md §5.2). */
  planStart: IsoDateSchema.optional(),
  startsAtBirth: z.boolean().optional(),
  leadSocialWorker: ListLeadSchema.optional(),
});
export type SnapshotChild = z.infer<typeof SnapshotChildSchema>;

export const ListSnapshotBodySchema = z.strictObject({
  /** When the manager's list was taken. */
  asOf: z.iso.datetime(),
  authority: z.string().trim().min(1).max(120),
  children: z.array(SnapshotChildSchema).max(20_000),
});
export type ListSnapshotBody = z.infer<typeof ListSnapshotBodySchema>;

export type SnapshotCheck = {
  /** The list's own answer and what may be told (docs/list.md, "Checks"). */
  answer: Answer;
  /** "list as of 3 December 2026 (5 days old)": always shown with the answer. */
  age: string;
  matches: {
    name: string;
    strength: Strength;
    reasons: string[];
    /** The plan's start in words: "5 January 2026", or "At birth (expected 1 March 2026)". */
    planStart: string;
    lead?: string;
  }[];
  warnings: string[];
};

const RANK: Readonly<Record<Strength, number>> = { strong: 0, possible: 1, weak: 2 };

/** "list as of 3 December 2026 (today)" / "(1 day old)" / "(12 days old)". */
export function snapshotAge(asOf: string, today: string): string {
  const day = ukDayOf(asOf);
  const days = Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
  const old = days <= 0 ? 'today' : days === 1 ? '1 day old' : `${days} days old`;
  return `list as of ${formatDate(day)} (${old})`;
}

/** Checks a child against a snapshot: strong → subject to a plan; possible → cannot confirm; else no match. */
export function checkSnapshot(
  body: ListSnapshotBody,
  criteria: CheckCriteria,
  today: string,
): SnapshotCheck {
  const asked = askedKeys(criteria);
  const scored = body.children
    .flatMap((c) => {
      const keys = childKeys(c);
      const m = matchChild(asked, keys);
      return m ? [{ c, keys, m }] : [];
    })
    .sort((a, b) => RANK[a.m.strength] - RANK[b.m.strength] || b.m.score - a.m.score);
  // Every child on the snapshot has an active plan: the list's rule then gives the answer, never "no" when
  // something may be this child, with the detail to ask for next.
  const answer = answerFor(
    scored.map((s) => ({ strength: s.m.strength, planStatus: 'active' as const })),
    askNextFor(
      asked,
      scored.map((s) => s.keys),
    ),
  );
  const leadText = (c: SnapshotChild): string | undefined =>
    c.leadSocialWorker
      ? [c.leadSocialWorker.name, c.leadSocialWorker.team, c.leadSocialWorker.contact]
          .filter((x) => x.trim() !== '')
          .join(', ')
      : undefined;
  return {
    answer,
    age: snapshotAge(body.asOf, today),
    matches: scored.slice(0, 50).map(({ c, m }) => {
      const lead = leadText(c);
      return {
        name: c.name,
        strength: m.strength,
        reasons: m.reasons,
        planStart: planStartWords(c),
        ...(lead ? { lead } : {}),
      };
    }),
    warnings: asked.warnings,
  };
}
