// The six date fields of the transfer-in form, typed as en-GB text (DateField), read together when the form is
// sent: the dates found, and a problem for each one that is not a real date. Rule source: docs/architecture.md §3.6 (en-GB
// dates); docs/domain.md §5.3 (transfer-in dates).
import { useDateDraft } from '../../components/DateField';

import type { TransferInDates, TransferInErrors } from './transfer-in-form';

export type DateKey = keyof TransferInDates;
export type DateDraft = ReturnType<typeof useDateDraft>;

const NOT_A_DATE = 'Enter a real date, for example 5/1/2026.';

/** One draft per date field, `readAll` for the dates (the birth date or the expected one) and `resetAll`. */
export function useTransferInDates() {
  // Always the same six hooks in the same order.
  const drafts: Record<DateKey, DateDraft> = {
    dateOfBirth: useDateDraft(undefined),
    expectedDeliveryDate: useDateDraft(undefined),
    originatingPlanStart: useDateDraft(undefined),
    notifiedOn: useDateDraft(undefined),
    nextCoreGroupDue: useDateDraft(undefined),
    nextReviewDue: useDateDraft(undefined),
  };
  const readAll = (unborn: boolean): { dates: TransferInDates; bad: TransferInErrors } => {
    const dates = {} as TransferInDates;
    const bad: TransferInErrors = {};
    for (const key of Object.keys(drafts) as DateKey[]) {
      const skip = unborn ? key === 'dateOfBirth' : key === 'expectedDeliveryDate';
      const r = skip ? { ok: true as const, date: undefined } : drafts[key].read();
      dates[key] = r.ok ? r.date : undefined;
      if (!r.ok) {
        bad[key] = NOT_A_DATE;
      }
    }
    return { dates, bad };
  };
  const resetAll = () => {
    for (const draft of Object.values(drafts)) {
      draft.reset(undefined);
    }
  };
  return { drafts, readAll, resetAll };
}
