// Send a conference to colleagues as a bundle: a draft to the chair or minute-taker, or, once signed, a plan
// notification to the Designated Manager. The bundle is downloaded (or saved) as a file, or written to the
// shared folder. Only confirmed cards whose role may receive this kind are offered. Rule source:
// docs/exchange.md (roles; transport).
import { useEffect, useState } from 'react';

import { formatDate } from '../../../../shared/domain/format-en-gb';
import { BUNDLE_RULES, ROLE_LABEL } from '../../../../shared/exchange/roles';
import type { BundleKind } from '../../../../shared/exchange/roles';
import type { ConferenceSummary } from '../../../../shared/ipc/contracts/conference';
import type { TeamMember } from '../../../../shared/ipc/contracts/exchange';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SpellCheckedTextArea } from '../../components/SpellCheckedTextArea';
import { downloadBase64 } from '../signoff/files';
import '../../styles/team.css';

export function SendPanel({ conferenceId }: { conferenceId?: string }) {
  const [conferences, setConferences] = useState<ConferenceSummary[]>([]);
  const [members, setMembers] = useState<TeamMember[]>([]);
  const [folder, setFolder] = useState<string | null>(null);
  const [chosen, setChosen] = useState(conferenceId ?? '');
  const [to, setTo] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void Promise.all([
      invoke('conference.list', {}),
      invoke('exchange.team', {}),
      invoke('exchange.identity', {}),
    ]).then(([c, t, i]) => {
      if (c.ok) {
        setConferences(c.value.conferences);
      }
      if (t.ok) {
        setMembers(t.value.members);
      }
      if (i.ok) {
        setFolder(i.value.folder);
      }
    });
  }, []);

  const conference = conferences.find((c) => c.id === chosen);
  const kind: BundleKind =
    conference?.status === 'signed' ? 'plan-notification' : 'draft-conference';
  const allowed = members.filter(
    (m) => m.status === 'confirmed' && BUNDLE_RULES[kind].recipients.includes(m.role),
  );
  const title =
    kind === 'plan-notification' ? 'Notify the Designated Manager' : 'Send to a colleague';

  const send = async (destination: 'file' | 'folder') => {
    setNotice(null);
    const r = await invoke('exchange.send', {
      kind,
      conferenceId: chosen,
      to: to.filter((fp) => allowed.some((m) => m.fingerprint === fp)),
      note,
      destination,
    });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    const f = r.value.file;
    if (f?.kind === 'download') {
      downloadBase64(f.fileName, f.mediaType, f.base64);
    }
    setNotice(
      r.value.folderFileName
        ? `Sent: ${r.value.folderFileName} is in the shared folder.`
        : f?.kind === 'saved'
          ? `Sent: ${f.fileName} is saved in ${f.folder}. Give it to the recipient.`
          : f?.kind === 'download'
            ? `The bundle ${f.fileName} is downloading. Give it to the recipient.`
            : 'Nothing was saved.',
    );
  };

  return (
    <section className="panel" aria-labelledby="send-title">
      <h2 id="send-title">{title}</h2>
      <p className="hint">
        The bundle is signed by you and encrypted so only the people you choose can open it.
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <ErrorSummary error={error} title="Nothing was sent" /> : null}
      {conferenceId ? null : (
        <div className="field">
          <label htmlFor="send-conference">Conference</label>
          <select id="send-conference" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose a conference</option>
            {conferences.map((c) => (
              <option key={c.id} value={c.id}>
                {formatDate(c.date)}: {c.childrenNames.join(', ') || 'no children yet'}
                {c.status === 'signed' ? ' (signed)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset>
        <legend>Send to</legend>
        {allowed.length === 0 ? (
          <p>
            No confirmed colleague can receive {BUNDLE_RULES[kind].what}. Add and confirm their card
            under <a href="#/team">Team</a>.
          </p>
        ) : (
          allowed.map((m) => (
            <div className="choice" key={m.fingerprint}>
              <input
                type="checkbox"
                id={`to-${m.fingerprint.slice(0, 12)}`}
                checked={to.includes(m.fingerprint)}
                onChange={(e) =>
                  setTo((t) =>
                    e.target.checked ? [...t, m.fingerprint] : t.filter((x) => x !== m.fingerprint),
                  )
                }
              />
              <label htmlFor={`to-${m.fingerprint.slice(0, 12)}`}>
                {m.name} ({ROLE_LABEL[m.role]})
              </label>
            </div>
          ))
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="send-note">Note to the recipient (optional)</label>
        <SpellCheckedTextArea
          id="send-note"
          fieldLabel="Note to the recipient"
          rows={2}
          value={note}
          onChange={setNote}
        />
      </div>
      <div className="toolbar team-toolbar">
        <button type="button" onClick={() => void send('file')}>
          Download the bundle
        </button>
        {folder ? (
          <button type="button" onClick={() => void send('folder')}>
            Put it in the shared folder
          </button>
        ) : null}
      </div>
    </section>
  );
}
