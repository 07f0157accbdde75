// Signs of Safety scaling: what 0 and 10 mean, then each participant's score (0–10, a number field that arrows
// up and down) and their reason. Rule source: docs/domain.md §4.4 (define 0 and 10, stating 10 first; each attendee
// scales; a score of 2 or below means immediate safety concerns and escalation).
import { useEffect, useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import type { ScaleScore, Scaling } from '../../../../shared/domain/discussion';
import type { ItemId, PersonId } from '../../../../shared/domain/ids';
import { fieldIdFor } from '../../components/field-id';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';

const DEFAULT_SCALING: Scaling = {
  tenMeans: 'Everyone is confident the children are safe and well.',
  zeroMeans: 'The children are at significant and immediate risk.',
  scores: [],
};

/** Everyone marked present (or who has left) on the register, with a name to show. */
function participants(c: Conference): { id: PersonId; name: string; who: string }[] {
  const inRoom = c.attendance.filter((a) => a.status === 'present' || a.status === 'left');
  return inRoom.flatMap((a) => {
    const p = c.professionals.find((x) => x.id === a.personId);
    if (p) {
      return [{ id: p.id, name: p.name, who: p.agency || p.role }];
    }
    const m = c.household.find((x) => x.id === a.personId);
    return m ? [{ id: m.id, name: m.name, who: m.relationship }] : [];
  });
}

function ScoreInput({
  name,
  index,
  score,
  onValue,
}: {
  name: string;
  index: number | undefined;
  score: ScaleScore | undefined;
  onValue: (value: number | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState(score ? String(score.value) : '');
  const stored = score?.value;
  // Show a score changed elsewhere (a reload) unless what is typed here already says it.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (Number(draft) !== stored || draft === '') {
      setDraft(stored === undefined ? '' : String(stored));
    }
  }
  const id = fieldIdFor(['discussion', 'scaling', 'scores', index ?? `new-${name}`, 'value']);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Score from {name}, 0 to 10
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={10}
        step={1}
        inputMode="numeric"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const raw = e.target.value;
          const n = Number(raw);
          setDraft(raw);
          if (raw === '') {
            setError(null);
            onValue(null);
          } else if (!Number.isInteger(n) || n < 0 || n > 10) {
            setError('Use a whole number from 0 to 10.');
          } else {
            setError(null);
            onValue(n);
          }
        }}
      />
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function ScalingTable({ c }: { c: Conference }) {
  const apply = useConference((s) => s.apply);
  const scaling = c.discussion.scaling;
  const people = participants(c);

  useEffect(() => {
    if (!scaling && !useConference.getState().conference?.discussion.scaling) {
      apply({ type: 'set', path: ['discussion', 'scaling'], value: DEFAULT_SCALING });
    }
  }, [scaling, apply]);

  if (!scaling) {
    return null;
  }
  const setScore = (personId: PersonId, value: number | null) => {
    const index = scaling.scores.findIndex((s) => s.participantId === personId && !s.childId);
    const base = ['discussion', 'scaling', 'scores'];
    if (value === null) {
      if (index >= 0) {
        apply({ type: 'remove', path: base, index });
      }
    } else if (index >= 0) {
      apply({ type: 'set', path: [...base, index, 'value'], value });
    } else {
      const score: ScaleScore = {
        id: crypto.randomUUID() as ItemId,
        participantId: personId,
        value,
        reason: '',
      };
      apply({ type: 'insert', path: base, value: score });
    }
  };
  const low = scaling.scores.filter((s) => s.value <= 2);

  return (
    <section className="step-part" aria-labelledby="scaling-title">
      <h2 id="scaling-title">Where are we on a scale of 0 to 10?</h2>
      <TextField
        label="10 means"
        path={['discussion', 'scaling', 'tenMeans']}
        value={scaling.tenMeans}
      />
      <TextField
        label="0 means"
        path={['discussion', 'scaling', 'zeroMeans']}
        value={scaling.zeroMeans}
      />
      {people.length === 0 ? (
        <p>Mark who is present on the Attendance step to record their scores.</p>
      ) : (
        <table className="data-table scale-table">
          <caption className="visually-hidden">Scaling score from each participant</caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Score (0 to 10)</th>
              <th scope="col">Why this score</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const index = scaling.scores.findIndex((s) => s.participantId === p.id && !s.childId);
              const score = index >= 0 ? scaling.scores[index] : undefined;
              return (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.who ? <span className="hint">, {p.who}</span> : null}
                  </th>
                  <td>
                    <ScoreInput
                      name={p.name}
                      index={index >= 0 ? index : undefined}
                      score={score}
                      onValue={(v) => setScore(p.id, v)}
                    />
                  </td>
                  <td>
                    {score ? (
                      <TextField
                        label={`Why ${p.name} gave ${score.value}`}
                        path={['discussion', 'scaling', 'scores', index, 'reason']}
                        value={score.reason}
                      />
                    ) : (
                      <span className="hint">Give a score first.</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {low.length > 0 ? (
        <p className="error-message" role="status">
          A score of 2 or below means immediate safety concerns: the plan must deal with them first
          and the chair escalates.
        </p>
      ) : null}
    </section>
  );
}
