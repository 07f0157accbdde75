// Renderer entry: mounts the app in strict mode.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { watchTableLabels } from './table-labels';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/reflow.css';

const root = document.getElementById('root');
if (root) {
  watchTableLabels();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
