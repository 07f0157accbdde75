// Page helper for sign-off tests: stores a complete conference (the document fixture: three siblings, an excluded
// father, restricted information) through the same RPC channels the app uses, one top-level field per edit.
import type { Page } from '@playwright/test';

import type { Conference } from '../../../shared/domain/conference';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Calls a channel of the browser shell from inside the page (with its session cookie). */
export async function rpc<T = unknown>(
  page: Page,
  channel: string,
  input: unknown,
): Promise<Rpc<T>> {
  return page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Rpc<T>;
    },
    { channel, input },
  );
}

async function must<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const r = await rpc<T>(page, channel, input);
  if (!r.ok) {
    throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  }
  return r.value;
}

/** Creates a conference and copies every field of `source` into it; returns its id. */
export async function storeCompleteConference(page: Page, source: Conference): Promise<string> {
  const { id } = await must<{ id: string }>(page, 'conference.create', {
    type: source.type,
    date: source.date,
    ...(source.strategyDiscussionDate
      ? { strategyDiscussionDate: source.strategyDiscussionDate }
      : {}),
  });
  let revision = 0;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' || key === 'schemaVersion' || value === undefined) {
      continue;
    }
    const saved = await must<{ revision: number }>(page, 'conference.applyEdit', {
      conferenceId: id,
      baseRevision: revision,
      edit: { type: 'set', path: [key], value },
    });
    revision = saved.revision;
  }
  return id;
}

/**
 * Signs a stored conference off through documents.signOff, naming every document the preview lists as looked at
 * (as the sign-off screen's ticks do; no sign-off is taken without them). Returns the channel's result.
 */
export async function signOffLookingAtAll(
  page: Page,
  conferenceId: string,
  passphrase: string,
): Promise<Rpc<unknown>> {
  const preview = await must<{ documents: { stem: string }[] }>(page, 'documents.preview', {
    conferenceId,
  });
  return rpc(page, 'documents.signOff', {
    conferenceId,
    passphrase,
    lookedAt: preview.documents.map((d) => d.stem),
  });
}
