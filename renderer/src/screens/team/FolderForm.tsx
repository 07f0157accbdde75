// The shared folder (a mapped drive or a folder the organisation syncs) the app writes bundles to and reads
// them from; it holds only encrypted bundles. Rule source: docs/exchange.md (transport).
import { useState } from 'react';

import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

export function FolderForm({ folder, onSaved }: { folder: string | null; onSaved: () => void }) {
  const [path, setPath] = useState(folder ?? '');
  const [error, setError] = useState<AppError | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void invoke('exchange.setFolder', { path }).then((r) => {
          setError(r.ok ? null : r.error);
          onSaved();
        });
      }}
    >
      {error ? <ErrorSummary error={error} title="The folder was not set" /> : null}
      <div className="field">
        <label htmlFor="shared-folder">Shared folder (full path; leave empty for none)</label>
        <input id="shared-folder" value={path} onChange={(e) => setPath(e.target.value)} />
      </div>
      <button type="submit">Use this folder</button>
    </form>
  );
}
