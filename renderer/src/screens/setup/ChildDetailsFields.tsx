// Set-up: a child's school or setting, address, NHS number and legal status. Left empty, the documents print
// "Not recorded" (never "None" or "No order"). Rule source: docs/domain.md §9.1 (child fields), §4.2 (record
// contents).
import { useState } from 'react';

import { LEGAL_STATUS_LABELS, LegalStatusSchema } from '../../../../shared/domain/child';
import type { ConferenceChild } from '../../../../shared/domain/conference';
import { isValidNhsNumber } from '../../../../shared/list/normalise';
import { TextField } from '../../components/TextField';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';

/** The NHS number: typed freely (spaces allowed), saved once it is 10 digits, cleared when emptied. */
function NhsNumberField({ child, index }: { child: ConferenceChild; index: number }) {
  const apply = useConference((s) => s.apply);
  const path = ['children', index, 'details', 'nhsNumber'];
  const id = fieldIdFor(path);
  const [text, setText] = useState(child.details.nhsNumber ?? '');
  const [error, setError] = useState('');
  const save = () => {
    const digits = text.replace(/\s+/g, '');
    if (digits === '') {
      setError('');
      if (child.details.nhsNumber !== undefined) {
        apply({ type: 'unset', path });
      }
      return;
    }
    if (!/^\d{10}$/.test(digits)) {
      setError('An NHS number has 10 digits, for example 943 476 5919.');
      return;
    }
    if (!isValidNhsNumber(digits)) {
      setError(
        'This is not a valid NHS number: its last digit does not match the others. Check it against the record it came from.',
      );
      return;
    }
    setError('');
    if (digits !== child.details.nhsNumber) {
      apply({ type: 'set', path, value: digits });
    }
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>NHS number of {child.details.name} (optional)</label>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
      />
    </div>
  );
}

/** Legal status: "Not recorded" until chosen, so the record never states "No order" the chair was not told. */
function LegalStatusField({ child, index }: { child: ConferenceChild; index: number }) {
  const apply = useConference((s) => s.apply);
  const path = ['children', index, 'details', 'legalStatus'];
  const id = fieldIdFor(path);
  const onChange = (value: string) => {
    const parsed = LegalStatusSchema.safeParse(value);
    if (parsed.success) {
      apply({ type: 'set', path, value: parsed.data });
    } else if (child.details.legalStatus !== undefined) {
      apply({ type: 'unset', path });
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>Legal status of {child.details.name}</label>
      <select
        id={id}
        value={child.details.legalStatus ?? ''}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Not recorded</option>
        {LegalStatusSchema.options.map((k) => (
          <option key={k} value={k}>
            {LEGAL_STATUS_LABELS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ChildDetailsFields({ child, index }: { child: ConferenceChild; index: number }) {
  const base = ['children', index, 'details'];
  const name = child.details.name;
  return (
    <div className="child-details">
      {child.details.unborn ? null : (
        <TextField
          label={`School or setting of ${name}`}
          path={[...base, 'schoolOrSetting']}
          value={child.details.schoolOrSetting}
        />
      )}
      <TextField
        label={`Address of ${name}`}
        path={[...base, 'address']}
        value={child.details.address ?? ''}
      />
      <NhsNumberField child={child} index={index} />
      <LegalStatusField child={child} index={index} />
    </div>
  );
}
