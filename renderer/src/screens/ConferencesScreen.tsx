// The conferences home: every conference in the vault in a sortable, filterable table, and "Start a new conference".
import { useEffect, useState } from 'react';

import type { ConferenceSummary } from '../../../shared/ipc/contracts/conference';
import type { AppError } from '../../../shared/ipc/result';
import { invoke } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';

import { ConferencesTable } from './ConferencesTable';
import { ListLink } from './list/ListNav';
import { NewConferenceForm } from './NewConferenceForm';
import { UnreadableConferences } from './UnreadableConferences';
import '../styles/conference.css';

export function ConferencesScreen() {
  const [conferences, setConferences] = useState<ConferenceSummary[] | null>(null);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke('conference.list', {}).then((result) => {
      if (!live) {
        return;
      }
      if (result.ok) {
        setConferences(result.value.conferences);
        setUnreadable(result.value.unreadable);
      } else {
        setError(result.error);
      }
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="conferences-title" className="panel">
      <h1 id="conferences-title">Conferences</h1>
      <ListLink />
      {error ? <ErrorSummary error={error} /> : null}
      <UnreadableConferences ids={unreadable} />
      {creating ? (
        <NewConferenceForm onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          Start a new conference
        </button>
      )}
      {conferences === null ? (
        error ? null : (
          <p role="status">Loading conferences…</p>
        )
      ) : conferences.length === 0 ? (
        <p>There are no conferences yet.</p>
      ) : (
        <ConferencesTable conferences={conferences} />
      )}
    </section>
  );
}
