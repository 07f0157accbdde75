// "Start the conference": records the start time (for the conference clock), moves the status to in conference
// and opens live mode; once started, the button continues in live mode.
import { useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import type { AppError } from '../../../../shared/ipc/result';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useConference } from '../../state/conference-store';
import { navigate } from '../../state/route';
import { useStepTimer } from '../../state/step-timer';

const hhMm = (d: Date): string => {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function StartConference({ c }: { c: Conference }) {
  const status = useConference((s) => s.status);
  const apply = useConference((s) => s.apply);
  const setStatus = useConference((s) => s.setStatus);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    const now = new Date();
    if (!c.startTime) {
      // The clock counts from this press, so it reads 00:00:00 now (the record keeps HH:MM).
      useStepTimer.getState().started(c.id, now.getTime());
    }
    const failed =
      (c.startTime ? null : apply({ type: 'set', path: ['startTime'], value: hhMm(now) })) ??
      (await setStatus('in-conference'));
    setBusy(false);
    setError(failed);
    if (!failed) {
      navigate({ screen: 'live', id: c.id, step: 'introductions' });
    }
  };

  if (status === 'signed') {
    return <p>This record is signed.</p>;
  }
  return (
    <div className="start-conference">
      {error ? <ErrorSummary error={error} title="The conference did not start" /> : null}
      {status === 'draft' ? (
        <button type="button" className="button" disabled={busy} onClick={() => void start()}>
          Start the conference
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => navigate({ screen: 'live', id: c.id, step: undefined })}
        >
          Continue in live mode
        </button>
      )}
    </div>
  );
}
