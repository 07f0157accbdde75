// Everyone on the conference, changeable at any time (set-up and live mode): edit a name, relationship, role or
// agency in place; remove a child or a person after a confirmation, with an Undo for the last removal. Removal is
// refused, with where they appear, while the record relies on them (shared/domain/people-edits.ts).
import { useRef, useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import type { Edit } from '../../../../shared/domain/edits';
import type { AppError } from '../../../../shared/ipc/result';
import { useConference } from '../../state/conference-store';
import { ErrorSummary } from '../ErrorSummary';
import '../../styles/people.css';

import { ConfirmDialog } from './ConfirmDialog';
import { PersonEditor } from './PersonEditor';
import { peopleRows, removalEdit, undoEdit } from './people-rows';
import type { PersonRow, RowKind } from './people-rows';

const GROUPS: readonly [RowKind, string][] = [
  ['child', 'Children'],
  ['family', 'Family members'],
  ['professional', 'Professionals'],
];

type Undo = { name: string; edit: Edit };

export function PeopleManager({ c, idPrefix }: { c: Conference; idPrefix: string }) {
  const apply = useConference((s) => s.apply);
  const [editing, setEditing] = useState<string | null>(null);
  const [asking, setAsking] = useState<PersonRow | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const rows = peopleRows(c);

  const askToRemove = (row: PersonRow) => {
    setError(null);
    try {
      undoEdit(c, row); // a refusal shows at once, without asking first
      setAsking(row);
    } catch (e) {
      setError({ code: 'BAD_INPUT', message: (e as Error).message });
    }
  };
  const remove = (row: PersonRow) => {
    setAsking(null);
    const back = undoEdit(c, row);
    const failed = apply(removalEdit(row));
    if (failed) {
      setError(failed);
      return;
    }
    setUndo({ name: row.name, edit: back });
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undoLast = () => {
    if (!undo) {
      return;
    }
    const failed = apply(undo.edit);
    setError(failed);
    setUndo(null);
  };

  return (
    <div className="people-manager">
      {error ? <ErrorSummary error={error} title="That change was not made" /> : null}
      {undo ? (
        <div className="undo-bar" role="status">
          <span>Removed {undo.name}.</span>
          <button
            type="button"
            className="button button--small"
            ref={undoButton}
            onClick={undoLast}
          >
            Undo: put {undo.name} back
          </button>
        </div>
      ) : null}
      {GROUPS.map(([kind, title]) => {
        const group = rows.filter((r) => r.kind === kind);
        const titleId = `${idPrefix}-${kind}`;
        return (
          <section key={kind} aria-labelledby={titleId} className="people-group">
            <h3 id={titleId}>{title}</h3>
            {group.length === 0 ? <p className="hint">None yet.</p> : null}
            <ul className="people-list">
              {group.map((row) => (
                <li key={row.id}>
                  {editing === row.id ? (
                    <PersonEditor
                      row={row}
                      idPrefix={`${idPrefix}-${row.id}`}
                      onDone={() => setEditing(null)}
                      onError={setError}
                    />
                  ) : (
                    <div className="people-list__row">
                      <span>
                        <strong>{row.name}</strong> <span className="hint">{row.description}</span>
                      </span>
                      <span className="people-list__buttons">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={`Change ${row.name}`}
                          onClick={() => setEditing(row.id)}
                        >
                          Change
                        </button>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={`Remove ${row.name}`}
                          onClick={() => askToRemove(row)}
                        >
                          Remove
                        </button>
                      </span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {asking ? (
        <ConfirmDialog
          title={`Remove ${asking.name}?`}
          body={
            asking.kind === 'child'
              ? `${asking.name} and the agency views about them will be taken off this conference. You can undo this straight after.`
              : `${asking.name} will be taken off this conference, with their line in the attendance register. ` +
                'If they have left the meeting, record that in attendance instead. You can undo this straight after.'
          }
          confirmLabel={`Remove ${asking.name}`}
          cancelLabel="Keep"
          onConfirm={() => remove(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
