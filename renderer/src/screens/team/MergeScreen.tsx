// Merge: a returned draft changed some fields on both sides; for each, yours or theirs (a radio pair per field,
// usable with the keyboard), then Apply. Rule source: docs/exchange.md (merging a returned draft).
import { useEffect, useState } from 'react';

import { formatDate } from '../../../../shared/domain/format-en-gb';
import type { PendingMergeView } from '../../../../shared/ipc/contracts/exchange';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { dayOf } from './team-text';
import { UnreadableNotice } from './UnreadableNotice';

export function MergeScreen({ id }: { id: string | undefined }) {
  const [merges, setMerges] = useState<PendingMergeView[] | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    void invoke('exchange.pendingMerge', id ? { conferenceId: id } : {}).then((r) => {
      if (r.ok) {
        setMerges(r.value.merges);
        setUnreadable(r.value.unreadable);
      } else {
        setError(r.error);
      }
    });
  }, [id, done]);

  if (!merges) {
    return error ? <ErrorSummary error={error} /> : <p role="status">Opening…</p>;
  }
  if (done) {
    return (
      <p role="status">
        The merge is applied. <a href={`#/conference/${id ?? ''}/setup`}>Open the conference</a>
      </p>
    );
  }
  if (!id || merges.length === 0) {
    return (
      <>
        <UnreadableNotice keys={unreadable} what="merge" />
        {merges.length === 0 ? (
          <p>{unreadable.length === 0 ? 'No merge is waiting.' : 'No other merge is waiting.'}</p>
        ) : (
          <ul>
            {merges.map((m) => (
              <li key={m.conferenceId}>
                <a href={`#/team/merge/${m.conferenceId}`}>
                  {formatDate(m.conferenceDate)}: {m.children.join(', ')} (from {m.fromName})
                </a>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const m = merges[0]!;
  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="merge-title"
      onSubmit={(e) => {
        e.preventDefault();
        void invoke('exchange.resolveMerge', { conferenceId: m.conferenceId, choices }).then((r) =>
          r.ok ? setDone(true) : setError(r.error),
        );
      }}
    >
      <h2 id="merge-title">
        Choose between your version and {m.fromName}’s: conference of {formatDate(m.conferenceDate)}
      </h2>
      <p>
        Received on {dayOf(m.receivedAt)}. Fields changed on one side only are already taken. For
        each field below, both of you changed it.
      </p>
      {error ? <ErrorSummary error={error} title="The merge was not applied" /> : null}
      {m.conflicts.map((c, i) => (
        <fieldset key={c.path} className="merge-field">
          <legend>{c.label}</legend>
          {(['mine', 'theirs'] as const).map((side) => (
            <div className="choice" key={side}>
              <input
                type="radio"
                id={`merge-${i}-${side}`}
                name={`merge-${i}`}
                checked={choices[c.path] === side}
                onChange={() => setChoices((ch) => ({ ...ch, [c.path]: side }))}
              />
              <label htmlFor={`merge-${i}-${side}`}>
                {side === 'mine' ? 'Yours' : `${m.fromName}’s`}:{' '}
                {side === 'mine' ? c.mine : c.theirs}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="submit">Apply</button>
    </form>
  );
}
