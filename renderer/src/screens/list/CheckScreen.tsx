// "Is this child subject to a child protection plan?": the enquirer's details (all required), what they know about
// the child, then the answer with each possible match, its strength and what may be told. list.check records the
// enquiry in the log before answering. Rule source: docs/list.md, "Checks"; docs/domain.md §6 (legitimate enquirers; logged).
import { useId, useRef, useState } from 'react';

import type { CheckOutput } from '../../../../shared/ipc/contracts/list';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { DateField, useDateDraft } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';

import { CheckAnswer } from './CheckAnswer';
import {
  EMPTY_CRITERIA,
  EMPTY_ENQUIRER,
  ENQUIRER_LABELS,
  readCheckForm,
  summaryOf,
} from './check-form';
import type { CriteriaDraft, EnquirerDraft, FieldErrors } from './check-form';
import { useScreenHeading } from './ListNav';
import { PlainField } from './PlainField';

const TITLE = 'Check whether a child is subject to a plan';

const ENQUIRER_HINTS: Partial<Record<keyof EnquirerDraft, string>> = {
  role: 'For example, police officer, health visitor, GP, A&E nurse.',
  phone: 'A number to call back on, to check the enquirer is who they say they are.',
  reason:
    'Why they need to know. An enquiry is not a referral: if there is a new concern, make a referral too.',
};

export function CheckScreen() {
  const id = useId();
  const heading = useScreenHeading(TITLE);
  const [enquirer, setEnquirer] = useState<EnquirerDraft>(EMPTY_ENQUIRER);
  const [criteria, setCriteria] = useState<CriteriaDraft>(EMPTY_CRITERIA);
  const dob = useDateDraft(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [answer, setAnswer] = useState<CheckOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const formTop = useRef<HTMLHeadingElement>(null);

  const submit = async () => {
    const date = dob.read();
    const form = readCheckForm(enquirer, criteria, date.ok ? date.date : undefined);
    const next: FieldErrors = form.ok ? {} : { ...form.errors };
    if (!date.ok) {
      next['child.dateOfBirth'] = 'Enter the date of birth as a date, for example 5/1/2020';
    }
    if (!form.ok || !date.ok) {
      setErrors(next);
      setFailure(summaryOf(next));
      return;
    }
    setErrors({});
    setBusy(true);
    const r = await invoke('list.check', form.input);
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error);
      return;
    }
    setFailure(null);
    setAnswer(r.value);
  };

  const again = (sameEnquirer: boolean) => {
    setAnswer(null);
    setCriteria(EMPTY_CRITERIA);
    dob.reset(undefined);
    if (!sameEnquirer) {
      setEnquirer(EMPTY_ENQUIRER);
    }
    setTimeout(() => formTop.current?.focus(), 0);
  };

  if (answer) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {TITLE}
        </h1>
        <CheckAnswer out={answer} enquirerName={enquirer.name} />
        <div className="actions">
          <button type="button" className="button" onClick={() => again(true)}>
            Check another child for {enquirer.name}
          </button>
          <button type="button" className="button button--secondary" onClick={() => again(false)}>
            Start a new enquiry
          </button>
        </div>
      </>
    );
  }

  const setE = (k: keyof EnquirerDraft) => (v: string) => setEnquirer({ ...enquirer, [k]: v });
  const setC = (k: Exclude<keyof CriteriaDraft, 'nicknames'>) => (v: string) =>
    setCriteria({ ...criteria, [k]: v });

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      <p className="lead">
        Answer only legitimate enquirers, such as police and health staff. Every enquiry and the
        answer given are recorded in the enquiry log.
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
            <h2 ref={formTop} tabIndex={-1} className="legend-heading">
              Who is asking
            </h2>
          </legend>
          {(Object.keys(ENQUIRER_LABELS) as (keyof EnquirerDraft)[]).map((k) => (
            <PlainField
              key={k}
              id={`${id}-enquirer-${k}`}
              label={ENQUIRER_LABELS[k]}
              hint={ENQUIRER_HINTS[k]}
              value={enquirer[k]}
              onChange={setE(k)}
              error={errors[`enquirer.${k}`]}
              multiline={k === 'reason'}
              type={k === 'phone' ? 'tel' : 'text'}
              required
            />
          ))}
        </fieldset>
        <fieldset
          className="setup-section"
          aria-describedby={
            errors.child ? `${id}-child-hint ${id}-child-error` : `${id}-child-hint`
          }
        >
          <legend>
            <h2 className="legend-heading">About the child</h2>
          </legend>
          <p className="hint" id={`${id}-child-hint`}>
            Give as much as the enquirer knows; at least one of these.
          </p>
          {errors.child ? (
            <p className="error-message" id={`${id}-child-error`}>
              <span className="visually-hidden">Error: </span>
              {errors.child}
            </p>
          ) : null}
          <PlainField
            id={`${id}-child-name`}
            label="Child's name"
            hint="Spelling variants, hyphens, accents and forename and surname the wrong way round are allowed."
            value={criteria.name}
            onChange={setC('name')}
            error={errors['child.name']}
          />
          <DateField
            id={`${id}-child-dob`}
            label="Date of birth"
            hint="For a baby not yet born, the expected date of delivery."
            text={dob.text}
            error={dob.error ?? errors['child.dateOfBirth'] ?? null}
            onText={dob.setText}
            onDone={() => void dob.read()}
          />
          <PlainField
            id={`${id}-child-address`}
            label="Address"
            value={criteria.address}
            onChange={setC('address')}
            error={errors['child.address']}
          />
          <PlainField
            id={`${id}-child-postcode`}
            label="Postcode"
            value={criteria.postcode}
            onChange={setC('postcode')}
            error={errors['child.postcode']}
          />
          <PlainField
            id={`${id}-child-nhs`}
            label="NHS number"
            hint="10 digits; spaces are fine."
            inputMode="numeric"
            value={criteria.nhsNumber}
            onChange={setC('nhsNumber')}
            error={errors['child.nhsNumber']}
          />
          <div className="choice">
            <input
              type="checkbox"
              id={`${id}-nicknames`}
              aria-describedby={`${id}-nicknames-hint`}
              checked={criteria.nicknames}
              onChange={(e) => setCriteria({ ...criteria, nicknames: e.target.checked })}
            />
            <label htmlFor={`${id}-nicknames`}>
              Count short forms of the forename as the same name (Bill for William)
            </label>
            <p className="hint" id={`${id}-nicknames-hint`}>
              Short forms are always looked for. Ticked, a short form with the other details can
              confirm a plan; unticked, it can only give “cannot confirm”.
            </p>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Checking…' : 'Check and record the enquiry'}
          </button>
        </div>
      </form>
    </>
  );
}
