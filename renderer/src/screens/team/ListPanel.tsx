// The list for chairs' pre-checks on the Team screen. A Designated Manager chooses whether the authority shares the
// list with chairs and sends it to the chairs chosen; a chair checks a child against the list received, always
// told how old that list is. Rule source: docs/exchange.md (the list for chairs' pre-checks).
import { useEffect, useState } from 'react';

import { parseDateEnGb } from '../../../../shared/domain/parse-en-gb';
import type { Role } from '../../../../shared/exchange/roles';
import type { Output } from '../../../../shared/ipc/contract';
import type { TeamMember } from '../../../../shared/ipc/contracts/exchange';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { downloadBase64 } from '../signoff/files';

function ShareList({ members, folder }: { members: TeamMember[]; folder: string | null }) {
  const [share, setShare] = useState<boolean | null>(null);
  const [to, setTo] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void invoke('exchange.listSharing', {}).then((r) => r.ok && setShare(r.value.share));
  }, []);
  const chairs = members.filter((m) => m.status === 'confirmed' && m.role === 'chair');
  const send = async (destination: 'file' | 'folder') => {
    const r = await invoke('exchange.sendList', { to, destination });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    if (r.value.file?.kind === 'download') {
      downloadBase64(r.value.file.fileName, r.value.file.mediaType, r.value.file.base64);
    }
    setNotice(
      r.value.folderFileName
        ? `Sent: ${r.value.folderFileName} is in the shared folder.`
        : 'The list is saved as a bundle file. Give it to the chairs.',
    );
  };
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">The list for chairs’ pre-checks</h2>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <ErrorSummary error={error} title="Nothing was sent" /> : null}
      <div className="choice">
        <input
          type="checkbox"
          id="share-list"
          checked={share === true}
          onChange={(e) =>
            void invoke('exchange.listSharing', { share: e.target.checked }).then((r) =>
              r.ok ? setShare(r.value.share) : setError(r.error),
            )
          }
        />
        <label htmlFor="share-list">
          Our authority shares the list of children subject to a plan with chairs
        </label>
      </div>
      {share ? (
        <fieldset>
          <legend>Send the list as it stands to</legend>
          {chairs.length === 0 ? <p>No confirmed chair is in your team yet.</p> : null}
          {chairs.map((m) => (
            <div className="choice" key={m.fingerprint}>
              <input
                type="checkbox"
                id={`list-to-${m.fingerprint.slice(0, 12)}`}
                checked={to.includes(m.fingerprint)}
                onChange={(e) =>
                  setTo((t) =>
                    e.target.checked ? [...t, m.fingerprint] : t.filter((x) => x !== m.fingerprint),
                  )
                }
              />
              <label htmlFor={`list-to-${m.fingerprint.slice(0, 12)}`}>{m.name}</label>
            </div>
          ))}
          <div className="toolbar team-toolbar">
            <button type="button" onClick={() => void send('file')}>
              Download the list
            </button>
            {folder ? (
              <button type="button" onClick={() => void send('folder')}>
                Put the list in the shared folder
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}

function Precheck() {
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [result, setResult] = useState<Output<'exchange.precheck'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const check = async () => {
    const parsed = dob.trim() ? parseDateEnGb(dob) : null;
    if (parsed && !parsed.ok) {
      setError({ code: 'BAD_INPUT', message: `Date of birth: ${parsed.message}` });
      return;
    }
    const r = await invoke('exchange.precheck', {
      ...(name.trim() ? { name } : {}),
      ...(parsed?.ok ? { dateOfBirth: parsed.date } : {}),
    });
    setResult(r.ok ? r.value : null);
    setError(r.ok ? null : r.error);
  };
  return (
    <section className="panel" aria-labelledby="precheck-title">
      <h2 id="precheck-title">Pre-check against the Designated Manager’s list</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <div className="field">
          <label htmlFor="precheck-name">Child’s name</label>
          <input id="precheck-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="precheck-dob">Date of birth</label>
          <input
            id="precheck-dob"
            inputMode="numeric"
            value={dob}
            onChange={(e) => setDob(e.target.value)}
          />
        </div>
        <button type="submit">Check</button>
      </form>
      {error ? <ErrorSummary error={error} title="No answer" /> : null}
      {result ? (
        <div role="status">
          <h3>Answer: {result.answerClass}</h3>
          <p className="list-age">
            From the {result.age}, sent by {result.fromName}.
          </p>
          <p>{result.headline}</p>
          <ul>
            {result.matches.map((m, i) => (
              <li key={i}>
                {m.name}: {m.strength} match{m.lead ? `; lead social worker ${m.lead}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The manager's sharing panel, or a chair's pre-check; nothing for other roles. */
export function ListPanel({
  role,
  members,
  folder,
}: {
  role: Role;
  members: TeamMember[];
  folder: string | null;
}) {
  if (role === 'designated-manager') {
    return <ShareList members={members} folder={folder} />;
  }
  return role === 'chair' ? <Precheck /> : null;
}
