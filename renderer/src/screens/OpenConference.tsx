// Opens a conference where its status says: a signed record on its documents and versions page (its set-up is
// read-only there), anything else on its set-up. The conferences home, the list and a child's page link here.
// Rule source: docs/reliability.md §2.5 (a signed record is frozen; changes go through an amendment).
import { useEffect, useState } from 'react';

import type { AppError } from '../../../shared/ipc/result';
import { invoke } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { replaceRoute } from '../state/route';

export function OpenConference({ id }: { id: string }) {
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let current = true;
    void invoke('conference.get', { conferenceId: id }).then((r) => {
      if (!current) {
        return;
      }
      if (!r.ok) {
        setError(r.error);
        return;
      }
      replaceRoute(
        r.value.status === 'signed' ? { screen: 'signoff', id } : { screen: 'setup', id },
      );
    });
    return () => {
      current = false;
    };
  }, [id]);
  return error ? <ErrorSummary error={error} /> : <p role="status">Opening the conference…</p>;
}
