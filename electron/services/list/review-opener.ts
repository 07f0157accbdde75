// Opens a review conference from a child's plan (prefilled from the last conference, siblings on plans from it
// included), or the transfer-in conference for a child on the list from a transfer-in entry. If one is already
// open (draft or in conference) for the child, that one is returned instead of making a second.
// Rules: docs/domain.md §3.3, §5.3, §5.4; docs/list.md.
import { conferenceId } from '../../../shared/domain/ids';
import type { ChildId, ConferenceId } from '../../../shared/domain/ids';
import { AppFailure } from '../../../shared/ipc/result';
import { prefillReview, prefillTransferConference } from '../../../shared/list/open-review';
import type { DerivedPlan } from '../../../shared/list/derive';
import { newConference } from '../conferences/new-conference';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { StoredConference } from '../conferences/stored-conference';

import type { ListContext } from './list-context';
import { activeEntry } from './plan-records';

export type OpenReviewResult = {
  conferenceId: ConferenceId;
  revision: number;
  type: 'review' | 'transfer-in-initial';
  reviewNumber?: number;
  warnings: string[];
};

const OPEN = new Set(['draft', 'in-conference']);

export function createReviewOpener(ctx: ListContext) {
  const save = async (stored: StoredConference, childId: ChildId): Promise<void> => {
    const checked = StoredConferenceSchema.safeParse(stored);
    if (!checked.success) {
      throw new AppFailure('INTERNAL', 'The review conference could not be prepared.');
    }
    await ctx.vault.commit({
      put: [{ collection: 'conferences', id: stored.conference.id, value: checked.data }],
      audit: [
        { actor: 'chair', action: 'conference.create', ids: [stored.conference.id, childId] },
      ],
    });
  };

  return {
    /** Creates (or finds the open) review or transfer-in conference for a child subject to a plan. */
    async openReview(childId: ChildId, date?: string): Promise<OpenReviewResult> {
      const e = activeEntry(ctx, childId);
      // Found from the list's reading of each conference; only the one found is read in full (a record failing the
      // full check throws CORRUPT rather than a second conference being made).
      const openId = ctx.store
        .listed()
        .find(
          (s) =>
            OPEN.has(s.status) &&
            (s.conference.type === 'review' || s.conference.type === 'transfer-in-initial') &&
            s.conference.children.some((c) => c.details.id === childId),
        )?.conference.id;
      const openAlready = openId !== undefined ? ctx.store.stored(openId) : undefined;
      if (openAlready) {
        const c = openAlready.conference;
        return {
          conferenceId: c.id,
          revision: openAlready.revision,
          type: c.type === 'review' ? 'review' : 'transfer-in-initial',
          ...(c.reviewNumber !== undefined ? { reviewNumber: c.reviewNumber } : {}),
          warnings: [
            'A conference for this child is already open, so it was opened instead of a new one.',
          ],
        };
      }
      const config = ctx.config();
      const on = date ?? e.row?.nextReviewDue ?? ctx.today();
      if (on < e.latest.startDate) {
        throw new AppFailure('BAD_INPUT', 'The review cannot be before the plan started.', [
          { path: 'date', message: 'The review cannot be before the plan started.' },
        ]);
      }
      const id = conferenceId(ctx.newId());
      const defaults = {
        localAuthority: config.authorityName,
        practiceModel: config.practiceModel,
      };
      const envelope = (conference: StoredConference['conference']): StoredConference => ({
        revision: 0,
        savedAt: ctx.clock.now().toISOString(),
        status: 'draft',
        conference,
      });
      if (e.latest.source === 'transfer-in') {
        const ti = ctx.store
          .entriesOf(childId)
          .filter((x) => x.kind === 'transfer-in')
          .pop();
        if (ti?.kind !== 'transfer-in') {
          throw new AppFailure('NOT_FOUND', 'The transfer-in record of this child is missing.');
        }
        const blank = newConference(
          id,
          { type: 'transfer-in-initial', date: on, transferNotifiedOn: ti.entry.notifiedOn },
          defaults,
        );
        const conference = prefillTransferConference({
          blank,
          childId,
          entry: ti.entry,
          nhsNumber: ti.entry.nhsNumber,
        });
        await save(envelope(conference), childId);
        return { conferenceId: id, revision: 0, type: 'transfer-in-initial', warnings: [] };
      }
      const lastId = e.latest.lastConferenceId;
      const last = lastId !== undefined ? ctx.store.stored(lastId)?.conference : undefined;
      if (!last) {
        throw new AppFailure('NOT_FOUND', 'The conference that set this plan is missing.');
      }
      const index = ctx.store.index(ctx.today());
      const plans = new Map<ChildId, DerivedPlan>();
      const childIds: ChildId[] = [childId];
      plans.set(childId, e.latest);
      for (const c of last.children) {
        const other = index.byId.get(c.details.id);
        if (c.details.id !== childId && other?.row && other.latest.lastConferenceId === last.id) {
          childIds.push(c.details.id);
          plans.set(c.details.id, other.latest);
        }
      }
      const blank = newConference(id, { type: 'review', date: on }, defaults);
      const made = prefillReview({ blank, last, plans, childIds, date: on, config });
      await save(envelope(made.conference), childId);
      return {
        conferenceId: id,
        revision: 0,
        type: 'review',
        reviewNumber: made.reviewNumber,
        warnings: made.warnings,
      };
    },
  };
}
