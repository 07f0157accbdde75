// Live mode, attendance: the register as a table with one-key toggles (P present, A apologies, X absent,
// L left now) and the live quorum indicator. Rule source: docs/domain.md §1.5 (quorum).
import type { KeyboardEvent } from 'react';

import { attendanceText } from '../../../../shared/documents/minutes-people';
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { notYetRecorded } from '../../../../shared/domain/everyone-present';
import type { PersonId } from '../../../../shared/domain/ids';
import type { AttendanceStatus } from '../../../../shared/domain/professionals';
import { quorumStatus } from '../../../../shared/domain/quorum';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

const KEYS: Readonly<Record<string, AttendanceStatus>> = {
  p: 'present',
  a: 'apologies',
  x: 'absent',
  l: 'left',
};

const nowHhMm = (): string => {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function AttendanceStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const quorum = quorumStatus(c, ENGLAND_DEFAULTS.quorum);
  const people = [
    ...c.professionals.map((p) => ({ id: p.id, name: p.name, who: p.agency })),
    ...c.household.map((m) => ({ id: m.id, name: m.name, who: m.relationship || 'Family' })),
  ];

  const set = (personId: PersonId, status: AttendanceStatus) =>
    apply({
      type: 'setAttendance',
      personId,
      status,
      ...(status === 'left' || status === 'present' ? { at: nowHhMm() } : {}),
    });

  const waiting = notYetRecorded(c);
  const everyonePresent = () => {
    const at = nowHhMm();
    for (const personId of waiting) {
      apply({ type: 'setAttendance', personId, status: 'present', at });
    }
  };

  const onKey = (personId: PersonId) => (e: KeyboardEvent) => {
    const status = KEYS[e.key.toLowerCase()];
    if (status && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      set(personId, status);
    }
  };

  return (
    <>
      <div
        className={`quorum ${quorum.quorate ? 'quorum--ok' : 'quorum--no'}`}
        role="status"
        aria-live="polite"
      >
        <strong>{quorum.quorate ? 'Quorate' : 'Not quorate'}</strong>
        <p>{quorum.message}</p>
      </div>
      <p className="hint" id="register-keys">
        Move to a person&apos;s row and press P for present (or back in the room), A for apologies,
        X for absent or L for left now. Each time someone leaves and comes back is kept.
      </p>
      {waiting.length > 0 ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="everyone-present-hint"
            onClick={everyonePresent}
          >
            Everyone not yet recorded is present
          </button>{' '}
          <span className="hint" id="everyone-present-hint">
            Marks {waiting.length === 1 ? '1 person' : `${waiting.length} people`} present now;
            apologies and anyone already recorded are kept.
          </span>
        </p>
      ) : null}
      <table className="data-table" aria-describedby="register-keys">
        <caption className="visually-hidden">Attendance register</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Agency or relationship</th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const entry = c.attendance.find((a) => a.personId === p.id);
            // The history of leaving and coming back, as the record prints it.
            const text = entry ? attendanceText(entry) : 'Not recorded';
            return (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.who}</td>
                <td>
                  <button
                    type="button"
                    className="register-toggle"
                    aria-label={`${p.name}: ${text}. Press P, A, X or L to change.`}
                    onKeyDown={onKey(p.id)}
                    onClick={() => set(p.id, entry?.status === 'present' ? 'absent' : 'present')}
                  >
                    {text}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
