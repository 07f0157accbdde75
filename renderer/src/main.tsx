// Renderer entry: mounts the app in strict mode.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Every style sheet, here and in this order, so that the page has one sheet in one cascade order even though the
// screens behind an unlocked vault load later (App.tsx); tests/repo/renderer-styles.test.ts keeps the list whole.
import './styles/fields.css';
import './styles/conference.css';
import './screens/list/list.css';
import './styles/people.css';
import './styles/decision-steps.css';
import './styles/live.css';
import './styles/team.css';
import './styles/signoff.css';
import { App } from './App';
import { useSession } from './state/session-store';
import { watchTableLabels } from './table-labels';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/reflow.css';

const root = document.getElementById('root');
if (root) {
  // Asked before the first render, not from an effect after it: the first screen needs the status (shell.start_ms).
  void useSession.getState().refresh();
  watchTableLabels();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
