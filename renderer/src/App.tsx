// Top-level flow: status → (vault screens) → conferences. Each screen is one component under screens/.
import { useEffect } from 'react';

import { invoke, subscribe } from './api/client';

import { ErrorSummary } from './components/ErrorSummary';
import { ConferenceArea } from './screens/ConferenceArea';
import { LockButton } from './screens/vault/LockButton';
import { LockWarning } from './screens/vault/LockWarning';
import { VaultGate } from './screens/vault/VaultGate';
import { useConference } from './state/conference-store';
import { useSession } from './state/session-store';

export function App() {
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const refresh = useSession((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // On any lock (manual, idle, OS lock, suspend) the renderer drops everything it holds by reloading.
  useEffect(() => subscribe('app.locked', () => window.location.reload()), []);
  // Before an OS lock or suspend, main asks for what is still waiting in the text save delay (docs/vault.md).
  useEffect(
    () =>
      subscribe('app.saveNow', ({ requestId }) => {
        void useConference
          .getState()
          .whenSaved()
          .finally(() => void invoke('app.savedNow', { requestId }));
      }),
    [],
  );

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash holds the route, so move focus without changing it (keyboard use).
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">ICPC Companion</span>
        {status?.vault === 'unlocked' ? <LockButton /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {error ? <ErrorSummary error={error} /> : null}
        {status?.vault === 'unlocked' ? (
          <ConferenceArea />
        ) : status ? (
          <VaultGate status={status} onChanged={() => void refresh()} />
        ) : error ? null : (
          <p role="status" aria-live="polite">
            Starting…
          </p>
        )}
      </main>
      {status?.vault === 'unlocked' ? <LockWarning /> : null}
    </>
  );
}
