// Page helper: sets up the fictional sibling group (Mia, Noah, Ava) through the conference.* channels, with the
// people and the attendance register but no views, decisions or plans, so a spec can start at the agency views.
import type { Page } from '@playwright/test';

import { DATES } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';

type RpcResult = { ok: boolean; value?: unknown; error?: { message: string } };

/** Calls one channel of the browser shell from the page and returns its value; throws on an error result. */
export async function rpc<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as RpcResult;
    },
    { channel, input },
  );
  if (!result.ok) {
    throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`);
  }
  return result.value as T;
}

/** Creates the sibling-group conference (5 January 2026) with its people and register; returns its id. */
export async function createSiblingConference(page: Page): Promise<string> {
  const group = aSiblingGroup();
  const created = await rpc<{ id: string; revision: number }>(page, 'conference.create', {
    type: 'initial',
    date: DATES.icpc,
    strategyDiscussionDate: DATES.strategy,
  });
  let revision = created.revision;
  const children = group.children.map(({ details, views }) => ({ details, views }));
  const parts: [string, unknown][] = [
    ['children', children],
    ['household', group.household],
    ['professionals', group.professionals],
    ['attendance', group.attendance],
  ];
  for (const [field, value] of parts) {
    const saved = await rpc<{ revision: number }>(page, 'conference.applyEdit', {
      conferenceId: created.id,
      baseRevision: revision,
      edit: { type: 'set', path: [field], value },
    });
    revision = saved.revision;
  }
  return created.id;
}

/** The findings of the domain rules for a conference, from the conference.validate channel. */
export async function findings(
  page: Page,
  conferenceId: string,
): Promise<{ ruleId: string; severity: string; message: string; path: string }[]> {
  const out = await rpc<{
    findings: { ruleId: string; severity: string; message: string; path: string }[];
  }>(page, 'conference.validate', { conferenceId });
  return out.findings;
}
