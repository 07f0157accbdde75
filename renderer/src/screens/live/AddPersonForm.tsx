// Live mode: someone who joins after the start (a late parent, a midwife). They are added to the conference and,
// unless the time is cleared, marked present at the time they arrived, which the register then keeps.
import { useState } from 'react';
import type { FormEvent } from 'react';

import { readClockTime } from '../../../../shared/domain/parse-time';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from '../../../../shared/domain/professionals';
import type { AgencyType } from '../../../../shared/domain/professionals';
import { useConference } from '../../state/conference-store';
import { newFamilyMember, newProfessional } from '../setup/new-records';

const nowHhMm = (): string => {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

type Kind = 'family' | 'professional';

export function AddPersonForm() {
  const apply = useConference((s) => s.apply);
  const [kind, setKind] = useState<Kind>('professional');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [agencyType, setAgencyType] = useState<AgencyType>('midwifery');
  const [arrived, setArrived] = useState(nowHhMm);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const at = arrived.trim() === '' ? null : readClockTime(arrived);
    if (name.trim() === '') {
      setProblem({ field: 'name', text: 'Enter the person’s name.' });
      return;
    }
    if (at === undefined) {
      setProblem({ field: 'arrived', text: 'Enter the time as 24-hour HH:MM, for example 10:40.' });
      return;
    }
    const person =
      kind === 'family'
        ? newFamilyMember(name.trim(), role.trim(), false)
        : newProfessional(
            name.trim(),
            role.trim(),
            AGENCY_TYPE_LABELS[agencyType],
            agencyType,
            true,
          );
    const failed =
      apply({
        type: 'insert',
        path: [kind === 'family' ? 'household' : 'professionals'],
        value: person,
      }) ??
      (at === null
        ? null
        : apply({ type: 'setAttendance', personId: person.id, status: 'present', at }));
    if (failed) {
      setProblem({ field: 'name', text: failed.message });
      return;
    }
    setProblem(null);
    setAdded(at === null ? `Added ${person.name}.` : `Added ${person.name}, present from ${at}.`);
    setName('');
    setRole('');
    setArrived(nowHhMm());
  };

  const error = (field: string) =>
    problem?.field === field ? (
      <p className="field-error" id={`add-${field}-error`}>
        {problem.text}
      </p>
    ) : null;
  const described = (field: string) =>
    problem?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': `add-${field}-error` }
      : {};

  return (
    <form className="add-person" onSubmit={add} aria-labelledby="add-person-title" noValidate>
      <h3 id="add-person-title">Add someone who has joined</h3>
      {added ? <p role="status">{added}</p> : null}
      <fieldset className="choice-group">
        <legend>They are</legend>
        {(['professional', 'family'] as const).map((k) => (
          <div className="choice" key={k}>
            <input
              id={`add-kind-${k}`}
              type="radio"
              name="add-kind"
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <label htmlFor={`add-kind-${k}`}>
              {k === 'family' ? 'A family member' : 'A professional'}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="add-name">Name</label>
        {error('name')}
        <input
          id="add-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...described('name')}
        />
      </div>
      <div className="field">
        <label htmlFor="add-role">
          {kind === 'family' ? 'Relationship to the children' : 'Role'}
        </label>
        <input id="add-role" type="text" value={role} onChange={(e) => setRole(e.target.value)} />
      </div>
      {kind === 'professional' ? (
        <div className="field">
          <label htmlFor="add-agency">Agency type</label>
          <select
            id="add-agency"
            value={agencyType}
            onChange={(e) => setAgencyType(e.target.value as AgencyType)}
          >
            {AGENCY_TYPES.map((t) => (
              <option key={t} value={t}>
                {AGENCY_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="add-arrived">Arrived at (HH:MM; leave empty if not here)</label>
        {error('arrived')}
        <input
          id="add-arrived"
          type="text"
          inputMode="numeric"
          className="input--short"
          value={arrived}
          onChange={(e) => setArrived(e.target.value)}
          {...described('arrived')}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Add to the conference
      </button>
    </form>
  );
}
