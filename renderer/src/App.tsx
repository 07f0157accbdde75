// Top-level flow: status → (vault screens) → conferences. Each screen is one component under screens/.
import { lazy, Suspense, useEffect } from 'react';

import { invoke, subscribe } from './api/client';

import { ErrorSummary } from './components/ErrorSummary';
import { markFirstScreen } from './first-screen-mark';
import { VaultGate } from './screens/vault/VaultGate';
import { useSession } from './state/session-store';

// The screens behind an unlocked vault are loaded apart from the first screen (shell.start_ms): when the browser
// is idle a second after the first screen is drawn, or at once when the vault is already unlocked.
const unlockedScreens = () => import('./screens/unlocked-screens');
const ConferenceArea = lazy(() => unlockedScreens().then((m) => ({ default: m.ConferenceArea })));
const LockWarning = lazy(() => unlockedScreens().then((m) => ({ default: m.LockWarning })));
const LockButton = lazy(() => unlockedScreens().then((m) => ({ default: m.LockButton })));

/** Runs `task` once the first screen has been up for a second and the browser is idle (or 3 s at most). */
function soonWhenIdle(task: () => void): () => void {
  let idle = 0;
  const timer = window.setTimeout(() => {
    idle = window.requestIdleCallback(task, { timeout: 2000 });
  }, 1000);
  return () => {
    window.clearTimeout(timer);
    window.cancelIdleCallback(idle);
  };
}

export function App() {
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const refresh = useSession((s) => s.refresh);

  useEffect(() => soonWhenIdle(() => void unlockedScreens()), []);
  // The first screen is up once the status is known (shell.start_ms reads the mark).
  useEffect(() => {
    if (status !== null) {
      markFirstScreen();
    }
  }, [status]);

  // On any lock (manual, idle, OS lock, suspend) the renderer drops everything it holds by reloading.
  useEffect(() => subscribe('app.locked', () => window.location.reload()), []);
  // Before an OS lock or suspend, main asks for what is still waiting in the text save delay (docs/vault.md).
  // The conference store is imported on demand so the first screen's script stays small (shell.start_ms); it is
  // the same module the unlocked screens use, so this reaches their pending edits.
  useEffect(
    () =>
      subscribe('app.saveNow', ({ requestId }) => {
        void import('./state/conference-store')
          .then(({ useConference }) => useConference.getState().whenSaved())
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
        {status?.vault === 'unlocked' ? (
          <Suspense fallback={null}>
            <LockButton />
          </Suspense>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {error ? <ErrorSummary error={error} /> : null}
        {status?.vault === 'unlocked' ? (
          <Suspense
            fallback={
              <p role="status" aria-live="polite">
                Opening…
              </p>
            }
          >
            <ConferenceArea />
          </Suspense>
        ) : status ? (
          <VaultGate status={status} onChanged={() => void refresh()} />
        ) : error ? null : (
          <p role="status" aria-live="polite">
            Starting…
          </p>
        )}
      </main>
      {status?.vault === 'unlocked' ? (
        <Suspense fallback={null}>
          <LockWarning />
        </Suspense>
      ) : null}
    </>
  );
}
