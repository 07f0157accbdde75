// Inbox: bundle files the person chooses or drops, and the shared folder's bundles, each with what it would
// change (nothing is written until Receive) or why it is refused. Rule source: docs/exchange.md (receiving).
import { useCallback, useEffect, useState } from 'react';

import type { BundleSummary, InboxEntry } from '../../../../shared/ipc/contracts/exchange';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke, subscribe } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fileToBase64 } from '../signoff/files';

import { FolderForm } from './FolderForm';
import { dayOf, effectText } from './team-text';

type Chosen = { name: string; base64: string; bundle?: BundleSummary; why?: string };

function Summary({ b }: { b: BundleSummary }) {
  return (
    <>
      <p>
        From {b.from.name}, made on {dayOf(b.createdAt)}.
      </p>
      <p>{effectText(b)}</p>
      {b.note ? <p>Note: {b.note}</p> : null}
    </>
  );
}

const RESULT = {
  'new-draft': 'Received: the draft is now in your conferences.',
  'update-draft': 'Received: the draft is updated.',
  notification: 'Received: the children are on the list of children subject to a plan.',
  'plan-update': 'Received: the list of children subject to a plan is updated.',
  'list-snapshot': 'Received: the Designated Manager’s list is kept for your pre-checks.',
  conflicts: 'Received: some fields were changed on both sides. Choose yours or theirs.',
} as const;

export function InboxScreen() {
  const [entries, setEntries] = useState<InboxEntry[]>([]);
  const [folder, setFolder] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<{ text: string; mergeId?: string } | null>(null);

  const load = useCallback(() => {
    void invoke('exchange.inbox', {}).then((r) => {
      if (r.ok) {
        setEntries(r.value.entries);
        setFolder(r.value.folder);
      } else {
        setError(r.error);
      }
    });
  }, []);
  useEffect(load, [load]);
  // The service watches the shared folder: a new bundle there lists itself without "Look in the folder again".
  useEffect(() => subscribe('exchange.inbox-changed', load), [load]);

  const choose = async (files: FileList | null) => {
    const next: Chosen[] = [];
    for (const f of Array.from(files ?? [])) {
      const base64 = await fileToBase64(f);
      const r = await invoke('exchange.inspect', { base64 });
      next.push(
        r.ok
          ? { name: f.name, base64, bundle: r.value }
          : { name: f.name, base64, why: r.error.message },
      );
    }
    setChosen(next);
  };
  const received = (r: Awaited<ReturnType<typeof invoke<'exchange.receive'>>>) => {
    if (r.ok) {
      setError(null);
      setNotice({
        text: RESULT[r.value.applied],
        ...(r.value.applied === 'conflicts' ? { mergeId: r.value.bundle.conferenceId } : {}),
      });
    } else {
      setError(r.error);
    }
    load();
  };

  return (
    <>
      <section className="panel" aria-labelledby="files-title">
        <h2 id="files-title">Bundle files</h2>
        {notice ? (
          <p role="status">
            {notice.text}{' '}
            {notice.mergeId ? <a href={`#/team/merge/${notice.mergeId}`}>Choose now</a> : null}
          </p>
        ) : null}
        {error ? <ErrorSummary error={error} title="Nothing was received" /> : null}
        <div className="field drop-zone">
          <label htmlFor="bundle-files">Choose bundle files (.icpcx), or drop them here</label>
          <input
            id="bundle-files"
            type="file"
            multiple
            accept=".icpcx"
            onChange={(e) => void choose(e.target.files)}
          />
        </div>
        <ul className="inbox-list">
          {chosen.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <h3>{c.name}</h3>
              {c.bundle ? (
                <>
                  <Summary b={c.bundle} />
                  <button
                    type="button"
                    onClick={() =>
                      void invoke('exchange.receive', { base64: c.base64 }).then(received)
                    }
                  >
                    Receive {c.name}
                  </button>
                </>
              ) : (
                <p className="refused">Refused: {c.why}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="folder-title">
        <h2 id="folder-title">Shared folder</h2>
        <FolderForm key={folder ?? ''} folder={folder} onSaved={load} />
        {folder ? (
          <>
            <p className="hint inbox-refresh">
              The folder is watched while the app is open: new bundles appear here by themselves.
            </p>
            <button type="button" onClick={load}>
              Look in the folder again
            </button>
            {entries.length === 0 ? <p>The shared folder has no bundles.</p> : null}
            <ul className="inbox-list">
              {entries.map((e) => (
                <li key={e.fileName}>
                  <h3>{e.fileName}</h3>
                  {e.state === 'new' ? (
                    <>
                      <Summary b={e.bundle} />
                      <button
                        type="button"
                        onClick={() =>
                          void invoke('exchange.receiveFromFolder', { fileName: e.fileName }).then(
                            received,
                          )
                        }
                      >
                        Receive {e.fileName}
                      </button>
                    </>
                  ) : (
                    <p className={e.state === 'refused' ? 'refused' : undefined}>
                      {e.state === 'refused' ? `Refused: ${e.why}` : e.why}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
