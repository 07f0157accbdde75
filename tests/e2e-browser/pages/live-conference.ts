// Page helper for live-mode tests: a conference dated today (so the clock runs) with two fictional children, two
// parents and three professionals, built through the same RPC channels the app uses; then opened in set-up.
import type { Page } from '@playwright/test';

import {
  aChildDetails,
  aFamilyMember,
  someChildViews,
  someProfessionals,
} from '../../fixtures/conference';
import { IDS } from '../../fixtures/conference';

type Rpc = { ok: boolean; value?: { id?: string; revision?: number }; error?: { message: string } };

async function rpc(page: Page, channel: string, input: unknown): Promise<Rpc> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Rpc;
    },
    { channel, input },
  );
}

/** Today on the test machine as 'YYYY-MM-DD' (Europe/London, as Playwright runs the page). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/**
 * Creates the conference, adds the people with empty views (live mode fills them) and opens its set-up screen.
 * Returns the conference id.
 */
export async function createLiveConference(
  page: Page,
  practiceModel: 'standard' | 'signs-of-safety' = 'signs-of-safety',
): Promise<string> {
  const created = await rpc(page, 'conference.create', {
    type: 'initial',
    date: todayIso(),
    practiceModel,
  });
  const id = created.value?.id;
  if (!created.ok || !id) {
    throw new Error(`conference.create failed: ${created.error?.message ?? ''}`);
  }
  const emptyViews = someChildViews({ block: { text: '' }, obtainedBy: [], notInvolvedReason: '' });
  const pros = someProfessionals().slice(0, 3);
  const edits: unknown[] = [
    {
      type: 'set',
      path: ['chair'],
      value: { name: 'Ada Fictional', role: 'Independent chair', independenceConfirmed: true },
    },
    { type: 'set', path: ['minuteTaker'], value: 'Ben Sample' },
    { type: 'insert', path: ['children'], value: { details: aChildDetails(), views: emptyViews } },
    {
      type: 'insert',
      path: ['children'],
      value: {
        details: aChildDetails({ id: IDS.child2, name: 'Noah Example', dateOfBirth: '2023-06-02' }),
        views: emptyViews,
      },
    },
    { type: 'insert', path: ['household'], value: aFamilyMember() },
    ...pros.map((p) => ({ type: 'insert', path: ['professionals'], value: p })),
  ];
  let revision = created.value?.revision ?? 0;
  for (const edit of edits) {
    const r = await rpc(page, 'conference.applyEdit', {
      conferenceId: id,
      baseRevision: revision,
      edit,
    });
    if (!r.ok || r.value?.revision === undefined) {
      throw new Error(`conference.applyEdit failed: ${r.error?.message ?? ''}`);
    }
    revision = r.value.revision;
  }
  await openHash(page, `#/conference/${id}/setup`);
  return id;
}

/** Moves the app to a hash route (a same-document navigation, as a link would make). */
export async function openHash(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0] ?? ''}${hash}`);
}
