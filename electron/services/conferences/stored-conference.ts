// How a conference is kept in the vault's 'conferences' collection: the record plus its revision and status,
// and the summary row the home table shows. Rule source: conferences home; docs/domain.md §9.3 (due dates).
import { z } from 'zod';

import type { Config } from '../../../shared/domain/config';
import { ConferenceSchema } from '../../../shared/domain/conference';
import type { Conference } from '../../../shared/domain/conference';
import { icpcDueDate, transferInDueDate } from '../../../shared/domain/due-dates';
import type { DueDate } from '../../../shared/domain/due-dates';
import { ConferenceStatusSchema } from '../../../shared/ipc/contracts/conference';
import type { ConferenceSummary } from '../../../shared/ipc/contracts/conference';

/** The envelope stored per conference id. `revision` goes up by one on every acknowledged edit. */
export const StoredConferenceSchema = z.strictObject({
  revision: z.number().int().nonnegative(),
  savedAt: z.iso.datetime(),
  status: ConferenceStatusSchema,
  conference: ConferenceSchema,
});
export type StoredConference = z.infer<typeof StoredConferenceSchema>;

/** The date this conference was due by and the rule used, when its trigger date is known. */
export function conferenceDueDate(c: Conference, config: Config): DueDate | undefined {
  if (c.type === 'transfer-in-initial') {
    const notified = c.transferIn?.notifiedOn;
    return notified ? transferInDueDate(notified, config) : undefined;
  }
  if (c.type === 'review' || c.strategyDiscussionDate === undefined) {
    return undefined;
  }
  return icpcDueDate(c.strategyDiscussionDate, config);
}

/** The home-table row for a stored conference. */
export function summarise(stored: StoredConference, config: Config): ConferenceSummary {
  const c = stored.conference;
  const due = conferenceDueDate(c, config);
  return {
    id: c.id,
    childrenNames: c.children.map((ch) => ch.details.name),
    type: c.type,
    date: c.date,
    status: stored.status,
    ...(due ? { dueDate: due.date, dueRule: due.rule } : {}),
  };
}
