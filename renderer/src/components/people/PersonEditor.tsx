// Changing one person's or child's name and details in place; Save sends only the fields that changed.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { useConference } from '../../state/conference-store';

import { fieldEdits } from './people-rows';
import type { PersonRow } from './people-rows';

type Props = {
  row: PersonRow;
  idPrefix: string;
  onDone: () => void;
  onError: (error: AppError | null) => void;
};

export function PersonEditor({ row, idPrefix, onDone, onError }: Props) {
  const apply = useConference((s) => s.apply);
  const [typed, setTyped] = useState<Record<string, string>>(
    Object.fromEntries(row.fields.map((f) => [f.key, f.value])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  // Opening the editor moves focus into it, so keyboard users land on the first field.
  useEffect(() => first.current?.focus(), []);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const result = fieldEdits(row, typed);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    for (const edit of result.edits) {
      const failed = apply(edit);
      if (failed) {
        onError(failed);
        return;
      }
    }
    onError(null);
    onDone();
  };

  return (
    <form className="person-editor" onSubmit={save} aria-label={`Change ${row.name}`}>
      {row.fields.map((f, i) => {
        const id = `${idPrefix}-${f.key}`;
        const invalid = f.key === 'name' && problem !== null;
        return (
          <div className="field" key={f.key}>
            <label htmlFor={id}>{f.label}</label>
            {invalid ? (
              <p className="field-error" id={`${id}-error`}>
                {problem}
              </p>
            ) : null}
            <input
              id={id}
              type="text"
              value={typed[f.key] ?? ''}
              ref={i === 0 ? first : undefined}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-error` : undefined}
              onChange={(e) => setTyped({ ...typed, [f.key]: e.target.value })}
            />
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" className="button button--small">
          Save
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
