// Adds a child who moved here permanently with another authority's child protection plan (list.addTransferIn):
// the child, the originating authority and plan (start, categories with the primary), when this authority was
// told, the lead social worker and the next dates. The transfer-in conference here later ends that entry's plan.
// Rules: docs/domain.md §5.3 (transfer-in; conference within 15 working days of notification), §6 (children placed
// here by other authorities are on the list), §9.2 rule 11.
import { useId, useState } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { transferInDueDate } from '../../../../shared/domain/due-dates';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';

import { todayIso } from './list-labels';
import { useScreenHeading } from './ListNav';
import { PlainField } from './PlainField';
import { TransferInAdded } from './TransferInAdded';
import type { Added } from './TransferInAdded';
import { TransferInCategories } from './TransferInCategories';
import { TransferInLead } from './TransferInLead';
import {
  EMPTY_TRANSFER_IN,
  errorsFromFailure,
  readTransferInForm,
  transferInSummary,
} from './transfer-in-form';
import type { TransferInDraft, TransferInErrors, TransferInField } from './transfer-in-form';
import { useTransferInDates } from './use-transfer-in-dates';

const TITLE = 'Add a child transferred in from another authority';

type TextKey = Exclude<keyof TransferInDraft, 'unborn' | 'categories' | 'primary'>;
const LEAD_KEYS: readonly TextKey[] = ['leadName', 'leadTeam', 'leadContact'];

export function TransferInScreen() {
  const id = useId();
  const heading = useScreenHeading(TITLE);
  const config = ENGLAND_DEFAULTS;
  const [d, setD] = useState<TransferInDraft>(EMPTY_TRANSFER_IN);
  const { drafts, readAll, resetAll } = useTransferInDates();
  const { dateOfBirth: birth, expectedDeliveryDate: edd, originatingPlanStart: start } = drafts;
  const { notifiedOn: notified, nextCoreGroupDue: coreGroup, nextReviewDue: review } = drafts;
  const [errors, setErrors] = useState<TransferInErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);
  const [notifiedOn, setNotifiedOn] = useState<string | undefined>();

  // A field's error goes once the field is changed; the summary stays until the next try.
  const clear = (...keys: TransferInField[]) => {
    if (keys.some((k) => errors[k])) {
      setErrors((e) => {
        const next = { ...e };
        keys.forEach((k) => delete next[k]);
        return next;
      });
    }
  };
  const set = (k: TextKey) => (v: string) => {
    setD({ ...d, [k]: v });
    clear(LEAD_KEYS.includes(k) ? 'leadSocialWorker' : (k as TransferInField));
  };
  const typing = (draft: { setText: (t: string) => void }, k: TransferInField) => (t: string) => {
    draft.setText(t);
    clear(k);
  };

  const submit = async () => {
    const { dates, bad } = readAll(d.unborn);
    const form = readTransferInForm(d, dates, todayIso());
    const next = { ...(form.ok ? {} : form.errors), ...bad };
    if (!form.ok || Object.keys(bad).length > 0) {
      setErrors(next);
      setFailure(transferInSummary(next));
      return;
    }
    setErrors({});
    setBusy(true);
    const r = await invoke('list.addTransferIn', form.input);
    setBusy(false);
    if (!r.ok) {
      setErrors(errorsFromFailure(r.error));
      setFailure(r.error);
      return;
    }
    setFailure(null);
    const due = transferInDueDate(form.input.notifiedOn, config).date;
    setAdded({ childId: r.value.childId, name: form.input.name, due });
  };

  const again = () => {
    setAdded(null);
    setD(EMPTY_TRANSFER_IN);
    resetAll();
    setNotifiedOn(undefined);
    setTimeout(() => heading.current?.focus(), 0);
  };

  if (added) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {TITLE}
        </h1>
        <TransferInAdded added={added} onAgain={again} />
      </>
    );
  }

  const due = notifiedOn ? transferInDueDate(notifiedOn, config) : undefined;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      <p className="lead">
        For a child who has moved here permanently with a child protection plan from another
        authority. The child stays on the list under that plan until the transfer-in conference here
        decides.
      </p>
      {failure ? <ErrorSummary error={failure} /> : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="setup-section">
          <legend>
            <h2 className="legend-heading">The child</h2>
          </legend>
          <PlainField
            id={`${id}-name`}
            label="Child's name"
            hint="For a baby not yet born, for example: Unborn baby of Jade Example."
            value={d.name}
            onChange={set('name')}
            error={errors.name}
            required
          />
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-unborn`}
              checked={d.unborn}
              onChange={(e) => {
                setD({ ...d, unborn: e.target.checked });
                clear('dateOfBirth', 'expectedDeliveryDate');
              }}
            />
            <label htmlFor={`${id}-unborn`}>The baby is not born yet</label>
          </div>
          {d.unborn ? (
            <DateField
              id={`${id}-edd`}
              label="Expected delivery date"
              text={edd.text}
              error={edd.error ?? errors.expectedDeliveryDate ?? null}
              required
              onText={typing(edd, 'expectedDeliveryDate')}
              onDone={() => void edd.read()}
            />
          ) : (
            <DateField
              id={`${id}-dob`}
              label="Date of birth"
              text={birth.text}
              error={birth.error ?? errors.dateOfBirth ?? null}
              required
              onText={typing(birth, 'dateOfBirth')}
              onDone={() => void birth.read()}
            />
          )}
          <PlainField
            id={`${id}-address`}
            label="Address"
            hint="The child's address in this area."
            value={d.address}
            onChange={set('address')}
            error={errors.address}
            multiline
          />
          <PlainField
            id={`${id}-nhs`}
            label="NHS number (optional)"
            hint="10 digits; spaces are fine."
            inputMode="numeric"
            value={d.nhsNumber}
            onChange={set('nhsNumber')}
            error={errors.nhsNumber}
          />
        </fieldset>
        <fieldset className="setup-section">
          <legend>
            <h2 className="legend-heading">The plan from the other authority</h2>
          </legend>
          <PlainField
            id={`${id}-authority`}
            label="Authority the child moved from"
            value={d.originatingAuthority}
            onChange={set('originatingAuthority')}
            error={errors.originatingAuthority}
            required
          />
          <DateField
            id={`${id}-start`}
            label="Date the plan started there"
            text={start.text}
            error={start.error ?? errors.originatingPlanStart ?? null}
            required
            onText={typing(start, 'originatingPlanStart')}
            onDone={() => void start.read()}
          />
          <DateField
            id={`${id}-notified`}
            label="Date this authority was told of the move"
            hint="The transfer-in conference is due 15 working days after it."
            text={notified.text}
            error={notified.error ?? errors.notifiedOn ?? null}
            required
            onText={typing(notified, 'notifiedOn')}
            onDone={() => {
              const r = notified.read();
              setNotifiedOn(r.ok ? r.date : undefined);
            }}
          />
          {due ? (
            <p className="due-date" role="status">
              <strong>Transfer-in conference due by {formatDate(due.date)}</strong> ({due.rule}).
            </p>
          ) : null}
          <TransferInCategories
            id={id}
            categories={d.categories}
            primary={d.primary}
            categoriesError={errors.categories}
            primaryError={errors.primary}
            onChange={(categories, primary) => {
              setD({ ...d, categories, primary });
              clear('categories', 'primary');
            }}
          />
        </fieldset>
        <TransferInLead
          id={id}
          name={d.leadName}
          team={d.leadTeam}
          contact={d.leadContact}
          error={errors.leadSocialWorker}
          onChange={(k, v) => set(k)(v)}
        />
        <fieldset className="setup-section">
          <legend>
            <h2 className="legend-heading">Next dates (optional)</h2>
          </legend>
          <p className="hint">
            From the other authority&apos;s plan. Without a review date, the list shows the
            transfer-in conference date as the next review.
          </p>
          <DateField
            id={`${id}-core`}
            label="Next core group due"
            text={coreGroup.text}
            error={coreGroup.error ?? errors.nextCoreGroupDue ?? null}
            onText={typing(coreGroup, 'nextCoreGroupDue')}
            onDone={() => void coreGroup.read()}
          />
          <DateField
            id={`${id}-review`}
            label="Next review due"
            text={review.text}
            error={review.error ?? errors.nextReviewDue ?? null}
            onText={typing(review, 'nextReviewDue')}
            onDone={() => void review.read()}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Adding…' : 'Add the child to the list'}
          </button>
        </div>
      </form>
    </>
  );
}
