// Top-level flow: status → (vault screens) → conferences. Each screen is one component under screens/.
import { useEffect } from 'react';

import { ErrorSummary } from './components/ErrorSummary';
import { ConferenceArea } from './screens/ConferenceArea';
import { StartScreen } from './screens/StartScreen';
import { useSession } from './state/session-store';

export function App() {
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const refresh = useSession((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">ICPC Companion</span>
      </header>
      <main id="main" tabIndex={-1}>
        {error ? <ErrorSummary error={error} /> : null}
        {status?.vault === 'unlocked' ? (
          <ConferenceArea />
        ) : status ? (
          <StartScreen status={status} />
        ) : error ? null : (
          <p role="status" aria-live="polite">
            Starting…
          </p>
        )}
      </main>
    </>
  );
}
