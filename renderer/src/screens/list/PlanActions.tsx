// What can be done to a child's active plan from the list: record the birth of a baby whose plan was made from
// birth (the plan starts that day), record a core group held, open a review conference (list.openReview, then its
// set-up screen), or end the plan without a conference for the reasons that allow it. Rules: docs/domain.md §3.2
// (core groups), §3.3 (reviews), §3.4 (only a review judges "no longer at risk"), §5.2 (plans from birth).
import { useId, useState } from 'react';

import { formatDate, formatList } from '../../../../shared/domain/format-en-gb';
import type { ChildId } from '../../../../shared/domain/ids';
import { MANUAL_END_REASONS } from '../../../../shared/list/schemas';
import type { ManualEndReason } from '../../../../shared/list/schemas';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { DateField, useDateDraft } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { navigate, routeHash } from '../../state/route';

import { MANUAL_END_REASON_LABELS, todayIso } from './list-labels';
import { PlainField } from './PlainField';

/** `onChanged` gets what was done, in words; the screen says it (this form goes once the plan has ended). */
type Props = {
  childId: ChildId;
  name: string;
  /** The plan was made from birth and the baby is not yet recorded as born. */
  awaitingBirth?: boolean;
  onChanged: (said: string) => void;
};

export function PlanActions({ childId, name, awaitingBirth = false, onChanged }: Props) {
  const id = useId();
  const bornOn = useDateDraft(undefined, true);
  const [babyName, setBabyName] = useState('');
  const held = useDateDraft(todayIso(), true);
  const reviewOn = useDateDraft(undefined);
  const endedOn = useDateDraft(todayIso(), true);
  const [reason, setReason] = useState<ManualEndReason | ''>('');
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<AppError | null>(null);
  const [opened, setOpened] = useState<{ conferenceId: string; warnings: string[] } | null>(null);

  const done = (message: string) => {
    setError(null);
    onChanged(message);
  };

  const recordCoreGroup = async () => {
    const d = held.read();
    if (!d.ok || !d.date) {
      return;
    }
    const r = await invoke('list.recordCoreGroup', { childId, heldOn: d.date });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    done(
      `Core group on ${formatDate(d.date)} recorded for ${name}. The next core group is due by ${formatDate(r.value.nextCoreGroupDue)}.`,
    );
  };

  const recordBirth = async () => {
    const d = bornOn.read();
    if (!d.ok || !d.date) {
      return;
    }
    const given = babyName.trim();
    const r = await invoke('list.recordBirth', {
      childId,
      bornOn: d.date,
      ...(given ? { name: given } : {}),
    });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    done(
      `Birth on ${formatDate(d.date)} recorded for ${given || name}: the plan started that day.${r.value.nextReviewDue ? ` The review after the birth is due by ${formatDate(r.value.nextReviewDue)}.` : ''}`,
    );
  };

  const openReview = async () => {
    const d = reviewOn.read();
    if (!d.ok) {
      return;
    }
    const r = await invoke('list.openReview', { childId, ...(d.date ? { date: d.date } : {}) });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    if (r.value.warnings.length === 0) {
      navigate({ screen: 'setup', id: r.value.conferenceId });
      return;
    }
    // Prompts (for example about ending a plan at the first review) are read before going on.
    setOpened({ conferenceId: r.value.conferenceId, warnings: r.value.warnings });
  };

  const endPlan = async () => {
    const d = endedOn.read();
    setReasonError(reason ? undefined : 'Choose why the plan ends');
    if (!d.ok || !d.date || !reason) {
      return;
    }
    const r = await invoke('list.endPlan', { childId, endedOn: d.date, reason, note: note.trim() });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    done(`The child protection plan for ${name} ended on ${formatDate(r.value.endDate)}.`);
  };

  return (
    <>
      {error ? <ErrorSummary error={error} /> : null}
      <section className="setup-section" aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>Open a review conference</h2>
        <p>
          The review starts with this plan&apos;s actions, categories and people, so nothing is
          typed twice.
        </p>
        <DateField
          id={`${id}-review-date`}
          label="Date of the review conference"
          hint="Leave empty to use the date the next review is due."
          text={reviewOn.text}
          error={reviewOn.error}
          onText={reviewOn.setText}
          onDone={() => void reviewOn.read()}
        />
        {opened ? (
          <div className="list-notice" role="status">
            <p>The review conference is open. {formatList(opened.warnings)}</p>
            <a className="button" href={routeHash({ screen: 'setup', id: opened.conferenceId })}>
              Set up the review conference
            </a>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => void openReview()}>
            Open a review conference
          </button>
        )}
      </section>
      {awaitingBirth ? (
        <section className="setup-section" aria-labelledby={`${id}-birth`}>
          <h2 id={`${id}-birth`}>Record the birth</h2>
          <p className="list-notice">
            The plan was made from birth, so it starts on the day the baby is born. Record the birth
            when the lead social worker tells you of it.
          </p>
          <DateField
            id={`${id}-birth-date`}
            label="Date of birth"
            text={bornOn.text}
            error={bornOn.error}
            required
            onText={bornOn.setText}
            onDone={() => void bornOn.read()}
          />
          <PlainField
            id={`${id}-birth-name`}
            label="Baby’s name (optional)"
            hint="Leave empty if the baby has no name yet; the list keeps the name it has."
            value={babyName}
            onChange={setBabyName}
          />
          <button type="button" className="button" onClick={() => void recordBirth()}>
            Record the birth
          </button>
        </section>
      ) : null}
      <section className="setup-section" aria-labelledby={`${id}-core`}>
        <h2 id={`${id}-core`}>Record a core group held</h2>
        <DateField
          id={`${id}-core-date`}
          label="Date the core group met"
          text={held.text}
          error={held.error}
          required
          onText={held.setText}
          onDone={() => void held.read()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void recordCoreGroup()}
        >
          Record the core group
        </button>
      </section>
      <section className="setup-section" aria-labelledby={`${id}-end`}>
        <h2 id={`${id}-end`}>End the plan without a review conference</h2>
        <p className="list-notice">
          Only a review conference can decide that a child is no longer at risk of significant harm.
          End a plan here only for one of these reasons, after consulting the agencies.
        </p>
        <fieldset aria-describedby={reasonError ? `${id}-reason-error` : undefined}>
          <legend>Why the plan ends</legend>
          {reasonError ? (
            <p className="error-message" id={`${id}-reason-error`}>
              <span className="visually-hidden">Error: </span>
              {reasonError}
            </p>
          ) : null}
          {MANUAL_END_REASONS.map((r) => (
            <div className="choice" key={r}>
              <input
                type="radio"
                id={`${id}-reason-${r}`}
                name={`${id}-reason`}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              <label htmlFor={`${id}-reason-${r}`}>{MANUAL_END_REASON_LABELS[r]}</label>
            </div>
          ))}
        </fieldset>
        <DateField
          id={`${id}-end-date`}
          label="Date the plan ends"
          text={endedOn.text}
          error={endedOn.error}
          required
          onText={endedOn.setText}
          onDone={() => void endedOn.read()}
        />
        <PlainField
          id={`${id}-end-note`}
          label="Note"
          hint="Who was consulted, and anything the next reader needs to know."
          value={note}
          onChange={setNote}
          multiline
        />
        <button type="button" className="button button--secondary" onClick={() => void endPlan()}>
          End the plan
        </button>
      </section>
    </>
  );
}
