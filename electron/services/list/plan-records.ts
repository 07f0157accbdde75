// Records the list keeps besides conferences (vault collection planList): a child transferred in with another
// authority's plan, a core group held, the birth of a baby made subject to a plan from birth (the plan starts that
// day, docs/domain.md §5.2), and a plan ended without a conference for a reason that needs no judgement (moved
// away, 18, died, left the UK, looked after). Each is audited with ids and codes only.
// Rules: docs/domain.md §3.2 (core groups), §3.4 (ending a plan; West Midlands: the manager may end a plan for the
// non-judgement reasons), §5.3 and §6 (children placed here by other authorities are on the list), §9.2 rule 11.
import { childId as toChildId } from '../../../shared/domain/ids';
import type { ChildId } from '../../../shared/domain/ids';
import { AppFailure } from '../../../shared/ipc/result';
import { strongActiveMatches } from '../../../shared/list/check';
import type { IndexedChild } from '../../../shared/list/list-index';
import { isValidNhsNumber, nhsDigits } from '../../../shared/list/normalise';
import type { ManualEndReason, PlanListEntry, TransferInInput } from '../../../shared/list/schemas';

import type { ListContext } from './list-context';

const bad = (path: string, message: string): AppFailure =>
  new AppFailure('BAD_INPUT', message, [{ path, message }]);

/** The child's entry with an active plan, or NOT_FOUND. */
export function activeEntry(ctx: ListContext, childId: ChildId): IndexedChild {
  const e = ctx.store.index(ctx.today()).byId.get(childId);
  if (!e?.row) {
    throw new AppFailure('NOT_FOUND', 'That child is not subject to a child protection plan now.');
  }
  return e;
}

function checkTransferIn(input: TransferInInput, today: string): string | undefined {
  if (
    input.unborn &&
    (input.expectedDeliveryDate === undefined || input.dateOfBirth !== undefined)
  ) {
    throw bad(
      'expectedDeliveryDate',
      'An unborn child needs an expected delivery date and no date of birth.',
    );
  }
  if (
    !input.unborn &&
    (input.dateOfBirth === undefined || input.expectedDeliveryDate !== undefined)
  ) {
    throw bad('dateOfBirth', 'Give the child’s date of birth.');
  }
  if (input.originatingPlanStart > input.notifiedOn) {
    throw bad(
      'originatingPlanStart',
      'The plan must have started before this authority was told of the move.',
    );
  }
  if (input.notifiedOn > today) {
    throw bad('notifiedOn', 'The date you were told of the move cannot be in the future.');
  }
  if (new Set(input.categories).size !== input.categories.length) {
    throw bad('categories', 'Give each category once.');
  }
  if (input.nhsNumber === undefined || input.nhsNumber.trim() === '') {
    return undefined;
  }
  const digits = nhsDigits(input.nhsNumber);
  if (digits === undefined || !isValidNhsNumber(digits)) {
    throw bad('nhsNumber', 'That NHS number is not valid: check the 10 digits.');
  }
  return digits;
}

export function createPlanRecords(ctx: ListContext) {
  const store = async (entry: PlanListEntry, action: string, ids: string[]): Promise<void> => {
    await ctx.vault.commit({
      put: [{ collection: 'planList', id: entry.id, value: entry }],
      audit: [{ actor: 'list-manager', action, ids: [entry.id, ...ids] }],
    });
  };
  const recordedAt = (): string => ctx.clock.now().toISOString();

  return {
    /** Adds a child who moved here with another authority's plan; CONFLICT when they are already on the list. */
    async addTransferIn(input: TransferInInput): Promise<{ childId: ChildId; entryId: string }> {
      const today = ctx.today();
      const nhs = checkTransferIn(input, today);
      const already = strongActiveMatches(ctx.store.index(today), {
        name: input.name,
        ...(input.dateOfBirth !== undefined ? { dateOfBirth: input.dateOfBirth } : {}),
        ...(nhs !== undefined ? { nhsNumber: nhs } : {}),
      });
      if (already.length > 0) {
        throw new AppFailure(
          'CONFLICT',
          'A child with these details is already subject to a plan on the list. Open their record instead.',
        );
      }
      const childId = toChildId(`child-${ctx.newId()}`);
      const entryId = `ti-${ctx.newId()}`;
      const { nhsNumber: _typed, ...rest } = input;
      await store(
        {
          kind: 'transfer-in',
          id: entryId,
          childId,
          recordedAt: recordedAt(),
          entry: { ...rest, ...(nhs !== undefined ? { nhsNumber: nhs } : {}) },
        },
        'list.transfer-in',
        [childId],
      );
      return { childId, entryId };
    },

    /** Records a core group held; the next one is due the plan's frequency later. */
    async recordCoreGroup(
      childId: ChildId,
      heldOn: string,
    ): Promise<{ entryId: string; nextCoreGroupDue: string }> {
      const today = ctx.today();
      const e = activeEntry(ctx, childId);
      if (heldOn < e.latest.startDate || heldOn > today) {
        throw bad('heldOn', 'The core group date must be between the plan’s start and today.');
      }
      const entryId = `cg-${ctx.newId()}`;
      await store(
        { kind: 'core-group', id: entryId, childId, recordedAt: recordedAt(), heldOn },
        'list.core-group',
        [childId],
      );
      const next = ctx.store.index(today).byId.get(childId)?.row?.nextCoreGroupDue;
      if (next === undefined) {
        throw new AppFailure('INTERNAL', 'The next core group date could not be worked out.');
      }
      return { entryId, nextCoreGroupDue: next };
    },

    /**
     * Records the birth of a baby whose plan was made from birth: the plan starts on bornOn, the list shows the
     * baby as born (with the name, when given) and the review after the birth is due by the rule chosen for the
     * baby. Refused for any other plan, a birth already recorded, or a day before the conference or after today.
     */
    async recordBirth(
      childId: ChildId,
      bornOn: string,
      name: string | undefined,
    ): Promise<{ entryId: string; planStart: string; nextReviewDue?: string }> {
      const today = ctx.today();
      const e = activeEntry(ctx, childId);
      if (!e.latest.startsAtBirth) {
        throw new AppFailure(
          'CONFLICT',
          'This plan was not made from birth at a pre-birth conference, so there is no birth to record.',
        );
      }
      if (e.latest.bornOn !== undefined) {
        throw new AppFailure(
          'CONFLICT',
          `The birth is already recorded: the plan started on ${e.latest.bornOn}.`,
        );
      }
      if (bornOn < e.latest.startDate || bornOn > today) {
        throw bad(
          'bornOn',
          'The date of birth must be between the pre-birth conference and today.',
        );
      }
      const given = name?.trim();
      if (given !== undefined && given !== '' && /^unborn\b/i.test(given)) {
        throw bad('name', 'Give the baby’s own name, or leave the name empty for now.');
      }
      const entryId = `birth-${ctx.newId()}`;
      await store(
        {
          kind: 'birth',
          id: entryId,
          childId,
          recordedAt: recordedAt(),
          bornOn,
          ...(given ? { name: given } : {}),
        },
        'list.birth',
        [childId],
      );
      const row = ctx.store.index(today).byId.get(childId)?.row;
      if (row?.planStart !== bornOn) {
        throw new AppFailure('INTERNAL', 'The plan’s start could not be set from the birth.');
      }
      return {
        entryId,
        planStart: bornOn,
        ...(row.nextReviewDue !== undefined ? { nextReviewDue: row.nextReviewDue } : {}),
      };
    },

    /** Ends a plan without a review conference, for a reason that needs no judgement (docs/domain.md §3.4). */
    async endPlan(
      childId: ChildId,
      endedOn: string,
      reason: ManualEndReason,
      note: string,
    ): Promise<{ entryId: string; endDate: string }> {
      const e = activeEntry(ctx, childId);
      if (endedOn < e.latest.startDate || endedOn > ctx.today()) {
        throw bad('endedOn', 'The end date must be between the plan’s start and today.');
      }
      const entryId = `end-${ctx.newId()}`;
      await store(
        {
          kind: 'plan-ended',
          id: entryId,
          childId,
          recordedAt: recordedAt(),
          endedOn,
          reason,
          note,
        },
        'list.end-plan',
        [childId, `reason:${reason}`],
      );
      return { entryId, endDate: endedOn };
    },
  };
}
