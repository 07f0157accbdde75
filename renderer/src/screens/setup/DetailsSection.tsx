// Set-up: the conference's date and due date (with its rule), delay reason, venue, chair, minute-taker, model.
// Rule source: docs/domain.md §1.2 (15 working days), §9.2 rule 1 (reason for delay when later), §3.3 (a
// review is due 3 months after the initial conference, then 6 months after the last review).
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import type { Conference, PracticeModel } from '../../../../shared/domain/conference';
import { icpcDueDate, transferInDueDate } from '../../../../shared/domain/due-dates';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { reviewConferenceDueDate } from '../../../../shared/domain/review';
import { DateInput } from '../../components/DateInput';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';
import { TYPE_LABELS } from '../conference-labels';

const MODELS: { value: PracticeModel; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'signs-of-safety', label: 'Signs of Safety' },
];

function dueDate(c: Conference) {
  if (c.type === 'review') {
    return reviewConferenceDueDate(c, ENGLAND_DEFAULTS) ?? null;
  }
  if (c.type === 'transfer-in-initial') {
    return c.transferIn?.notifiedOn
      ? transferInDueDate(c.transferIn.notifiedOn, ENGLAND_DEFAULTS)
      : null;
  }
  return c.strategyDiscussionDate ? icpcDueDate(c.strategyDiscussionDate, ENGLAND_DEFAULTS) : null;
}

export function DetailsSection({ c }: { c: Conference }) {
  const apply = useConference((s) => s.apply);
  const due = dueDate(c);
  const late = due !== null && c.date > due.date;
  const transfer = c.type === 'transfer-in-initial';
  const review = c.type === 'review';

  const ensureDelay = () => {
    if (!c.delay) {
      apply({
        type: 'set',
        path: ['delay'],
        value: { reason: '', agreedByManager: '', agreedByChair: false },
      });
    }
  };

  return (
    <section className="setup-section" aria-labelledby="details-title">
      <h2 id="details-title">The conference</h2>
      <p>
        Type: <strong>{TYPE_LABELS[c.type]}</strong>
      </p>
      <DateInput label="Date of the conference" path={['date']} value={c.date} required />
      {review ? (
        <p>
          {c.previous
            ? `The conference before this one: ${TYPE_LABELS[c.previous.type].toLowerCase()} conference on ${formatDate(c.previous.date)}.`
            : 'The conference before this one is not recorded.'}
        </p>
      ) : transfer ? (
        <DateInput
          label="Date this area was told of the permanent move"
          path={['transferIn', 'notifiedOn']}
          value={c.transferIn?.notifiedOn}
        />
      ) : (
        <>
          <DateInput
            label="Date of the strategy discussion that started section 47 enquiries"
            path={['strategyDiscussionDate']}
            value={c.strategyDiscussionDate}
          />
          {/* The census's S47ActualStartDate (docs/list.md "Census export"). */}
          <DateInput
            label="Date the section 47 enquiry started"
            path={['section47StartDate']}
            value={c.section47StartDate}
          />
        </>
      )}
      <div className="due-date" role="status" aria-live="polite">
        {due ? (
          <>
            <p>
              <strong>Due by {formatDate(due.date)}</strong>
            </p>
            <p className="hint">Rule: {due.rule}</p>
            {late ? (
              <p>
                <strong>
                  This conference is later than its due date. Give the reason for the delay.
                </strong>
              </p>
            ) : null}
          </>
        ) : (
          <p>
            {review
              ? "The due date comes from the conference before this one. Open the review from the child's page on the list of children subject to a plan, so that conference is recorded."
              : `Enter the ${transfer ? 'notification' : 'strategy discussion'} date to see the due date.`}
          </p>
        )}
      </div>
      {late ? (
        c.delay ? (
          <>
            <TextField
              label="Reason for the delay"
              type="textarea"
              path={['delay', 'reason']}
              value={c.delay.reason}
              required
            />
            <TextField
              label="Manager who agreed the delay"
              path={['delay', 'agreedByManager']}
              value={c.delay.agreedByManager}
            />
          </>
        ) : (
          <button type="button" className="button" onClick={ensureDelay}>
            Record the reason for the delay
          </button>
        )
      ) : null}
      <TextField
        label="Local authority"
        hint="The name printed on every document and in the letter's complaints paragraph. Settings can set it for every conference."
        path={['localAuthority']}
        value={c.localAuthority}
      />
      <TextField label="Venue" path={['venue']} value={c.venue} />
      <TextField label="Chair" path={['chair', 'name']} value={c.chair.name} />
      <TextField label="Minute-taker" path={['minuteTaker']} value={c.minuteTaker} />
      <fieldset>
        <legend>Practice model</legend>
        {MODELS.map((m) => (
          <div className="choice" key={m.value}>
            <input
              type="radio"
              id={`model-${m.value}`}
              name="practice-model"
              checked={c.practiceModel === m.value}
              onChange={() => apply({ type: 'set', path: ['practiceModel'], value: m.value })}
            />
            <label htmlFor={`model-${m.value}`}>{m.label}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
