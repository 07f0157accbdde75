// "Start a new conference": the type and the trigger date, so the due date is known from the start.
// Rule source: docs/domain.md §1.2 (15 working days from the strategy discussion), §5.3 (transfer-in).
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../shared/ipc/result';
import { invoke } from '../api/client';
import { DateField, useDateDraft } from '../components/DateField';
import { ErrorSummary } from '../components/ErrorSummary';
import { navigate } from '../state/route';

type NewType = 'initial' | 'pre-birth-initial' | 'transfer-in-initial';

const TYPES: { value: NewType; label: string; hint: string }[] = [
  { value: 'initial', label: 'Initial', hint: 'After section 47 enquiries.' },
  { value: 'pre-birth-initial', label: 'Pre-birth initial', hint: 'For an unborn baby.' },
  {
    value: 'transfer-in-initial',
    label: 'Transfer-in initial',
    hint: 'A child subject to a plan has moved into this area.',
  },
];

export function NewConferenceForm({ onCancel }: { onCancel: () => void }) {
  const [type, setType] = useState<NewType>('initial');
  const date = useDateDraft(undefined, true);
  const trigger = useDateDraft(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const transfer = type === 'transfer-in-initial';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const on = date.read();
    const from = trigger.read();
    if (!on.ok || !from.ok || on.date === undefined) {
      return;
    }
    const result = await invoke('conference.create', {
      type,
      date: on.date,
      ...(from.date === undefined
        ? {}
        : transfer
          ? { transferNotifiedOn: from.date }
          : { strategyDiscussionDate: from.date }),
    });
    if (result.ok) {
      navigate({ screen: 'setup', id: result.value.id });
    } else {
      setError(result.error);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="new-title" noValidate>
      <h2 id="new-title">Start a new conference</h2>
      {error ? <ErrorSummary error={error} /> : null}
      <fieldset>
        <legend>Type of conference</legend>
        {TYPES.map((t) => (
          <div className="choice" key={t.value}>
            <input
              type="radio"
              id={`new-type-${t.value}`}
              name="new-type"
              checked={type === t.value}
              onChange={() => setType(t.value)}
              aria-describedby={`new-type-${t.value}-hint`}
            />
            <label htmlFor={`new-type-${t.value}`}>{t.label}</label>
            <span className="hint" id={`new-type-${t.value}-hint`}>
              {t.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <DateField
        id="new-date"
        label="Date of the conference"
        required
        text={date.text}
        error={date.error}
        onText={date.setText}
        onDone={() => void date.read()}
      />
      <DateField
        id="new-trigger"
        label={
          transfer
            ? 'Date this area was told of the permanent move'
            : 'Date of the strategy discussion that started section 47 enquiries'
        }
        text={trigger.text}
        error={trigger.error}
        onText={trigger.setText}
        onDone={() => void trigger.read()}
      />
      <div className="actions">
        <button type="submit" className="button">
          Create conference
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
