// How long the vault stays unlocked without use before it locks itself: normally (default 5 minutes, 1 to 60) and
// while the chair is in live mode (default 20, 1 to 120). A bad value in either saves neither.
// Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';

import { IDLE_LOCK_MINUTES, LIVE_IDLE_LOCK_MINUTES } from '../../../../shared/ipc/contracts/vault';
import type { AppError, FieldIssue } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { minutesProblem } from './idle-lock-minutes';

const plural = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

export function IdleLockForm() {
  const id = useId();
  const liveId = `${id}-live`;
  const [minutes, setMinutes] = useState('');
  const [liveMinutes, setLiveMinutes] = useState('');
  const [saved, setSaved] = useState<{ normal: number; live: number } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void invoke('vault.status', {}).then((r) => {
      if (r.ok) {
        // Never overwrite what was typed.
        setMinutes((typed) => (typed === '' ? String(r.value.idleLockMinutes) : typed));
        setLiveMinutes((typed) => (typed === '' ? String(r.value.liveIdleLockMinutes) : typed));
      }
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const issues: FieldIssue[] = [];
    const normalProblem = minutesProblem(minutes, IDLE_LOCK_MINUTES);
    const liveProblem = minutesProblem(liveMinutes, LIVE_IDLE_LOCK_MINUTES);
    if (normalProblem) {
      issues.push({ path: 'Lock after', message: normalProblem });
    }
    if (liveProblem) {
      issues.push({ path: 'In live mode, lock after', message: liveProblem });
    }
    if (issues.length > 0) {
      setError({ code: 'BAD_INPUT', message: 'Nothing was changed.', issues });
      return;
    }
    setError(null);
    const normal = await invoke('vault.setIdleLock', { minutes: Number(minutes) });
    if (!normal.ok) {
      setError(normal.error);
      return;
    }
    const live = await invoke('vault.setLiveIdleLock', { minutes: Number(liveMinutes) });
    if (!live.ok) {
      setError(live.error);
      return;
    }
    setSaved({ normal: normal.value.idleLockMinutes, live: live.value.liveIdleLockMinutes });
  };

  const fieldError = (problem: string | null) =>
    error && problem ? <p className="field-error">{problem}</p> : null;
  const normalProblem = error ? minutesProblem(minutes, IDLE_LOCK_MINUTES) : null;
  const liveProblem = error ? minutesProblem(liveMinutes, LIVE_IDLE_LOCK_MINUTES) : null;

  return (
    <form
      className="panel narrow"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="idle-title"
    >
      <h2 id="idle-title">Lock when not in use</h2>
      {error ? <ErrorSummary error={error} title="The setting was not saved" /> : null}
      {saved !== null ? (
        <p className="vault-notice" role="status">
          Saved. The vault now locks after {plural(saved.normal)} without use. In live mode it locks
          after {plural(saved.live)}.
        </p>
      ) : null}
      <p className="hint">
        A minute before it locks, a warning asks whether to stay unlocked. The vault also locks at
        once when this computer locks or sleeps.
      </p>
      <div className="field">
        <label htmlFor={id}>Lock the vault after this many minutes without use</label>
        <p className="hint" id={`${id}-hint`}>
          From {IDLE_LOCK_MINUTES.min} to {IDLE_LOCK_MINUTES.max}.
        </p>
        {fieldError(normalProblem)}
        <input
          id={id}
          className="input-short"
          type="number"
          inputMode="numeric"
          min={IDLE_LOCK_MINUTES.min}
          max={IDLE_LOCK_MINUTES.max}
          step={1}
          value={minutes}
          aria-describedby={`${id}-hint`}
          aria-invalid={normalProblem ? true : undefined}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={liveId}>In live mode, lock after this many minutes without use</label>
        <p className="hint" id={`${liveId}-hint`}>
          While a conference is running the chair may talk for a long time without typing. From{' '}
          {LIVE_IDLE_LOCK_MINUTES.min} to {LIVE_IDLE_LOCK_MINUTES.max}; usually{' '}
          {LIVE_IDLE_LOCK_MINUTES.default}.
        </p>
        {fieldError(liveProblem)}
        <input
          id={liveId}
          className="input-short"
          type="number"
          inputMode="numeric"
          min={LIVE_IDLE_LOCK_MINUTES.min}
          max={LIVE_IDLE_LOCK_MINUTES.max}
          step={1}
          value={liveMinutes}
          aria-describedby={`${liveId}-hint`}
          aria-invalid={liveProblem ? true : undefined}
          onChange={(e) => setLiveMinutes(e.target.value)}
        />
      </div>
      <button type="submit">Save</button>
    </form>
  );
}
